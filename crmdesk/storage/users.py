"""Staff who own customers and sign the audit trail."""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.core.enums import UserRole
from crmdesk.storage.models import User


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    display_name: str
    role: UserRole


def _record(row: User) -> UserRecord:
    return UserRecord(row.id, row.username, row.display_name, row.role)


def find_user(session: Session, username: str) -> UserRecord | None:
    row = session.scalar(select(User).where(User.username == username))
    return _record(row) if row else None


def ensure_user(session: Session, username: str, display_name: str) -> UserRecord:
    """The user named ``username``, created on first sight; the first user is an admin."""
    row = session.scalar(select(User).where(User.username == username))
    if row is None:
        first = not session.scalar(select(func.count()).select_from(User))
        row = User(
            username=username,
            display_name=display_name,
            role=UserRole.ADMIN if first else UserRole.STAFF,
        )
        session.add(row)
        session.flush()
    return _record(row)


def staff(session: Session) -> list[UserRecord]:
    """Active staff, by name: the people a customer can be assigned to."""
    rows = session.scalars(select(User).where(User.active).order_by(User.display_name))
    return [_record(row) for row in rows]
