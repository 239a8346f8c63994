"""What every service needs: the database, who is acting, and the time."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from crmdesk.core.clock import Clock, system_clock
from crmdesk.storage.audit import AuditTrail
from crmdesk.storage.database import Database
from crmdesk.storage.users import UserRecord


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    actor: UserRecord
    clock: Clock = system_clock

    def now(self) -> datetime:
        return self.clock()

    def audit(self, session: Session) -> AuditTrail:
        return AuditTrail(session, self.actor.username, self.now())
