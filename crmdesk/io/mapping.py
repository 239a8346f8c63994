"""Which column holds which field: the header row found under any title rows, columns
matched by header name (Chinese or English, with synonyms) and, failing that, by what
the cells look like. Mappings are saved as templates and reused."""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from crmdesk.io.tables import Value
from crmdesk.io.vocabulary import Field, field_named, folded

HEADER_SCAN = 20  # title, date and blank rows above the header seldom pass this
_MOBILE = re.compile(r"(\+?86)?1[3-9]\d{9}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_BY_LOOK = (("mobile", _MOBILE), ("email", _EMAIL))
LOOK_SHARE = 0.8  # of a column's filled cells, to be taken for a mobile or e-mail column


@dataclass
class ColumnMapping:
    header_row: int
    headers: list[str]
    columns: dict[int, str] = field(default_factory=dict)  # column → field key

    def column_of(self, key: str) -> int | None:
        return next((c for c, k in self.columns.items() if k == key), None)


def _header_text(value: Value) -> str:
    return "" if value is None else str(value).strip()


def find_header_row(rows: list[list[Value]], fields: tuple[Field, ...]) -> int:
    """The row, among the first few, whose cells name the most fields."""
    best, best_hits = 0, 0
    for index, row in enumerate(rows[:HEADER_SCAN]):
        hits = sum(field_named(fields, _header_text(cell)) is not None for cell in row)
        if hits > best_hits:
            best, best_hits = index, hits
    return best


def guess_mapping(
    rows: list[list[Value]], fields: tuple[Field, ...], header_row: int | None = None
) -> ColumnMapping:
    """Columns matched to fields under ``header_row`` (0-based; found when None)."""
    if header_row is None:
        header_row = find_header_row(rows, fields)
    headers = [_header_text(cell) for cell in rows[header_row]] if rows else []
    mapping = ColumnMapping(header_row, headers)
    for column, header in enumerate(headers):
        found = field_named(fields, header)
        if found and found.key not in mapping.columns.values():
            mapping.columns[column] = found.key
    _guess_by_look(rows[header_row + 1 :], mapping, {f.key for f in fields})
    return mapping


def _guess_by_look(data: list[list[Value]], mapping: ColumnMapping, keys: set[str]) -> None:
    for key, pattern in _BY_LOOK:
        if key not in keys or key in mapping.columns.values():
            continue
        for column in range(len(mapping.headers)):
            if column in mapping.columns:
                continue
            cells = [_cell_text(row, column) for row in data[:200]]
            filled = [c for c in cells if c]
            if filled and sum(bool(pattern.fullmatch(c)) for c in filled) >= LOOK_SHARE * len(
                filled
            ):
                mapping.columns[column] = key
                break


def _cell_text(row: list[Value], column: int) -> str:
    if column >= len(row) or row[column] is None:
        return ""
    value = row[column]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return re.sub(r"[\s-]", "", str(value))


def save_template(mapping: ColumnMapping, path: Path) -> None:
    """Header → field, so the mapping applies to any file with the same headers."""
    named = {mapping.headers[c]: key for c, key in mapping.columns.items() if mapping.headers[c]}
    path.write_text(json.dumps(named, ensure_ascii=False, indent=1), encoding="utf-8")


def apply_template(mapping: ColumnMapping, path: Path, fields: tuple[Field, ...]) -> None:
    """Map the columns a saved template names; a template naming fields we do not have
    is refused rather than half-applied."""
    try:
        named = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(f"{path.name}: not a mapping template ({error})") from None
    if not isinstance(named, dict):
        raise ValueError(f"{path.name}: not a mapping template (expected header: field)")
    unknown = sorted(set(map(str, named.values())) - {f.key for f in fields})
    if unknown:
        raise ValueError(f"{path.name}: unknown fields {', '.join(unknown)}")
    by_header = {folded(h): key for h, key in named.items()}
    mapping.columns = {
        column: by_header[folded(header)]
        for column, header in enumerate(mapping.headers)
        if folded(header) in by_header
    }
