"""Domain errors: each carries a message a user can act on."""

from dataclasses import dataclass
from datetime import datetime


class DomainError(Exception):
    """Something the user asked for cannot be done; the message says why."""


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(DomainError):
    """One or more fields are wrong; nothing was stored."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    def fields(self) -> set[str]:
        return {e.field for e in self.errors}


class NotFoundError(DomainError):
    pass


class ConflictError(DomainError):
    """Someone else saved the same record first (optimistic locking). When known:
    the record as they left it, who they were and when they saved it."""

    def __init__(
        self,
        message: str,
        theirs: object = None,
        changed_by: str = "",
        changed_at: datetime | None = None,
    ):
        super().__init__(message)
        self.theirs, self.changed_by, self.changed_at = theirs, changed_by, changed_at


class DuplicateCodeError(DomainError):
    pass


class Cancelled(DomainError):
    """The user cancelled a long job; everything it did was rolled back."""


class DatabaseUnavailable(DomainError):
    """The database cannot be opened or used (damaged file, foreign file, server down)."""


class DatabaseDamaged(DatabaseUnavailable):
    """The database file fails SQLite's integrity check: restore it from a backup."""


class AccessDenied(DomainError):
    """The signed-in user's role does not allow this, or the record is not theirs."""


class SignInRequired(DomainError):
    """Sign-in is on and no (or a wrong) user name and password were given;
    ``wait_seconds`` when attempts for that user are being slowed down."""

    def __init__(self, message: str, wait_seconds: int = 0):
        super().__init__(message)
        self.wait_seconds = wait_seconds
