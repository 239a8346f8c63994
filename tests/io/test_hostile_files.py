"""Hostile and broken files on the import path (the reliability issue): each is refused
with one line naming the file, or read harmlessly, in bounded time; nothing else is
ever raised. A bounded fuzz run mutates a real workbook and random CSV bytes."""

import io
import time
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from crmdesk.io.guard import FileRejected
from crmdesk.io.mapping import guess_mapping
from crmdesk.io.tables import MAX_ROWS, read_rows
from crmdesk.io.vocabulary import CUSTOMER_FIELDS

SECONDS = 10
# A bounded fuzz run, in CI as everywhere: ~150 files per test.
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def workbook_bytes(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_sheet_xml(original: bytes, sheet_xml: bytes) -> bytes:
    """``original`` with its first sheet's XML replaced."""
    source = zipfile.ZipFile(io.BytesIO(original))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, sheet_xml if item.filename.endswith("sheet1.xml") else data)
    return buffer.getvalue()


def read_within_bounds(path):
    """read_rows, which may refuse the file, within SECONDS; its rows or None."""
    began = time.perf_counter()
    try:
        rows = read_rows(path)
    except FileRejected as refused:
        assert str(refused).startswith(path.name) and "\n" not in str(refused)
        rows = None
    assert time.perf_counter() - began < SECONDS
    return rows


SHEET_HEAD = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
SHEET_BODY = (
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&%s;</t></is></c></row>'
    b"</sheetData></worksheet>"
)


def test_entity_expansion_is_not_expanded(tmp_path):
    laughs = b'<!ENTITY l0 "lol">' + b"".join(
        b'<!ENTITY l%d "%s">' % (n, b"&l%d;" % (n - 1) * 10) for n in range(1, 10)
    )
    xml = SHEET_HEAD + b"<!DOCTYPE worksheet [" + laughs + b"]>" + SHEET_BODY % b"l9"
    path = tmp_path / "laughs.xlsx"
    path.write_bytes(with_sheet_xml(workbook_bytes([["Name"]]), xml))
    rows = read_within_bounds(path)
    assert rows is None or all(len(str(v)) < 10_000 for row in rows for v in row)


def test_external_entities_are_not_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    doctype = b'<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file://%s">]>' % str(secret).encode()
    path = tmp_path / "xxe.xlsx"
    path.write_bytes(
        with_sheet_xml(workbook_bytes([["Name"]]), SHEET_HEAD + doctype + SHEET_BODY % b"x")
    )
    rows = read_within_bounds(path)
    assert rows is None or "TOP-SECRET" not in str(rows)


def test_openpyxl_parses_through_defusedxml():
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML


def test_a_truncated_workbook_is_refused(tmp_path):
    whole = workbook_bytes([["Name", "Phone"], *[[f"客户{n}", "13800138000"] for n in range(500)]])
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert read_within_bounds(path) is None


def test_a_sheet_16384_columns_wide_reads_and_maps_in_bounded_time(tmp_path):
    path = tmp_path / "wide.csv"
    header = ",".join(["客户名称", *(f"列{n}" for n in range(16_383))])
    path.write_text(header + "\n" + ",".join(["某公司"] + [""] * 16_383) + "\n", "utf-8")
    began = time.perf_counter()
    rows = read_rows(path)
    guess_mapping(rows, CUSTOMER_FIELDS)
    assert len(rows[0]) == 16_384 and time.perf_counter() - began < SECONDS


def test_more_rows_than_an_import_takes_are_refused_by_name(tmp_path):
    path = tmp_path / "million.csv"
    path.write_text("Name\n" + "x\n" * (MAX_ROWS + 1), "utf-8")
    began = time.perf_counter()
    with pytest.raises(FileRejected, match=r"million\.csv: more than"):
        read_rows(path)
    assert time.perf_counter() - began < SECONDS


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(min_size=1, max_size=4096))
def test_random_bytes_as_csv_are_read_or_refused(tmp_path, data):
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    read_within_bounds(path)


BASE = workbook_bytes([["客户名称", "手机", "日期"], ["王伟", "13800138000", "2024-03-05"]])


def test_a_workbook_claiming_a_newer_zip_version_is_refused(tmp_path):
    """Found by the fuzz run below: zipfile raises NotImplementedError for it."""
    data = bytearray(BASE)
    central = data.index(b"PK\x01\x02")  # the first central directory entry
    data[central + 6 : central + 8] = (64).to_bytes(2, "little")  # "needs zip 6.4"
    path = tmp_path / "newer.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(FileRejected, match="damaged"):
        read_rows(path)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cuts=st.lists(
        st.tuples(st.integers(0, len(BASE) - 1), st.binary(min_size=1, max_size=8)),
        min_size=1,
        max_size=6,
    )
)
def test_a_mutated_workbook_is_read_or_refused(tmp_path, cuts):
    data = bytearray(BASE)
    for at, replacement in cuts:
        data[at : at + len(replacement)] = replacement
    path = tmp_path / "mutated.xlsx"
    path.write_bytes(bytes(data))
    read_within_bounds(path)
