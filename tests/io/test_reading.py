"""Files as staff bring them: workbooks with title rows, CSV in three encodings, and
files that are not what they claim."""

import zipfile
from datetime import date

import openpyxl
import pytest

from crmdesk.io.guard import FileRejected
from crmdesk.io.mapping import guess_mapping
from crmdesk.io.tables import read_rows, sheet_names
from crmdesk.io.vocabulary import CUSTOMER_FIELDS


def workbook(path, rows, title="客户"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_workbook_reads_as_plain_values(tmp_path):
    path = workbook(
        tmp_path / "list.xlsx",
        [["客户名称", "手机", "生日"], ["张三", 13800138000, date(1990, 5, 1)]],
    )
    assert sheet_names(path) == ["客户"]
    rows = read_rows(path)
    assert rows == [["客户名称", "手机", "生日"], ["张三", 13800138000.0, date(1990, 5, 1)]]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_in_each_encoding_staff_save_reads_the_same(tmp_path, encoding):
    path = tmp_path / "list.csv"
    path.write_bytes("客户名称,手机\n张三,13800138000\n寮犱笁,1\n".encode(encoding))
    assert read_rows(path) == [["客户名称", "手机"], ["张三", "13800138000"], ["寮犱笁", "1"]]


def test_csv_with_semicolons_or_tabs_is_split_right(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Name;Mobile\nAcme;13800138000\n", encoding="utf-8")
    assert read_rows(path) == [["Name", "Mobile"], ["Acme", "13800138000"]]


def test_text_in_no_known_encoding_is_refused_by_name(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"Name\n\x81\x20\xff\xfe\n")
    with pytest.raises(FileRejected, match=r"list\.csv: the text is neither UTF-8 nor GB18030"):
        read_rows(path)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.xlsx", b"", "empty"),
        ("fake.xlsx", b"PK\x03\x04 this is not a zip", "damaged"),
        ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password"),
        ("photo.xlsx", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "not an Excel workbook"),
        ("broken.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "not a readable"),
    ],
)
def test_files_that_are_not_workbooks_get_one_clear_line(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(FileRejected, match=reason) as refused:
        read_rows(path)
    assert str(refused.value).startswith(name)


def test_a_zip_bomb_is_refused_before_parsing(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b"a" * (50 * 2**20))
    with pytest.raises(FileRejected, match="packed 200× or more"):
        read_rows(path)


def test_the_header_is_found_under_title_and_blank_rows(tmp_path):
    path = workbook(
        tmp_path / "list.xlsx",
        [
            ["2024 年客户名单"],
            [],
            ["序号", "公司名称", "联系电话", "E-mail", "备注"],
            [1, "华为技术有限公司", "010-12345678", "a@b.cn", None],
        ],
    )
    mapping = guess_mapping(read_rows(path), CUSTOMER_FIELDS)
    assert mapping.header_row == 2
    assert mapping.columns == {1: "name", 2: "phone", 3: "email", 4: "notes"}


def test_unnamed_columns_are_guessed_from_what_they_hold():
    rows = [
        ["Company", "Column B", "Column C"],
        ["Acme", 13800138000.0, "info@acme.example"],
        ["Beta", "139-1234-5678", "sales@beta.example"],
    ]
    assert guess_mapping(rows, CUSTOMER_FIELDS).columns == {0: "name", 1: "mobile", 2: "email"}


def test_a_mapping_template_is_saved_reused_and_checked(tmp_path):
    from crmdesk.io.mapping import apply_template, save_template

    rows = [["Firma", "Handy"], ["Acme", "13800138000"]]
    mapping = guess_mapping(rows, CUSTOMER_FIELDS)
    mapping.columns = {0: "name", 1: "mobile"}
    template = tmp_path / "mapping.json"
    save_template(mapping, template)
    fresh = guess_mapping([["Handy", "Firma"]], CUSTOMER_FIELDS)
    apply_template(fresh, template, CUSTOMER_FIELDS)
    assert fresh.columns == {0: "mobile", 1: "name"}
    for text, reason in (("[1, 2]", "not a mapping template"), ('{"A": "salary"}', "salary")):
        template.write_text(text, encoding="utf-8")
        with pytest.raises(ValueError, match=reason):
            apply_template(fresh, template, CUSTOMER_FIELDS)
