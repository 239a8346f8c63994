"""Writing .xlsx the safe way: openpyxl's write-only mode (flat memory), text that looks
like a formula kept as text, real date cells, a bold frozen header with a filter, and
the file written under a temporary name then renamed, so a crash leaves no half file."""

import io
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path

from crmdesk.core.errors import DomainError

CELL_LIMIT = 32_767  # Excel's longest cell text
FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MONEY_FORMAT = "#,##0.00"
MAX_WIDTH = 60
# Strings openpyxl would store as an error value, and characters XML cannot hold
# (both as openpyxl defines them; openpyxl itself is imported only when a file is written).
ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010\013\014\016-\037]")
# Text that reads like the file format's own escape (_x0041_ is "A") gets its underscore
# escaped, or a reader would turn it into that character.
ESCAPE_LOOKALIKE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")


class ExportError(DomainError):
    pass


@dataclass
class Marks:
    """Cells to highlight, each with a note (the error workbook); keyed (row, column)
    counting data rows and columns from 0."""

    notes: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass(frozen=True)
class SheetData:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence]
    image: bytes | None = None  # a PNG chart, placed beside the table


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence],
    *,
    title: str = "Sheet1",
    marks: Marks | None = None,
) -> int:
    """Write one sheet, streaming ``rows``; returns the number of data rows."""
    from openpyxl import Workbook  # imported on first export: it costs start-up time

    book = Workbook(write_only=True)
    written = _append_sheet(book, SheetData(title, headers, rows), marks)
    save_workbook(book, path)
    return written


def write_sheets(path: Path, sheets: Sequence[SheetData], chart: bytes | None = None) -> None:
    """A workbook of several sheets (a report), all or nothing; ``chart``, a PNG, goes on
    a sheet of its own after them."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for data in sheets:
        _append_sheet(book, data, None)
    if chart is not None:
        from openpyxl.drawing.image import Image

        book.create_sheet("Chart").add_image(Image(io.BytesIO(chart)), "A1")
    save_workbook(book, path)


def _append_sheet(book, data: SheetData, marks: Marks | None) -> int:
    headers = data.headers
    rows = iter(data.rows)
    sample = list(islice(rows, 200))  # column widths come from the first rows
    sheet = book.create_sheet(data.title[:31])
    size_columns(sheet, headers, sample)
    sheet.freeze_panes = "A2"
    header_cells = [_cell(sheet, h, bold=True) for h in headers]
    sheet.append(header_cells)
    written = 0
    for written, row in enumerate(chain(sample, rows), start=1):
        try:
            cells = [_value(sheet, value) for value in row]
        except ExportError as error:
            column = next(c for c, value in enumerate(row) if _refused(value))
            raise ExportError(f"Row {written + 1}, column {headers[column]}: {error}") from None
        if marks:
            _mark_row(sheet, cells, written - 1, marks)
        sheet.append(cells)
    if headers:
        sheet.auto_filter.ref = f"A1:{_letter(len(headers))}{written + 1}"
    if data.image is not None:
        from openpyxl.drawing.image import Image

        sheet.add_image(Image(io.BytesIO(data.image)), f"{_letter(len(headers) + 2)}2")
    return written


def _value(sheet, value):
    """What to append for ``value``: the value itself where openpyxl stores it right
    (most cells; a cell object each would double the time), else a styled cell."""
    if isinstance(value, str):
        if len(value) > CELL_LIMIT:  # openpyxl would cut it silently
            raise ExportError(f"{len(value)} characters; Excel holds at most {CELL_LIMIT}")
        if (
            value.startswith("=")
            or value in ERROR_CODES
            or ILLEGAL_CHARACTERS_RE.search(value)
            or "_x" in value
        ):
            return _cell(sheet, value)
        return value
    if isinstance(value, (datetime, Decimal)):
        return _cell(sheet, value)
    return value  # numbers, booleans, None, and dates (openpyxl gives them yyyy-mm-dd)


def _refused(value) -> bool:
    return isinstance(value, str) and len(value) > CELL_LIMIT


def _cell(sheet, value, *, bold: bool = False):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cell = WriteOnlyCell(sheet)
    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub(_escaped, ESCAPE_LOOKALIKE.sub("_x005F_", value))
        cell.data_type = "s"  # never a formula or an error code, whatever it says
    elif isinstance(value, datetime):
        cell.value, cell.number_format = value, DATETIME_FORMAT
    elif isinstance(value, date):
        cell.value, cell.number_format = value, DATE_FORMAT
    elif isinstance(value, Decimal):
        cell.value, cell.number_format = value, MONEY_FORMAT
    else:
        cell.value = value
    if bold:
        cell.font = Font(bold=True)
    return cell


def _escaped(match) -> str:
    """XML cannot hold control characters; Excel writes them as _xHHHH_, and reads
    that back as the character."""
    return f"_x{ord(match.group()):04X}_"


def _mark_row(sheet, cells: list, row: int, marks: Marks) -> None:
    for column, value in enumerate(cells):
        if note := marks.notes.get((row, column)):
            cell = value if hasattr(value, "data_type") else _cell(sheet, value)
            _mark(cell, note)
            cells[column] = cell


def _mark(cell, note: str) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    cell.fill = PatternFill("solid", fgColor="FFC7CE")
    cell.comment = Comment(note, "crmdesk")


def size_columns(sheet, headers: Sequence[str], sample: list[Sequence]) -> None:
    """Widths from the header and the first rows (CJK characters count double)."""
    for column, header in enumerate(headers):
        texts = [str(header)] + [
            str(row[column]) for row in sample if column < len(row) and row[column] is not None
        ]
        widest = max(sum(2 if ord(c) > 0x2E80 else 1 for c in t[:MAX_WIDTH]) for t in texts)
        sheet.column_dimensions[_letter(column + 1)].width = min(max(widest + 2, 8), MAX_WIDTH)


def _letter(number: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(number)


def save_workbook(book, path: Path) -> None:
    """Saved under a temporary name, then renamed: a crash leaves no half file."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        book.save(temporary)
        os.replace(temporary, path)
    except OSError as error:
        raise ExportError(f"{path.name} cannot be written: {error.strerror or error}") from None
    finally:
        temporary.unlink(missing_ok=True)


def csv_safe(text: str) -> str:
    """A CSV cell that a spreadsheet would run as a formula, made plain text (OWASP)."""
    return "'" + text if text.startswith(FORMULA_LEAD) else text
