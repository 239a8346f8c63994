"""Staff: who owns customers, who signs the audit trail, who may sign in."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, exists, func, insert, select
from sqlalchemy.orm import Session

from crmdesk.core.enums import UserRole
from crmdesk.core.errors import DomainError, NotFoundError
from crmdesk.core.messages import Message
from crmdesk.storage.models import User, customer_shares


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    display_name: str
    role: UserRole
    active: bool = True
    has_password: bool = False


@dataclass(frozen=True)
class SignInState:
    """What a sign-in attempt is checked against."""

    user: UserRecord
    password_hash: str | None
    failures: int
    last_failure: datetime | None


def _record(row: User) -> UserRecord:
    return UserRecord(
        row.id, row.username, row.display_name, row.role, row.active, bool(row.password_hash)
    )


def _row(session: Session, user_id: int) -> User:
    row = session.get(User, user_id)
    if row is None:
        raise NotFoundError(Message("there is no user %1", user_id))
    return row


def get_user(session: Session, user_id: int) -> UserRecord:
    return _record(_row(session, user_id))


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
            role=UserRole.ADMIN if first else UserRole.SALES,
        )
        session.add(row)
        session.flush()
    return _record(row)


def staff(session: Session) -> list[UserRecord]:
    """Active staff, by name: the people a customer can be assigned to."""
    rows = session.scalars(select(User).where(User.active).order_by(User.display_name))
    return [_record(row) for row in rows]


def all_users(session: Session) -> list[UserRecord]:
    rows = session.scalars(select(User).order_by(User.active.desc(), User.username))
    return [_record(row) for row in rows]


def sign_in_is_on(session: Session) -> bool:
    """Sign-in is on once an active administrator has a password."""
    return bool(
        session.scalar(
            select(
                exists().where(
                    User.role == UserRole.ADMIN, User.active, User.password_hash.is_not(None)
                )
            )
        )
    )


def add_user(
    session: Session,
    username: str,
    display_name: str,
    role: UserRole,
    password_hash: str | None,
) -> UserRecord:
    if find_user(session, username) is not None:
        raise DomainError(Message("there is already a user named %1", username))
    row = User(username=username, display_name=display_name, role=role, password_hash=password_hash)
    session.add(row)
    session.flush()
    return _record(row)


def change_user(session: Session, user_id: int, **values: object) -> UserRecord:
    """Set any of role, display_name, active and password_hash."""
    row = _row(session, user_id)
    for name, value in values.items():
        setattr(row, name, value)
    if "password_hash" in values:
        row.failed_sign_ins, row.last_failed_sign_in = 0, None
    session.flush()
    return _record(row)


def active_admins_with_password(session: Session) -> int:
    return session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == UserRole.ADMIN, User.active, User.password_hash.is_not(None))
    )


def sign_in_state(session: Session, username: str) -> SignInState | None:
    row = session.scalar(select(User).where(User.username == username, User.active))
    if row is None:
        return None
    return SignInState(
        _record(row), row.password_hash, row.failed_sign_ins, row.last_failed_sign_in
    )


def record_sign_in(session: Session, user_id: int, failed_at: datetime | None) -> None:
    """A failure at ``failed_at`` counts one more; a success (None) clears the count."""
    row = _row(session, user_id)
    if failed_at is None:
        row.failed_sign_ins, row.last_failed_sign_in = 0, None
    else:
        row.failed_sign_ins += 1
        row.last_failed_sign_in = failed_at


def share_customer(session: Session, customer_id: int, user_id: int) -> None:
    already = select(customer_shares).where(
        customer_shares.c.customer_id == customer_id, customer_shares.c.user_id == user_id
    )
    if session.execute(already).first() is None:
        session.execute(insert(customer_shares).values(customer_id=customer_id, user_id=user_id))


def unshare_customer(session: Session, customer_id: int, user_id: int) -> None:
    session.execute(
        delete(customer_shares).where(
            customer_shares.c.customer_id == customer_id, customer_shares.c.user_id == user_id
        )
    )


def shared_with(session: Session, customer_id: int) -> list[UserRecord]:
    rows = session.scalars(
        select(User)
        .join(customer_shares, customer_shares.c.user_id == User.id)
        .where(customer_shares.c.customer_id == customer_id)
        .order_by(User.display_name)
    )
    return [_record(row) for row in rows]
