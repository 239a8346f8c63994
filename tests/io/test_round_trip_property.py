"""Whatever a customer file holds comes back from an exported sheet exactly: written by
our writer, read by python-calamine, coerced to the field's type."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmdesk.io.coerce import coerce
from crmdesk.io.table_writer import write_table
from crmdesk.io.tables import read_rows
from crmdesk.io.vocabulary import Field, ValueType
from crmdesk.io.xlsx_writer import ExportError

TEXT = Field("notes", ValueType.TEXT, ("备注", "Notes"))
CODE = Field("code", ValueType.IDENTIFIER, ("编号", "Code"))
DAY = Field("birthday", ValueType.DATE, ("生日", "Birthday"))
FIELDS = (TEXT, CODE, DAY)

# Chinese, emoji, Latin, punctuation, control characters and the text that spreadsheets
# mistake for formulas, error values or escapes.
characters = st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
    st.sampled_from("中文客户张伟😀👍=+-@#_x0041\t\n\r\x01\x1f"),
)
texts = st.one_of(
    st.none(),
    st.text(characters, min_size=1, max_size=60),
    st.sampled_from(["=SUM(A1:A2)", "+86 138", "-5", "@home", "#N/A", "_x0041_", "\t=1"]),
    # long text, built cheaply (drawing 9 000 characters one by one is too much data)
    st.builds(
        lambda piece, times: piece * times,
        st.sampled_from(["长文本", "ab😀"]),
        st.integers(1700, 3000),
    ),
).filter(lambda t: t is None or (t.strip() == t and t != ""))
codes = st.one_of(st.none(), st.from_regex(r"0[0-9]{1,17}", fullmatch=True))
days = st.one_of(st.none(), st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
rows = st.lists(st.tuples(texts, codes, days), min_size=1, max_size=8)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=rows, suffix=st.sampled_from([".xlsx", ".csv"]))
def test_exported_cells_read_back_unchanged(tmp_path, rows, suffix):
    path = tmp_path / f"round{suffix}"
    written = [list(row) for row in rows]
    if suffix == ".csv":  # a NUL is refused there, named (test_csv_refuses_nul)
        written = [[_without_nul(cell) for cell in row] for row in written]
    write_table(path, [f.header("zh") for f in FIELDS], written, title="Round trip")
    cells = read_rows(path)[1:]
    # a CSV cell a spreadsheet would run as a formula is written with a leading quote
    read = [
        [coerce(field, _unquoted(cell, suffix)) for field, cell in zip(FIELDS, row, strict=False)]
        for row in cells
    ]
    # blank rows are skipped on import (and a sheet does not keep trailing ones)
    assert _filled(read) == _filled([_padded(row) for row in written])


def _without_nul(cell):
    if isinstance(cell, str):
        return cell.replace("\x00", "x")
    return cell


def test_csv_refuses_nul_naming_the_cell(tmp_path):
    with pytest.raises(ExportError, match="Row 3, column 备注: a NUL character"):
        write_table(tmp_path / "x.csv", ["备注"], [["ok"], ["a\x00b"]], title="x")
    assert not (tmp_path / "x.csv").exists()


def _unquoted(cell, suffix: str):
    if suffix == ".csv" and isinstance(cell, str) and cell[:1] == "'" and cell[1:2] in "=+-@\t\r":
        return cell[1:]
    return cell


def _filled(rows: list[list]) -> list[list]:
    return [row for row in rows if any(cell is not None for cell in row)]


def _padded(row: list) -> list:
    return [*row, None, None, None][: len(FIELDS)]
