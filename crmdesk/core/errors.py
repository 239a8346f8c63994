"""Domain errors: each carries a message a user can act on."""

from dataclasses import dataclass


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
    """Someone else saved the same record first (optimistic locking)."""


class DuplicateCodeError(DomainError):
    pass


class Cancelled(DomainError):
    """The user cancelled a long job; everything it did was rolled back."""


class DatabaseUnavailable(DomainError):
    """The database cannot be opened or used (damaged file, foreign file, server down)."""


class DatabaseDamaged(DatabaseUnavailable):
    """The database file fails SQLite's integrity check: restore it from a backup."""
