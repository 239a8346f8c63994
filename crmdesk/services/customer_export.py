"""Customer files out to .xlsx or .csv, in the columns and words the importer reads back
(export → edit → re-import in update mode changes only the edited cells)."""

from collections.abc import Callable, Iterator
from pathlib import Path

from crmdesk.core.imports import ImportPlan
from crmdesk.io.table_writer import write_table
from crmdesk.io.tables import Value
from crmdesk.io.vocabulary import CUSTOMER_FIELDS, Field, ValueType, choice_label
from crmdesk.io.xlsx_writer import Marks, write_xlsx
from crmdesk.services.bulk_work import collector_held_off
from crmdesk.services.context import ServiceContext
from crmdesk.storage import customers

_CHUNK = 1000
_COLUMNS = tuple(field.key for field in CUSTOMER_FIELDS)
_CODE = _COLUMNS.index("code")


def cell_writer(field: Field, language: str) -> Callable[[object], object]:
    """How a field's stored value is written to a cell (labels for choices, tags joined);
    decided once per field, not per cell: an export converts millions of cells."""
    if field.type is ValueType.CHOICE:
        labels = {member: choice_label(member, language) for member in field.choices}
        return lambda value: None if value is None else labels[value]
    if field.type is ValueType.TAGS:
        return lambda value: ", ".join(value) or None
    return lambda value: value


class CustomerExport:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def headers(self, language: str) -> list[str]:
        return [field.header(language) for field in CUSTOMER_FIELDS]

    def rows(self, language: str) -> Iterator[list]:
        """Every file not in the bin, by code, read a chunk at a time."""
        converted = [
            (i, cell_writer(f, language))
            for i, f in enumerate(CUSTOMER_FIELDS)
            if f.type in (ValueType.CHOICE, ValueType.TAGS)
        ]
        last = ""
        while True:
            with self._ctx.db.read() as session:
                chunk = customers.export_chunk(session, _COLUMNS, after_code=last, limit=_CHUNK)
            for row in chunk:
                for i, write in converted:  # the other values go out as stored
                    row[i] = write(row[i])
                yield row
            if len(chunk) < _CHUNK:
                return
            last = chunk[-1][_CODE]

    @collector_held_off()
    def export(self, path: Path, language: str, *, masked: bool = False) -> int:
        """Write all files to ``path`` (.xlsx or .csv); returns how many. Personal
        fields are masked when asked, or when the role may not take them out."""
        rows = self._ctx.exportable(_COLUMNS, self.rows(language), masked=masked)
        return write_table(path, self.headers(language), rows, title="Customers")


def write_error_workbook(
    path: Path,
    rows: list[list[Value]],
    header_row: int,
    plan: ImportPlan,
    language: str,
    say: Callable[[str], str] = str,
) -> int:
    """The rows with errors as they were, a last column saying what is wrong (each
    problem under the sheet's own header), and each bad cell highlighted with a note.
    ``say`` gives a problem's message in the reader's language."""
    headers = [("" if c is None else str(c)) for c in rows[header_row]]
    errors = plan.errors()
    width = max([len(headers)] + [len(rows[r.line - 1]) for r in errors])
    headers += [""] * (width - len(headers))
    chinese = language.startswith("zh")
    marks = Marks()
    out = []
    for index, planned in enumerate(errors):
        original = list(rows[planned.line - 1]) + [None] * (width - len(rows[planned.line - 1]))
        said = []
        for problem in planned.problems:
            message = say(problem.message)
            where = headers[problem.column] if problem.column is not None else problem.field
            said.append(f"{where}{'：' if chinese else ': '}{message}" if where else message)
            if problem.column is not None:
                marks.notes[(index, problem.column)] = message
        out.append([*original, ("；" if chinese else "; ").join(said)])
    label = "错误" if chinese else "Errors"
    return write_xlsx(path, [*headers, label], out, title=label, marks=marks)
