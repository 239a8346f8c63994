"""One line of a record's history, as the audit trail keeps it."""

from dataclasses import dataclass
from datetime import datetime

from crmdesk.core.enums import AuditAction


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    actor: str
    action: AuditAction
    field: str | None
    old_value: str | None  # as text: see storage.audit.as_text
    new_value: str | None
