"""Files written by another program: our export re-saved by LibreOffice as .xlsx and as
.xls (as a user who opens and saves it there would), and a sheet made in LibreOffice
from scratch. .ci/run installs LibreOffice (libreoffice-calc-nogui)."""

import os
import shutil
import subprocess

import openpyxl
import pytest

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None and os.environ.get("CI") != "true", reason="LibreOffice is not installed"
)


def convert(sources, to: str, out_dir, tmp_path, infilter: str | None = None):
    """Have LibreOffice open each file and save it as ``to`` into ``out_dir``."""
    command = [SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo'}"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", to, "--outdir", str(out_dir), *map(str, sources)]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    return [out_dir / f"{source.stem}.{to.split(':')[0]}" for source in sources]


@pytest.fixture
def exported(run_cli, tmp_path):
    """A demo database and its customers exported in Chinese, with one cell edited."""
    db = str(tmp_path / "crm.db")
    assert run_cli("--db", db, "demo", "--customers", "30").returncode == 0
    path = tmp_path / "customers.xlsx"
    assert run_cli("--db", db, "--lang", "zh_CN", "export", "customers", str(path)).returncode == 0
    book = openpyxl.load_workbook(path)
    headers = [cell.value for cell in book.active[1]]
    book.active.cell(row=5, column=headers.index("地区") + 1).value = "拉萨"
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    return db, path, edited


def test_our_export_saved_again_by_libreoffice_changes_only_the_edited_cell(
    run_cli, tmp_path, exported
):
    db, path, edited = exported
    out = tmp_path / "libreoffice"
    resaved, resaved_edit = convert([path, edited], "xlsx", out, tmp_path)
    as_xls = convert([edited], "xls", out, tmp_path)[0]
    same = run_cli("--db", db, "import", "customers", str(resaved), "--mode", "update")
    assert "update: 0, unchanged: 30, error: 0" in same.stdout, same.stderr
    for sheet in (resaved_edit, as_xls):
        changed = run_cli(
            "--db", db, "import", "customers", str(sheet), "--mode", "update", "--dry-run"
        )
        assert "update: 1, unchanged: 29, error: 0" in changed.stdout, (sheet, changed.stderr)


def test_a_sheet_typed_in_libreoffice_imports(run_cli, tmp_path):
    typed = tmp_path / "typed.csv"
    typed.write_text(
        "客户名称,手机,生日,金额备注\n"
        "张三,13800138000,1990-05-01,¥1200\n"
        "李四,+86 139 0013 9000,,\n",
        encoding="utf-8",
    )
    # comma-separated, double quotes, UTF-8 (76), header row: as LibreOffice asks for it
    sheet = convert([typed], "xls", tmp_path, tmp_path, infilter="CSV:44,34,76,1")[0]
    db = str(tmp_path / "crm.db")
    result = run_cli("--db", db, "import", "customers", str(sheet))
    assert result.returncode == 0, result.stderr
    assert "new: 2" in result.stdout
    out = tmp_path / "back.xlsx"
    assert run_cli("--db", db, "export", "customers", str(out)).returncode == 0
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    headers = rows[0]
    people = {row[headers.index("Name")]: row for row in rows[1:]}
    assert people["张三"][headers.index("Mobile")] == "+8613800138000"  # text, no ".0"
    assert str(people["张三"][headers.index("Birthday")])[:10] == "1990-05-01"
    assert people["李四"][headers.index("Mobile")] == "+8613900139000"
