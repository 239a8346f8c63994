"""A table out to .xlsx or .csv, chosen by the file's suffix."""

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from crmdesk.io.xlsx_writer import ExportError, csv_safe, write_xlsx


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence], *, title: str) -> int:
    """Write ``rows`` under ``headers``; returns how many rows were written."""
    if path.suffix.lower() == ".csv":
        return write_csv(path, headers, rows)
    return write_xlsx(path, headers, rows, title=title)


def write_csv(path: Path, headers: list[str], rows) -> int:
    """UTF-8 with a BOM (so Excel opens Chinese right), formula-like text escaped."""
    temporary = path.with_name(f".{path.name}.tmp")
    written = 0
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(headers)
            for row in rows:
                cells = [
                    csv_safe(c) if isinstance(c, str) else ("" if c is None else c) for c in row
                ]
                if any(isinstance(c, str) and "\x00" in c for c in cells):
                    column = next(i for i, c in enumerate(cells) if "\x00" in str(c))
                    raise ExportError(
                        f"Row {written + 2}, column {headers[column]}: a NUL character,"
                        " which CSV readers take for binary data; export to .xlsx instead"
                    )
                writer.writerow(cells)
                written += 1
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    return written
