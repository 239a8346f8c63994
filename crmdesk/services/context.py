"""What every service needs: the database, who is acting, and the time."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from crmdesk.core.clock import Clock, system_clock
from crmdesk.storage.audit import AuditTrail
from crmdesk.storage.database import Database
from crmdesk.storage.users import UserRecord

T = TypeVar("T")


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    actor: UserRecord
    clock: Clock = system_clock

    def reading(self, query: Callable[..., T], *args: Any) -> T:
        """Run ``query(session, *args)`` in its own read transaction."""
        with self.db.read() as session:
            return query(session, *args)

    def now(self) -> datetime:
        return self.clock()

    def audit(self, session: Session) -> AuditTrail:
        return AuditTrail(session, self.actor.username, self.now())
