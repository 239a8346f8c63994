"""The audit trail: who changed which field when, old → new."""

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crmdesk.core.changes import Entity
from crmdesk.core.diff import value_from_text
from crmdesk.core.enums import AuditAction
from crmdesk.core.history import AuditRecord
from crmdesk.storage.bulk import insert_rows, insert_values
from crmdesk.storage.models import AuditEntry, User


def as_text(value: object) -> str | None:
    """A stable text form for any field value, so history reads the same everywhere."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value)
    return str(value)


def reverted(current, text_changes: dict[str, tuple[str | None, str | None]]):
    """``current`` with each field given its old value again, where it still holds the
    new one; a field someone changed since keeps their change."""
    return replace(
        current,
        **{
            name: value_from_text(type(current), name, old)
            for name, (old, new) in text_changes.items()
            if as_text(getattr(current, name)) == new
        },
    )


class AuditTrail:
    def __init__(self, session: Session, actor: str, at: datetime):
        self._session = session
        self._actor = actor
        self._at = at

    def record(
        self,
        entity: Entity,
        entity_id: int,
        action: AuditAction,
        changes: dict[str, tuple[object, object]] | None = None,
    ) -> None:
        fields = [
            (name, as_text(old), as_text(new)) for name, (old, new) in (changes or {}).items()
        ] or [(None, None, None)]  # an action without field details still leaves a row
        self._session.add_all(
            AuditEntry(
                created_at=self._at,
                actor=self._actor,
                entity=entity.value,
                entity_id=entity_id,
                action=action,
                field=name,
                old_value=old,
                new_value=new,
            )
            for name, old, new in fields
        )

    def record_many(self, entity: Entity, entity_ids: list[int], action: AuditAction) -> None:
        """One row per id, without field details (a bulk import's new rows: the batch
        record keeps where they came from)."""
        alike = {"created_at": self._at, "actor": self._actor, "entity": entity.value}
        insert_values(
            self._session,
            AuditEntry.__table__,
            ("entity_id",),
            ((entity_id,) for entity_id in entity_ids),
            lambda _: None,
            alike | {"action": action},
        )

    def record_field_changes(
        self, entity: Entity, field: str, changes: list[tuple[int, object, object]]
    ) -> None:
        """One UPDATE row per (id, old, new) of a field set in bulk (computed tiers)."""
        rows = (
            {
                "created_at": self._at,
                "actor": self._actor,
                "entity": entity.value,
                "entity_id": entity_id,
                "action": AuditAction.UPDATE,
                "field": field,
                "old_value": as_text(old),
                "new_value": as_text(new),
            }
            for entity_id, old, new in changes
        )
        insert_rows(self._session, AuditEntry.__table__, rows, lambda _: None)


def blank_values(session: Session, entity: Entity, entity_ids: Iterable[int]) -> None:
    """Keep that these records were made and changed, not what they held: how personal
    data leaves the audit trail for good (the only change the database lets through)."""
    ids = list(entity_ids)
    if ids:
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.entity == entity.value, AuditEntry.entity_id.in_(ids))
            .values(old_value=None, new_value=None)
        )


def last_change(session: Session, entity: Entity, entity_id: int) -> tuple[str, datetime] | None:
    """(display name of who, when) of the newest entry for this record."""
    row = session.execute(
        select(AuditEntry.actor, AuditEntry.created_at)
        .where(AuditEntry.entity == entity.value, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    name = session.scalar(select(User.display_name).where(User.username == row.actor))
    return name or row.actor, row.created_at


def history(session: Session, entity: Entity, entity_id: int) -> list[AuditRecord]:
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity.value, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
    )
    return [
        AuditRecord(r.created_at, r.actor, r.action, r.field, r.old_value, r.new_value)
        for r in rows
    ]
