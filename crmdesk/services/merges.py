"""Finding duplicate customer files, merging them into one, and undoing a merge."""

from collections.abc import Mapping

from crmdesk.core.access import Permission
from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.customer import changed_fields
from crmdesk.core.duplicate_finder import DuplicateFinder, DuplicateMatch, FileRef
from crmdesk.core.enums import AuditAction
from crmdesk.core.errors import Cancelled, DomainError
from crmdesk.core.merge import MERGED_INTO, MERGED_WITH, merged
from crmdesk.core.messages import Message
from crmdesk.services.context import ServiceContext
from crmdesk.services.progress import CancelFlag, Progress, never_cancelled, no_progress
from crmdesk.storage import customers, merges, search
from crmdesk.storage.audit import as_text, reverted
from crmdesk.storage.duplicates import party_keys

_CANCEL_CHECK_ROWS = 5000


class MergeService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def find_duplicates(
        self, progress: Progress = no_progress, cancelled: CancelFlag = never_cancelled
    ) -> list[DuplicateMatch]:
        """Likely duplicate pairs over all live files, strongest first."""
        self._ctx.require(Permission.MERGE)
        finder, files = DuplicateFinder(), {}
        with self._ctx.db.read() as session:
            for n, (code, keys) in enumerate(party_keys(session)):
                if n % _CANCEL_CHECK_ROWS == 0 and cancelled():
                    raise Cancelled(Message("Cancelled"))
                finder.add(keys)
                files[keys.id] = FileRef(keys.id, code, keys.name)

        def step(done: int, total: int) -> None:
            if cancelled():
                raise Cancelled(Message("Cancelled"))
            progress(done, total)

        return [
            DuplicateMatch(files[p.first_id], files[p.second_id], p.score, tuple(sorted(p.reasons)))
            for p in finder.pairs(step)
        ]

    def merge(self, survivor_id: int, absorbed_id: int, take: Mapping[str, bool]) -> Outcome[int]:
        """Keep ``survivor_id``, taking the other file's value for the fields in ``take``;
        move the other file's contacts, activities and sales to it and put the other
        file in the bin. The value is the merge's id, for undo."""
        with self._ctx.writing(Permission.MERGE) as session:
            survivor = customers.load(session, survivor_id)
            absorbed = customers.load(session, absorbed_id)
            before = customers.to_customer(survivor)
            other = customers.to_customer(absorbed)
            after = merged(before, other, take)
            changes = changed_fields(before, after)
            customers.write_fields(session, survivor, after)
            moved = merges.children_of(session, absorbed_id)
            merges.move_children(session, moved, absorbed_id, survivor_id)
            absorbed.deleted_at = self._ctx.now()
            search.refresh(session, [survivor_id, absorbed_id])  # contact names moved
            record = merges.record_merge(
                session,
                self._ctx.actor.username,
                self._ctx.now(),
                survivor_id,
                absorbed_id,
                moved,
                {name: (as_text(old), as_text(new)) for name, (old, new) in changes.items()},
            )
            trail = self._ctx.audit(session)
            trail.record(
                Entity.CUSTOMER,
                survivor_id,
                AuditAction.MERGE,
                {MERGED_WITH: (None, f"{other.code} {other.name}"), **changes},
            )
            trail.record(
                Entity.CUSTOMER,
                absorbed_id,
                AuditAction.MERGE,
                {MERGED_INTO: (None, f"{before.code} {before.name}")},
            )
            merge_id = record.id
        return Outcome(merge_id, _changed(survivor_id, absorbed_id, moved))

    def undo(self, merge_id: int) -> ChangeSet:
        """Take a merge back: the other file leaves the bin with what it brought, and
        the survivor's fields get their old values unless someone changed them since."""
        with self._ctx.writing(Permission.MERGE) as session:
            record = merges.load_merge(session, merge_id)
            if record.undone_at is not None:
                raise DomainError(Message("This merge has already been undone"))
            survivor = customers.load(session, record.survivor_id)
            absorbed = customers.load(session, record.absorbed_id, include_deleted=True)
            moved = merges.moved_of(record)
            merges.move_children(session, moved, record.survivor_id, record.absorbed_id)
            current = customers.to_customer(survivor)
            restored = reverted(current, merges.survivor_changes_of(record))
            changes = changed_fields(current, restored)
            if changes:
                customers.write_fields(session, survivor, restored)
            absorbed.deleted_at = None
            record.undone_at = self._ctx.now()
            session.flush()
            search.refresh(session, [record.survivor_id, record.absorbed_id])
            trail = self._ctx.audit(session)
            trail.record(Entity.CUSTOMER, record.survivor_id, AuditAction.UNMERGE, changes)
            trail.record(Entity.CUSTOMER, record.absorbed_id, AuditAction.UNMERGE)
            return _changed(record.survivor_id, record.absorbed_id, moved)


def _changed(survivor_id: int, absorbed_id: int, moved: merges.Moved) -> ChangeSet:
    changes = ChangeSet.of(Entity.CUSTOMER, [survivor_id, absorbed_id])
    for entity, ids in moved.items():
        changes |= ChangeSet.of(entity, ids)
    return changes
