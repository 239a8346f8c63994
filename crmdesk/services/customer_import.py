"""Importing customer files from a sheet: plan every row first, then write the rows in
one transaction (pitfalls.md: chunked commits left partial imports after a crash)."""

import re
from dataclasses import dataclass, replace

from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.contact_info import normalize_phone
from crmdesk.core.customer import (
    EDITABLE_FIELDS,
    ORGANIZATION_FIELDS,
    Customer,
    changed_fields,
    validated,
)
from crmdesk.core.enums import CustomerKind
from crmdesk.core.errors import ConflictError, DomainError, ValidationError
from crmdesk.core.imports import (
    CellProblem,
    ImportMode,
    ImportOptions,
    ImportPlan,
    ImportResult,
    MatchOn,
    PlannedRow,
    RowStatus,
)
from crmdesk.io.coerce import CellError, coerce
from crmdesk.io.mapping import ColumnMapping
from crmdesk.io.tables import Value
from crmdesk.io.vocabulary import CUSTOMER_FIELDS
from crmdesk.services.context import ServiceContext
from crmdesk.services.customers import CustomerService
from crmdesk.services.progress import (
    CancelFlag,
    Progress,
    ProgressTracker,
    never_cancelled,
    no_progress,
)
from crmdesk.storage import customers
from crmdesk.storage.matching import ids_by_key

_FIELDS = {f.key: f for f in CUSTOMER_FIELDS}
_COMPANY_NAME = re.compile(r"公司|集团|厂|事务所|\b(ltd|inc|llc|corp|co|gmbh)\b\.?", re.IGNORECASE)


@dataclass
class _ReadRow:
    line: int
    values: dict
    problems: list[CellProblem]
    key: str | None = None


class CustomerImport:
    fields = CUSTOMER_FIELDS

    def __init__(self, context: ServiceContext, customer_service: CustomerService):
        self._ctx, self._customers = context, customer_service

    def plan(
        self, rows: list[list[Value]], mapping: ColumnMapping, options: ImportOptions
    ) -> ImportPlan:
        """What each data row would do, without writing anything."""
        read = [
            self._read(mapping.header_row + 2 + offset, row, mapping, options)
            for offset, row in enumerate(rows[mapping.header_row + 1 :])
            if any(cell is not None for cell in row)
        ]
        _mark_repeated_keys(read, options.match_on)
        with self._ctx.db.read() as session:
            found = ids_by_key(session, options.match_on, [r.key for r in read if r.key])
            return ImportPlan(
                [self._planned(session, r, found.get(r.key, []), mapping, options) for r in read]
            )

    def _read(self, line: int, row: list[Value], mapping: ColumnMapping, options) -> _ReadRow:
        values, problems = {}, []
        for column, key in mapping.columns.items():
            cell = row[column] if column < len(row) else None
            try:
                values[key] = coerce(_FIELDS[key], cell, day_first=options.day_first)
            except CellError as error:
                problems.append(CellProblem(column, key, str(error)))
        read = _ReadRow(line, values, problems)
        if not problems:
            read.key = _match_key(values, options.match_on, problems, mapping)
        return read

    def _planned(
        self, session, read: _ReadRow, matches: list[int], mapping: ColumnMapping, options
    ) -> PlannedRow:
        def error(*problems: CellProblem) -> PlannedRow:
            return PlannedRow(read.line, RowStatus.ERROR, problems=tuple(problems))

        if read.problems:
            return error(*read.problems)
        what = options.match_on.value
        if len(matches) > 1:
            return error(CellProblem(None, what, f"matches {len(matches)} files; match on code"))
        if matches and options.mode is ImportMode.CREATE:
            return error(CellProblem(mapping.column_of(what), what, "a file with it exists"))
        if not matches and options.mode is ImportMode.UPDATE:
            return error(CellProblem(mapping.column_of(what), what, "no file matches it"))
        fields = {k: v for k, v in read.values.items() if k in EDITABLE_FIELDS}
        try:
            if matches:
                before = customers.to_customer(customers.load(session, matches[0]))
                after = validated(replace(before, **fields), self._ctx.now().date())
                changes = changed_fields(before, after)
                status = RowStatus.UPDATE if changes else RowStatus.UNCHANGED
                return PlannedRow(read.line, status, after, before.id, changes)
            value = Customer(code=read.values.get("code"), **fields)
            if "kind" not in fields:
                value = replace(value, kind=_kind_from(value))
            return PlannedRow(read.line, RowStatus.NEW, validated(value, self._ctx.now().date()))
        except ValidationError as invalid:
            return error(
                *(
                    CellProblem(mapping.column_of(e.field), e.field, e.message)
                    for e in invalid.errors
                )
            )

    def commit(
        self,
        plan: ImportPlan,
        *,
        skip_errors: bool = False,
        progress: Progress = no_progress,
        cancelled: CancelFlag = never_cancelled,
    ) -> Outcome[ImportResult]:
        """Write the planned rows in one transaction: all of them, or (on an error, a
        conflict or Cancel) none. Rows with errors are refused unless skipped explicitly."""
        errors = plan.errors()
        if errors and not skip_errors:
            raise DomainError(
                f"{len(errors)} rows have errors (first: row {errors[0].line}, "
                f"{errors[0].summary()}); fix them or skip them"
            )
        rows = plan.to_write()
        tracker = ProgressTracker(len(rows), progress, cancelled)
        created, updated = [], []
        with self._ctx.db.write() as session:
            trail = self._ctx.audit(session)
            for planned in rows:
                try:
                    if planned.status is RowStatus.NEW:
                        created.append(self._customers.add(session, planned.value).id)
                    else:
                        self._customers.rewrite(
                            session, planned.existing_id, _unless_changed(planned), trail
                        )
                        updated.append(planned.existing_id)
                except DomainError as failure:
                    raise DomainError(f"Row {planned.line}: {failure}") from failure
                tracker.advance(1)
        result = ImportResult(created, updated, len(errors))
        return Outcome(result, ChangeSet.of(Entity.CUSTOMER, created + updated))


def _unless_changed(planned: PlannedRow):
    """The planned values, refused if the file changed since the preview was made."""

    def edited(current: Customer) -> Customer:
        if current.version != planned.value.version:
            raise ConflictError(f"{current.name} was changed by someone else since the preview")
        return planned.value

    return edited


def _match_key(values: dict, match_on: MatchOn, problems: list, mapping) -> str | None:
    if match_on is MatchOn.PHONE:
        raw = values.get("mobile") or values.get("phone")
        if not raw:
            return None
        try:
            return normalize_phone(raw)
        except ValueError as error:
            column = mapping.column_of("mobile" if values.get("mobile") else "phone")
            problems.append(CellProblem(column, "phone", str(error)))
            return None
    key = values.get(match_on.value)
    return key.lower() if key and match_on is MatchOn.EMAIL else key


def _mark_repeated_keys(read: list[_ReadRow], match_on: MatchOn) -> None:
    first_line: dict[str, int] = {}
    for row in read:
        if row.key is None:
            continue
        if row.key in first_line:
            row.problems.append(
                CellProblem(None, match_on.value, f"same {match_on} as row {first_line[row.key]}")
            )
        else:
            first_line[row.key] = row.line


def _kind_from(value: Customer) -> CustomerKind:
    """Lists seldom say: company-like names and organisation fields mean organisations."""
    if _COMPANY_NAME.search(value.name or "") or any(
        getattr(value, name) is not None for name in ORGANIZATION_FIELDS
    ):
        return CustomerKind.ORGANIZATION
    return CustomerKind.INDIVIDUAL
