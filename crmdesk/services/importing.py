"""What every kind of import shares: reading mapped cells into field values, turning
validation errors into cell problems, and refusing to commit rows with errors."""

import re
from dataclasses import dataclass, field

from crmdesk.core.enums import CustomerKind
from crmdesk.core.errors import DomainError, ValidationError
from crmdesk.core.imports import CellProblem, ImportOptions, ImportPlan, PlannedRow, RowStatus
from crmdesk.core.messages import Message
from crmdesk.io.coerce import CellError, coercer
from crmdesk.io.mapping import ColumnMapping
from crmdesk.io.tables import Value
from crmdesk.io.vocabulary import Field
from crmdesk.storage import import_batches
from crmdesk.storage.audit import as_text

_COMPANY_NAME = re.compile(r"公司|集团|厂|事务所|\b(ltd|inc|llc|corp|co|gmbh)\b\.?", re.IGNORECASE)


@dataclass
class ReadRow:
    line: int  # as the spreadsheet numbers it
    values: dict
    problems: list[CellProblem] = field(default_factory=list)
    key: object = None  # what the row is matched on, once read without problems


def read_rows(
    rows: list[list[Value]],
    mapping: ColumnMapping,
    fields: tuple[Field, ...],
    options: ImportOptions,
) -> list[ReadRow]:
    """The mapped cells of each non-blank data row, coerced to their fields' types."""
    by_key = {f.key: f for f in fields}
    columns = [
        (column, key, coercer(by_key[key], options.day_first))
        for column, key in mapping.columns.items()
    ]
    read = []
    for offset, row in enumerate(rows[mapping.header_row + 1 :]):
        if row.count(None) == len(row):
            continue
        current = ReadRow(mapping.header_row + 2 + offset, {})
        values = current.values
        for column, key, coerced in columns:
            try:
                values[key] = coerced(row[column] if column < len(row) else None)
            except CellError as error:
                current.problems.append(CellProblem(column, key, str(error)))
        read.append(current)
    return read


def mark_repeated(read: list[ReadRow], what: str) -> None:
    """A key met again further down is an error on the later row."""
    first_line: dict = {}
    for row in read:
        if row.key is None:
            continue
        if row.key in first_line:
            earlier = first_line[row.key]
            # The field is named before the message, in the reader's words.
            row.problems.append(CellProblem(None, what, Message("the same as row %1", earlier)))
        else:
            first_line[row.key] = row.line


def error_row(line: int, *problems: CellProblem) -> PlannedRow:
    return PlannedRow(line, RowStatus.ERROR, problems=tuple(problems))


def invalid_row(line: int, invalid: ValidationError, mapping: ColumnMapping) -> PlannedRow:
    return error_row(
        line, *(CellProblem(mapping.column_of(e.field), e.field, e.message) for e in invalid.errors)
    )


def refuse_errors(plan: ImportPlan, skip_errors: bool) -> None:
    """Rows with errors are written by nobody: the user fixes them or skips them."""
    errors = plan.errors()
    if errors and not skip_errors:
        raise DomainError(
            Message(
                "%1 rows have errors (first: row %2, %3); fix them or skip them",
                len(errors),
                errors[0].line,
                errors[0].summary(),
            )
        )


def as_text_changes(changes: dict[str, tuple]) -> dict[str, tuple[str | None, str | None]]:
    return {name: (as_text(old), as_text(new)) for name, (old, new) in changes.items()}


def kind_from_name(name: str | None) -> CustomerKind:
    """Lists seldom say which customers are organisations; company-like names are."""
    if _COMPANY_NAME.search(name or ""):
        return CustomerKind.ORGANIZATION
    return CustomerKind.INDIVIDUAL


def rows_to_write(plan: ImportPlan) -> tuple[list[PlannedRow], list[PlannedRow]]:
    """The new rows and the changed rows, in file order."""
    rows = plan.to_write()
    return (
        [row for row in rows if row.status is RowStatus.NEW],
        [row for row in rows if row.status is RowStatus.UPDATE],
    )


def record_import(
    context, session, kind, source: str, created, updated, created_customers=()
) -> int:
    """Keep what the import did, for undo; returns the batch id."""
    return import_batches.record_batch(
        session,
        actor=context.actor.username,
        at=context.now(),
        kind=kind,
        file_name=source,
        created=list(created),
        created_customers=list(created_customers),
        updated=updated,
    )


def filled(values: dict) -> dict:
    """The values of cells that hold something: an empty cell in an update leaves the
    stored value alone (a partial list must not wipe what the file holds)."""
    return {key: value for key, value in values.items() if value not in (None, ())}
