"""What every service needs: the database, who is acting and in what role, the time."""

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from crmdesk.core.access import Access, Permission
from crmdesk.core.clock import Clock, system_clock
from crmdesk.core.masking import masked_row
from crmdesk.storage.audit import AuditTrail
from crmdesk.storage.database import Database
from crmdesk.storage.users import UserRecord

T = TypeVar("T")


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    actor: UserRecord
    access: Access
    clock: Clock = system_clock

    def reading(self, query: Callable[..., T], *args: Any, **options: Any) -> T:
        """Run ``query(session, *args, **options)`` in its own read transaction."""
        with self.db.read() as session:
            return query(session, *args, **options)

    def reading_of(
        self, load: Callable[[Session, int], object], record_id: int, query: Callable[..., T], *args
    ) -> T:
        """``query(session, *args)``, for a user restricted to some customers only once
        ``load`` has found the record it is about: tables keyed by a record's id (audit
        trail, merges) are not narrowed, so a record the user may not see is refused
        here instead. Others may read the history of a record deleted since."""

        def checked(session: Session) -> T:
            if self.access.sees_only_own:
                load(session, record_id)
            return query(session, *args)

        return self.reading(checked)

    @contextmanager
    def writing(self, permission: Permission = Permission.EDIT) -> Iterator[Session]:
        """A write transaction, for a user whose role allows ``permission``."""
        self.require(permission)
        with self.db.write() as session:
            yield session

    def require(self, permission: Permission) -> None:
        self.access.require(permission)

    def exportable(
        self, keys: Sequence[str], rows: Iterable[Sequence], *, masked: bool = False
    ) -> Iterator[Sequence]:
        """``rows`` (laid out as ``keys``) for a bulk export by a role allowed to export,
        their personal fields masked when asked or when the role may not take them out."""
        self.require(Permission.EXPORT)
        if self.access.allows(Permission.EXPORT_PERSONAL) and not masked:
            return iter(rows)
        return map(masked_row(keys), rows)

    def now(self) -> datetime:
        return self.clock()

    def audit(self, session: Session) -> AuditTrail:
        return AuditTrail(session, self.actor.username, self.now())
