"""Customer files: create, edit, delete and restore, with codes and an audit trail."""

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from crmdesk.core.access import Permission
from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.codes import DEFAULT_CUSTOMER_MASK, CodeMask
from crmdesk.core.customer import Customer, changed_fields, validated
from crmdesk.core.duplicates import DuplicateHint
from crmdesk.core.edits import BulkEdit, FieldEdits
from crmdesk.core.enums import AuditAction
from crmdesk.core.errors import ConflictError, DomainError, DuplicateCodeError
from crmdesk.core.history import AuditRecord
from crmdesk.core.listing import ListQuery
from crmdesk.core.messages import Message
from crmdesk.core.sale import Sale
from crmdesk.services.context import ServiceContext
from crmdesk.services.editing import RecordAccess, save_edit
from crmdesk.storage import customer_list, customers, sales
from crmdesk.storage.audit import history
from crmdesk.storage.bulk import OnChunk
from crmdesk.storage.customer_list import CustomerRow
from crmdesk.storage.duplicates import likely_duplicates
from crmdesk.storage.sequences import take_numbers
from crmdesk.storage.settings_store import get_setting
from crmdesk.storage.users import UserRecord, staff

CODE_MASK_SETTING = "customer_code_mask"
NOT_CONTACTED_DAYS = "not_contacted_days"
CODE_MAX = 32


CUSTOMER_RECORDS = RecordAccess(
    entity=Entity.CUSTOMER,
    load=customers.load,
    to_value=customers.to_customer,
    write=customers.write_fields,
    changed=changed_fields,
    describe=lambda customer: customer.name,
)


def checked_code_mask(mask: str) -> str:
    """``mask`` trimmed, or DomainError if it cannot make codes."""
    mask = CodeMask(mask.strip()).mask  # refuses a mask without one number field
    if len(mask) > CODE_MAX:
        raise DomainError(Message("A code mask is at most %1 characters", CODE_MAX))
    return mask


class CustomerService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    # reading

    def get(self, customer_id: int) -> Customer:
        return self._ctx.reading(lambda s: customers.to_customer(customers.load(s, customer_id)))

    def count(self, query: ListQuery) -> int:
        return self._ctx.reading(customer_list.count, self._resolved(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> list[CustomerRow]:
        return self._ctx.reading(customer_list.page, self._resolved(query), offset, limit)

    def _resolved(self, query: ListQuery) -> ListQuery:
        """ "Not contacted for N days" becomes a moment, from the service's clock."""
        days = query.filter_value(NOT_CONTACTED_DAYS)
        if days is None:
            return query
        since = self._ctx.now() - timedelta(days=int(days))
        return query.with_filter(NOT_CONTACTED_DAYS, None).with_filter("silent_since", since)

    def likely_duplicates(self, customer: Customer) -> list[DuplicateHint]:
        """Files that are probably the same party (same phone, e-mail or name once legal
        form, width and case are set aside): asked before a new file is created."""
        value = validated(customer, self._ctx.now().date())
        return self._ctx.reading(likely_duplicates, value)

    def owners(self) -> list[UserRecord]:
        """The staff a customer can be assigned to."""
        return self._ctx.reading(staff)

    def sales(self, customer_id: int) -> list[Sale]:
        """The file's sales, newest first."""
        return self._ctx.reading(sales.of_customer, customer_id)

    def history(self, customer_id: int) -> list[AuditRecord]:
        return self._ctx.reading_of(
            customers.load_any, customer_id, history, Entity.CUSTOMER, customer_id
        )

    # writing

    def create(self, customer: Customer) -> Outcome[Customer]:
        """Store a new file. A code given (e.g. from an import) is kept if it is free;
        otherwise the next code of the mask is issued."""
        value = validated(customer, self._ctx.now().date())
        with self._ctx.writing() as session:
            stored = self.add(session, value)
        return Outcome(stored, ChangeSet.of(Entity.CUSTOMER, [stored.id]))

    def add(self, session, value: Customer) -> Customer:
        """Insert a validated file inside the caller's transaction, audited."""
        code = (value.code or "").strip()
        if code:
            if len(code) > CODE_MAX:
                raise DuplicateCodeError(
                    Message("Customer code %1 is longer than %2", repr(code), CODE_MAX)
                )
            if customers.code_taken(session, code):
                raise DuplicateCodeError(Message("Customer code %1 is already in use", code))
        else:
            code = self._issue_code(session)
        row = customers.insert(session, value, code)
        stored = customers.to_customer(row)
        self._ctx.audit(session).record(
            Entity.CUSTOMER, row.id, AuditAction.CREATE, changed_fields(Customer(), stored)
        )
        return stored

    def add_many(self, session, values: list[Customer], on_chunk: OnChunk) -> list[int]:
        """Insert validated files in bulk inside the caller's transaction, audited. Codes
        given must be free (check with ``codes_taken``); the others are issued."""
        given = {v.code for v in values if v.code}
        issued = iter(self._issue_codes(session, sum(not v.code for v in values), given))
        codes = [value.code or next(issued) for value in values]
        ids = customers.insert_many(session, values, codes, on_chunk)
        self._ctx.audit(session).record_many(Entity.CUSTOMER, ids, AuditAction.CREATE)
        return ids

    def codes_taken(self, session, codes: list[str]) -> set[str]:
        return customers.codes_taken(session, codes)

    def update(self, customer: Customer) -> Outcome[Customer]:
        """Save edits made to the version the caller read; refuse if someone saved since."""
        value = validated(customer, self._ctx.now().date())
        stored, changed = save_edit(self._ctx, CUSTOMER_RECORDS, value)
        return Outcome(
            stored, ChangeSet.of(Entity.CUSTOMER, [stored.id]) if changed else ChangeSet()
        )

    def bulk_edit(self, customer_ids: list[int], edit: BulkEdit) -> Outcome[FieldEdits]:
        """Apply one change to many files in one transaction; the value is what changed
        on each, for undo."""
        return self._rewrite(customer_ids, edit.applied_to)

    def apply_edits(self, edits: FieldEdits) -> Outcome[FieldEdits]:
        """Set fields from their "before" to their "after" value (undo and redo of an
        edit). Refused if someone changed one of them since, so no edit is lost."""

        def edited(customer: Customer) -> Customer:
            fields = edits[customer.id]
            if any(getattr(customer, name) != before for name, (before, _) in fields.items()):
                raise ConflictError(
                    Message(
                        "%1 was changed by someone else since; that change is kept", customer.name
                    )
                )
            return replace(customer, **{name: after for name, (_, after) in fields.items()})

        return self._rewrite(list(edits), edited)

    def _rewrite(
        self, customer_ids: list[int], edited: Callable[[Customer], Customer]
    ) -> Outcome[FieldEdits]:
        done: dict[int, dict[str, tuple]] = {}
        with self._ctx.writing() as session:
            trail = self._ctx.audit(session)
            for customer_id in customer_ids:
                if changes := self.rewrite(session, customer_id, edited, trail):
                    done[customer_id] = changes
        return Outcome(done, ChangeSet.of(Entity.CUSTOMER, done))

    def rewrite(
        self, session, customer_id: int, edited: Callable[[Customer], Customer], trail
    ) -> dict[str, tuple]:
        """Apply ``edited`` to the stored file inside the caller's transaction, audited;
        returns what changed."""
        row = customers.load(session, customer_id)
        before = customers.to_customer(row)
        after = edited(before)
        changes = changed_fields(before, after)
        if changes:
            customers.write_fields(session, row, after)
            trail.record(Entity.CUSTOMER, customer_id, AuditAction.UPDATE, changes)
        return changes

    def delete(self, customer_ids: list[int]) -> ChangeSet:
        """Move files to the bin: the file, its code and its history stay restorable."""
        with self._ctx.writing() as session:
            trail = self._ctx.audit(session)
            for customer_id in customer_ids:
                row = customers.load(session, customer_id)
                row.deleted_at = self._ctx.now()
                trail.record(Entity.CUSTOMER, customer_id, AuditAction.DELETE)
        return ChangeSet.of(Entity.CUSTOMER, customer_ids)

    def restore(self, customer_ids: list[int]) -> ChangeSet:
        """Take files back out of the bin."""
        with self._ctx.writing() as session:
            trail = self._ctx.audit(session)
            for customer_id in customer_ids:
                row = customers.load(session, customer_id, include_deleted=True)
                row.deleted_at = None
                trail.record(Entity.CUSTOMER, customer_id, AuditAction.RESTORE)
        return ChangeSet.of(Entity.CUSTOMER, customer_ids)

    def purge(self, customer_ids: list[int]) -> ChangeSet:
        """Delete files in the bin for good, with their contacts, activities, sales and
        complaints, and erase what they held from the audit trail. Their codes stay used
        (the code series never goes back); the trail keeps that they existed and when
        they changed, not the values."""
        with self._ctx.writing(Permission.ERASE) as session:
            trail = self._ctx.audit(session)
            for customer_id in customer_ids:
                row = customers.load(session, customer_id, include_deleted=True)
                if row.deleted_at is None:
                    raise DomainError(
                        Message("%1 is not in the bin; move it there first", row.name)
                    )
                trail.record(Entity.CUSTOMER, customer_id, AuditAction.PURGE)
                customers.purge(session, row)
        return ChangeSet.of(Entity.CUSTOMER, customer_ids)

    def _issue_code(self, session) -> str:
        return self._issue_codes(session, 1)[0]

    def _issue_codes(self, session, count: int, also_taken: set[str] = frozenset()) -> list[str]:
        """The next ``count`` codes of the mask, skipping numbers a file's imported code
        (or one of ``also_taken``, codes about to be imported) already holds."""
        mask = CodeMask(get_setting(session, CODE_MASK_SETTING, DEFAULT_CUSTOMER_MASK))
        today = self._ctx.now().date()
        series = mask.sequence_name(today)
        codes: list[str] = []
        while len(codes) < count:
            wanted = count - len(codes)
            first = take_numbers(session, series, wanted)
            candidates = [mask.format(first + n, today) for n in range(wanted)]
            taken = customers.codes_taken(session, candidates) | also_taken
            codes += [code for code in candidates if code not in taken]
        return codes
