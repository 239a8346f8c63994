"""Importing customer files from a sheet: plan every row first, then write the rows in
one transaction (pitfalls.md: chunked commits left partial imports after a crash)."""

from dataclasses import replace
from datetime import date

from crmdesk.core.access import Permission
from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.contact_info import normalize_phone
from crmdesk.core.customer import (
    EDITABLE_FIELDS,
    ORGANIZATION_FIELDS,
    Customer,
    changed_fields,
    validated,
    validated_new,
)
from crmdesk.core.enums import CustomerKind
from crmdesk.core.errors import ConflictError, DomainError, ValidationError
from crmdesk.core.imports import (
    CellProblem,
    ImportKind,
    ImportMode,
    ImportOptions,
    ImportPlan,
    ImportResult,
    MatchOn,
    PlannedRow,
    RowStatus,
)
from crmdesk.core.messages import Message
from crmdesk.io.mapping import ColumnMapping
from crmdesk.io.tables import Value
from crmdesk.io.vocabulary import CUSTOMER_FIELDS
from crmdesk.services.bulk_work import collector_held_off
from crmdesk.services.context import ServiceContext
from crmdesk.services.customers import CODE_MAX, CustomerService
from crmdesk.services.importing import (
    ReadRow,
    as_text_changes,
    error_row,
    filled,
    invalid_row,
    kind_from_name,
    mark_repeated,
    read_rows,
    record_import,
    refuse_errors,
    rows_to_write,
)
from crmdesk.services.progress import (
    CancelFlag,
    Progress,
    ProgressTracker,
    never_cancelled,
    no_progress,
)
from crmdesk.storage import customers
from crmdesk.storage.matching import ids_by_key

_EDITABLE = frozenset(EDITABLE_FIELDS)


class CustomerImport:
    kind = ImportKind.CUSTOMERS
    fields = CUSTOMER_FIELDS

    def __init__(self, context: ServiceContext, customer_service: CustomerService):
        self._ctx, self._customers = context, customer_service

    @collector_held_off()
    def plan(
        self, rows: list[list[Value]], mapping: ColumnMapping, options: ImportOptions
    ) -> ImportPlan:
        """What each data row would do, without writing anything."""
        read = read_rows(rows, mapping, self.fields, options)
        for row in read:
            if not row.problems:
                row.key = _match_key(row, options.match_on, mapping)
        mark_repeated(read, options.match_on.value)
        with self._ctx.db.read() as session:
            found = ids_by_key(session, options.match_on, [r.key for r in read if r.key])
            matched = customers.values_by_id(
                session, {ids[0] for ids in found.values() if len(ids) == 1}
            )
            today = self._ctx.now().date()
            planned = [
                self._planned(r, found.get(r.key, []), matched, mapping, options, today)
                for r in read
            ]
            _refuse_taken_codes(session, self._customers, planned, mapping)
        return ImportPlan(planned)

    def _planned(
        self,
        read: ReadRow,
        matches: list[int],
        stored: dict,
        mapping: ColumnMapping,
        options: ImportOptions,
        today: date,
    ) -> PlannedRow:
        if read.problems:
            return error_row(read.line, *read.problems)
        what = options.match_on.value
        if len(matches) > 1:
            return error_row(
                read.line,
                CellProblem(None, what, Message("matches %1 files; match on code", len(matches))),
            )
        if matches and options.mode is ImportMode.CREATE:
            return error_row(
                read.line,
                CellProblem(mapping.column_of(what), what, Message("a file with it exists")),
            )
        if not matches and options.mode is ImportMode.UPDATE:
            return error_row(
                read.line, CellProblem(mapping.column_of(what), what, Message("no file matches it"))
            )
        fields = {k: v for k, v in read.values.items() if k in _EDITABLE}
        try:
            if matches:
                before = stored[matches[0]]
                after = validated(replace(before, **filled(fields)), today)
                changes = changed_fields(before, after)
                status = RowStatus.UPDATE if changes else RowStatus.UNCHANGED
                return PlannedRow(read.line, status, after, before.id, changes)
            if "kind" not in fields:
                fields["kind"] = _kind_from(fields)
            fields["code"] = read.values.get("code")
            return PlannedRow(read.line, RowStatus.NEW, validated_new(fields, today))
        except ValidationError as invalid:
            return invalid_row(read.line, invalid, mapping)

    @collector_held_off()
    def commit(
        self,
        plan: ImportPlan,
        *,
        source: str = "",
        skip_errors: bool = False,
        progress: Progress = no_progress,
        cancelled: CancelFlag = never_cancelled,
    ) -> Outcome[ImportResult]:
        """Write the planned rows in one transaction: all of them, or (on an error, a
        conflict or Cancel) none. Rows with errors are refused unless skipped explicitly.
        ``source`` names the file in the import's record."""
        refuse_errors(plan, skip_errors)
        new, changed = rows_to_write(plan)
        # New rows are counted twice: once inserted, once indexed for search.
        tracker = ProgressTracker(2 * len(new) + len(changed), progress, cancelled)
        updated: dict[int, dict] = {}
        with self._ctx.writing(Permission.IMPORT) as session:
            created = self._customers.add_many(session, [r.value for r in new], tracker.advance)
            trail = self._ctx.audit(session)
            for planned in changed:
                try:
                    changes = self._customers.rewrite(
                        session, planned.existing_id, _unless_changed(planned), trail
                    )
                except DomainError as failure:
                    raise DomainError(Message("Row %1: %2", planned.line, failure)) from failure
                updated[planned.existing_id] = as_text_changes(changes)
                tracker.advance(1)
            batch_id = record_import(self._ctx, session, self.kind, source, created, updated)
        result = ImportResult(batch_id, created, list(updated), len(plan.errors()))
        return Outcome(result, ChangeSet.of(Entity.CUSTOMER, created + list(updated)))


def _unless_changed(planned: PlannedRow):
    """The planned values, refused if the file changed since the preview was made."""

    def edited(current: Customer) -> Customer:
        if current.version != planned.value.version:
            raise ConflictError(
                Message("%1 was changed by someone else since the preview", current.name)
            )
        return planned.value

    return edited


def _match_key(read: ReadRow, match_on: MatchOn, mapping: ColumnMapping) -> str | None:
    values = read.values
    if match_on is MatchOn.PHONE:
        raw = values.get("mobile") or values.get("phone")
        if not raw:
            return None
        try:
            return normalize_phone(raw)
        except ValueError as error:
            column = mapping.column_of("mobile" if values.get("mobile") else "phone")
            read.problems.append(CellProblem(column, "phone", str(error)))
            return None
    key = values.get(match_on.value)
    return key.lower() if key and match_on is MatchOn.EMAIL else key


def _refuse_taken_codes(
    session, service: CustomerService, planned: list[PlannedRow], mapping: ColumnMapping
) -> None:
    """A new row's code must be free: codes are never reused, even from the bin."""
    new = [(i, row) for i, row in enumerate(planned) if row.status is RowStatus.NEW]
    taken = service.codes_taken(session, [row.value.code for _, row in new if row.value.code])
    first_line: dict[str, int] = {}
    column = mapping.column_of("code")
    for index, row in new:
        code = row.value.code
        if not code:
            continue
        if len(code) > CODE_MAX:
            problem = Message("%1 is longer than %2 characters", repr(code), CODE_MAX)
        elif code in taken:
            problem = Message("%1 is already used by another file (perhaps one in the bin)", code)
        elif code in first_line:
            problem = Message("%1 is also the code of row %2", code, first_line[code])
        else:
            first_line[code] = row.line
            continue
        planned[index] = error_row(row.line, CellProblem(column, "code", problem))


def _kind_from(fields: dict) -> CustomerKind:
    """Organisation fields filled in, or a company-like name, mean an organisation."""
    if any(fields.get(name) is not None for name in ORGANIZATION_FIELDS):
        return CustomerKind.ORGANIZATION
    return kind_from_name(fields.get("name"))
