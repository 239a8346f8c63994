import sqlite3

from crmdesk.storage.backup import backup_sqlite
from crmdesk.storage.integrity import check_sqlite_file


def test_a_sound_database_passes(services, db_path):
    result = check_sqlite_file(db_path)
    assert result.ok, result.message


def test_a_missing_file_fails(tmp_path):
    result = check_sqlite_file(tmp_path / "nowhere.db")
    assert not result.ok and "no such file" in result.message


def test_a_file_that_is_not_a_database_fails(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("客户名单 — just text\n" * 200, encoding="utf-8")
    result = check_sqlite_file(path)
    assert not result.ok and "not a usable database" in result.message


def test_a_sqlite_file_of_another_program_fails(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.close()
    result = check_sqlite_file(path)
    assert not result.ok and "not a crmdesk database" in result.message


def test_a_damaged_database_fails(services, db_path):
    services.demo.populate(300, seed=3)
    services.close()
    size = db_path.stat().st_size
    with open(db_path, "r+b") as handle:  # scribble over pages in the middle of the file
        handle.seek(size // 2)
        handle.write(b"\xff" * 8192)
    result = check_sqlite_file(db_path)
    assert not result.ok
    assert str(db_path) in result.message


def test_backup_copies_a_verified_snapshot(services, db_path, tmp_path):
    services.demo.populate(50, seed=4)
    target = backup_sqlite(db_path, tmp_path / "copies" / "crm-backup.db")
    assert check_sqlite_file(target).ok
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT count(*) FROM customers").fetchone() == (50,)
    copy.close()
    assert not list(target.parent.glob("*.partial"))
