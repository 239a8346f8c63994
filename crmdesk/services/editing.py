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
from crmdesk.storage.audit import last_change

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
        with ctx.writing() as session:
            row = access.load(session, edited.id)
            before = access.to_value(row)
            if row.version != edited.version:
                raise _conflict(access, before, last_change(session, access.entity, row.id))
            changes = access.changed(before, edited)
            if not changes:
                return before, False
            access.write(session, row, edited)
            session.flush()
            ctx.audit(session).record(access.entity, row.id, AuditAction.UPDATE, changes)
            return access.to_value(row), True
    except StaleDataError:  # saved by someone between our read and our write
        with ctx.db.read() as session:
            theirs = access.to_value(access.load(session, edited.id))
            who_when = last_change(session, access.entity, edited.id)
        raise _conflict(access, theirs, who_when) from None


def _conflict(access: RecordAccess, theirs, who_when) -> ConflictError:
    """Their version, with who saved it and when (from the audit trail)."""
    by, at = who_when or ("someone else", None)
    when = f" at {at:%Y-%m-%d %H:%M}" if at else ""
    return ConflictError(
        f"{access.describe(theirs)} was changed by {by}{when} after you opened it",
        theirs,
        by,
        at,
    )
