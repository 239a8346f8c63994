"""Saving an edit with optimistic locking and a field-level audit trail, for any record."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crmdesk.core.changes import Entity
from crmdesk.core.enums import AuditAction
from crmdesk.core.errors import ConflictError
from crmdesk.services.context import ServiceContext

V = TypeVar("V")


@dataclass(frozen=True)
class RecordAccess(Generic[V]):
    """How one kind of record is loaded, read, written and compared."""

    entity: Entity
    load: Callable[[Session, int], Any]
    to_value: Callable[[Any], V]
    write: Callable[[Session, Any, V], None]
    changed: Callable[[V, V], dict[str, tuple]]
    describe: Callable[[V], str]


def save_edit(ctx: ServiceContext, access: RecordAccess[V], edited: V) -> tuple[V, bool]:
    """Store ``edited`` (already validated) over the version it was read from.

    Refuses with ConflictError if someone saved the record since, whether we notice it
    before writing or at the write itself. Returns the stored value and whether anything
    changed.
    """
    try:
        with ctx.db.write() as session:
            row = access.load(session, edited.id)
            before = access.to_value(row)
            if row.version != edited.version:
                raise _conflict(access, before)
            changes = access.changed(before, edited)
            if not changes:
                return before, False
            access.write(session, row, edited)
            session.flush()
            ctx.audit(session).record(access.entity, row.id, AuditAction.UPDATE, changes)
            return access.to_value(row), True
    except StaleDataError:
        raise _conflict(access, edited) from None


def _conflict(access: RecordAccess, value) -> ConflictError:
    return ConflictError(
        f"{access.describe(value)} was changed by someone else after you opened it; reopen"
        " it to see their changes, then edit again"
    )
