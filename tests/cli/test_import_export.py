"""`crmdesk import` and `crmdesk export` as a user runs them."""

import csv
from datetime import date

import openpyxl


def write_book(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_import_counts_writes_and_a_dry_run_writes_nothing(run_cli, tmp_path):
    db = str(tmp_path / "crm.db")
    book = write_book(
        tmp_path / "list.xlsx",
        [
            ["客户名称", "手机", "生日"],
            ["张三", 13800138000, date(1990, 5, 1)],
            ["李四", None, None],
        ],
    )
    dry = run_cli("--db", db, "import", "customers", str(book), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "new: 2, update: 0, unchanged: 0, error: 0" in dry.stdout
    again = run_cli("--db", db, "import", "customers", str(book), "--mode", "upsert")
    assert "new: 2" in again.stdout and "Created 2, updated 0" in again.stdout
    exported = run_cli("--db", db, "export", "customers", str(tmp_path / "out.csv"))
    assert exported.returncode == 0 and "Wrote 2 customers" in exported.stdout


def test_error_rows_stop_the_import_and_go_to_an_error_workbook(run_cli, tmp_path):
    db = str(tmp_path / "crm.db")
    book = write_book(
        tmp_path / "list.xlsx",
        [["Name", "Mobile"], ["Good", "13800138000"], ["Bad", "12345"], [None, "13900000000"]],
    )
    errors = tmp_path / "errors.xlsx"
    result = run_cli("--db", db, "import", "customers", str(book), "--errors", str(errors))
    assert result.returncode == 1
    assert "row 3: mobile: '12345' is not a valid phone number" in result.stderr
    assert "row 4: name: a name is required" in result.stderr
    assert "2 rows have errors; nothing written" in result.stderr
    sheet = openpyxl.load_workbook(errors).active
    assert [c.value for c in sheet[1]] == ["Name", "Mobile", "Errors"]
    assert sheet["A2"].value == "Bad" and sheet["B2"].comment.text.startswith("'12345'")
    assert sheet["B2"].fill.fgColor.rgb.endswith("FFC7CE")
    assert sheet["A3"].comment.text == "a name is required"
    exported = run_cli("--db", db, "export", "customers", str(tmp_path / "none.xlsx"))
    assert "Wrote 0 customers" in exported.stdout
    skipped = run_cli("--db", db, "import", "customers", str(book), "--skip-errors")
    assert skipped.returncode == 0 and "Created 1, updated 0" in skipped.stdout


def test_export_edit_reimport_changes_exactly_the_edited_cells(run_cli, tmp_path):
    db = str(tmp_path / "crm.db")
    assert run_cli("--db", db, "demo", "--customers", "30").returncode == 0
    first = tmp_path / "customers.xlsx"
    assert run_cli("--db", db, "--lang", "zh_CN", "export", "customers", str(first)).returncode == 0
    book = openpyxl.load_workbook(first)
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    assert headers[:2] == ["客户编号", "客户名称"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    unchanged = run_cli("--db", db, "import", "customers", str(first), "--mode", "update")
    assert "update: 0, unchanged: 30, error: 0" in unchanged.stdout, unchanged.stderr
    notes = headers.index("备注") + 1
    edited = sheet.cell(row=5, column=notes)
    edited.value, edited.data_type = '=HYPERLINK("http://x") 改过', "s"  # typed as text
    book.save(tmp_path / "edited.xlsx")
    changed = run_cli(
        "--db", db, "import", "customers", str(tmp_path / "edited.xlsx"), "--mode", "update"
    )
    assert "update: 1, unchanged: 29" in changed.stdout, changed.stderr
    second = tmp_path / "again.csv"
    exported = run_cli("--db", db, "--lang", "zh_CN", "export", "customers", str(second))
    assert exported.returncode == 0
    with second.open(encoding="utf-8-sig") as file:
        rows = list(csv.reader(file))
    assert rows[4][notes - 1] == '\'=HYPERLINK("http://x") 改过'  # never a live formula
    with first.open("rb"):
        before = [[c.value for c in r] for r in openpyxl.load_workbook(first).active.iter_rows()]
    for index, row in enumerate(rows[1:], start=1):
        if index != 4:
            assert [c or None for c in row[:2]] == before[index][:2]


def test_contacts_import_with_new_customers_then_undo(run_cli, tmp_path):
    db = str(tmp_path / "crm.db")
    book = write_book(
        tmp_path / "contacts.xlsx",
        [["公司名称", "联系人", "手机"], ["星河科技有限公司", "刘洋", 13800138000]],
    )
    refused = run_cli("--db", db, "import", "contacts", str(book))
    assert refused.returncode == 1
    assert "no customer named 星河科技有限公司" in refused.stderr
    made = run_cli("--db", db, "import", "contacts", str(book), "--create-missing")
    assert made.returncode == 0, made.stderr
    assert "Created 1, updated 0 and 1 new customers" in made.stdout
    assert "Tiers recomputed: " in made.stdout
    undone = run_cli("--db", db, "undo-import")
    assert undone.returncode == 0, undone.stderr
    assert "Undid the import of contacts.xlsx" in undone.stdout
    assert "removed 2, restored 0" in undone.stdout
    again = run_cli("--db", db, "undo-import")
    assert again.returncode == 1 and "no import to undo" in again.stderr


def test_template_has_the_headers_and_drop_downs_for_choices(run_cli, tmp_path):
    out = tmp_path / "template.xlsx"
    made = run_cli("--lang", "zh_CN", "template", "activities", str(out))
    assert made.returncode == 0, made.stderr
    book = openpyxl.load_workbook(out)
    sheet, choices = book.worksheets
    headers = [cell.value for cell in sheet[1]]
    assert headers[:5] == ["客户编号", "客户名称", "时间", "方式", "方向"]
    rules = {str(rule.sqref): rule.formula1 for rule in sheet.data_validations.dataValidation}
    channel_rule = rules["D2:D2001"]
    column = channel_rule.split("!")[1].split(":")[0].replace("$", "").rstrip("0123456789")
    listed = [row[0].value for row in choices[f"{column}1:{column}8"]]
    assert listed[:3] == ["面谈", "拜访", "电话"]
    assert choices.sheet_state == "hidden"
    # the template imports as it is, once filled in
    sheet.append(["C1", None, "2026-01-01", "电话", "呼出", "来电"])
    book.save(out)
    dry = run_cli("--db", str(tmp_path / "crm.db"), "import", "activities", str(out), "--dry-run")
    assert "error: 1" in dry.stdout and "no customer with code C1" in dry.stderr
