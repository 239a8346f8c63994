"""A sheet of a workbook, or a CSV file, as rows of plain values: str, float, bool,
date, datetime, or None for an empty cell."""

import csv
import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

from crmdesk.io.guard import FileRejected, Format, checked_format

Value = str | float | bool | date | datetime | None
CSV_SHEET = "CSV"
# Beyond this a file is refused, not read on for minutes: near Excel's own limit
# (1 048 576 rows), an import this size belongs in several files.
MAX_ROWS = 500_000


def sheet_names(path: Path) -> list[str]:
    if checked_format(path) is Format.CSV:
        return [CSV_SHEET]
    return _workbook(path).sheet_names


def read_rows(path: Path, sheet: str | None = None) -> list[list[Value]]:
    """The rows of ``sheet`` (the first when None), as the file holds them."""
    rows = _csv_rows(path) if checked_format(path) is Format.CSV else _sheet_rows(path, sheet)
    if len(rows) > MAX_ROWS:
        raise FileRejected(path, f"more than {MAX_ROWS:,} rows; split it into several files")
    return rows


def _sheet_rows(path: Path, sheet: str | None) -> list[list[Value]]:
    workbook = _workbook(path)
    name = sheet or workbook.sheet_names[0]
    if name not in workbook.sheet_names:
        raise FileRejected(path, f"no sheet named {name!r}")
    try:
        rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except Exception as error:  # calamine raises its own types and plain ones alike
        raise FileRejected(path, f"sheet {name!r} cannot be read ({error})") from None
    # Most cells are text or empty: only the rest pay for a call (0.8 → 0.5 s per 3M cells).
    for row in rows:
        row[:] = [_converted(v) if type(v) in _CONVERTED else None if v == "" else v for v in row]
    return rows


def _workbook(path: Path):
    from python_calamine import CalamineWorkbook  # imported when a file is first read

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as error:  # damaged files raise many types; one message for all
        raise FileRejected(path, f"not a readable workbook ({error})") from None


_CONVERTED = frozenset({int, time, timedelta})  # exact types: bools are ints too


def _converted(value: int | time | timedelta) -> Value:
    """A whole number as the float other numbers are; a time-only cell as it shows."""
    return float(value) if type(value) is int else str(value)


def decoded(path: Path, data: bytes) -> str:
    """Strict UTF-8 (with or without a BOM) first: GB18030 decodes UTF-8 into silent
    mojibake, while UTF-8 refuses GB18030 bytes."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise FileRejected(path, "the text is neither UTF-8 nor GB18030 (GBK); save it as UTF-8")


def _csv_rows(path: Path) -> list[list[Value]]:
    text = decoded(path, path.read_bytes())
    if "\x00" in text:
        raise FileRejected(path, "binary data, not a CSV file")
    try:
        delimiter = csv.Sniffer().sniff(text[:64_000], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    # Only the delimiter is guessed: the sniffer takes a cell's leading ' (our mark on
    # formula-like text) for a quote character and joins rows.
    try:
        rows = csv.reader(io.StringIO(text), csv.excel, delimiter=delimiter)
        return [[cell or None for cell in row] for row in rows]
    except csv.Error as error:
        raise FileRejected(path, f"not a well-formed CSV file ({error})") from None
