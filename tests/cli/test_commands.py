import sqlite3

from crmdesk import __version__


def test_version(run_cli):
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"crmdesk {__version__}"


def test_demo_then_check_on_the_default_database(run_cli, tmp_path):
    demo = run_cli("demo", "--customers", "150", "--seed", "5")
    assert demo.returncode == 0, demo.stderr
    assert "150 customers" in demo.stdout
    default_db = tmp_path / "home" / "data" / "crmdesk.db"
    with sqlite3.connect(default_db) as connection:
        assert connection.execute("SELECT count(*) FROM customers").fetchone() == (150,)
    check = run_cli("check")
    assert check.returncode == 0 and "is sound" in check.stdout


def test_db_option_takes_a_path_or_url(run_cli, tmp_path):
    path = tmp_path / "team.db"
    assert run_cli("--db", f"sqlite:///{path}", "demo", "--customers", "5").returncode == 0
    assert run_cli("--db", str(path), "check").returncode == 0


def test_check_fails_with_one_line_on_a_damaged_file(run_cli, tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    result = run_cli("--db", str(path), "check")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and str(path) in result.stderr


def test_demo_on_a_foreign_file_fails_and_leaves_it_alone(run_cli, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database", encoding="utf-8")
    result = run_cli("--db", str(path), "demo", "--customers", "5")
    assert result.returncode == 1
    assert result.stderr.startswith("crmdesk demo:") and "cannot be opened" in result.stderr
    assert path.read_text(encoding="utf-8") == "not a database"


def test_bad_arguments_exit_non_zero(run_cli):
    assert run_cli("demo", "--customers", "0").returncode == 1
    assert run_cli("frobnicate").returncode == 2


def test_backup_list_and_restore_from_the_command_line(run_cli, tmp_path):
    db = tmp_path / "crm.db"
    assert run_cli("--db", str(db), "demo", "--customers", "20").returncode == 0
    taken = run_cli("--db", str(db), "backup")
    assert taken.returncode == 0 and "Backed up to" in taken.stdout
    assert run_cli("--db", str(db), "demo", "--customers", "5", "--seed", "2").returncode == 0
    listed = run_cli("--db", str(db), "restore")
    assert listed.returncode == 0 and "manual" in listed.stdout
    missing = run_cli("--db", str(db), "restore", "9")
    assert missing.returncode == 1 and "no backup number 9" in missing.stderr
    restored = run_cli("--db", str(db), "restore", "1")
    assert restored.returncode == 0 and "before-restore" in restored.stdout
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM customers").fetchone()[0] == 20


def test_a_damaged_file_is_refused_at_start_and_restored_from_its_backup(run_cli, tmp_path):
    db = tmp_path / "crm.db"
    assert run_cli("--db", str(db), "demo", "--customers", "20").returncode == 0
    assert run_cli("--db", str(db), "backup").returncode == 0
    with db.open("r+b") as file:  # wreck the pages after the header
        file.seek(4096)
        file.write(b"\xff" * 16384)
    refused = run_cli("--db", str(db), "--self-test")
    assert refused.returncode == 1 and "damaged" in refused.stderr
    assert "crmdesk restore" in refused.stderr
    assert run_cli("--db", str(db), "restore", "1").returncode == 0
    assert run_cli("--db", str(db), "--self-test").returncode == 0
