"""Starting the real app as a user would (offscreen): `crmdesk --self-test`."""

import re


def test_self_test_opens_the_window_on_demo_data(run_cli, tmp_path):
    db = tmp_path / "crm.db"
    assert run_cli("--db", str(db), "demo", "--customers", "50").returncode == 0
    for language in ("en", "zh_CN"):
        result = run_cli("--db", str(db), "--lang", language, "--self-test")
        assert result.returncode == 0, result.stderr
        assert re.fullmatch(r"\d+\.\d{3}", result.stdout.strip())


def test_self_test_on_a_new_database_creates_it(run_cli, tmp_path):
    db = tmp_path / "new" / "crm.db"
    result = run_cli("--db", str(db), "--self-test")
    assert result.returncode == 0, result.stderr
    assert run_cli("--db", str(db), "check").returncode == 0


def test_start_on_a_damaged_file_fails_with_a_reason(run_cli, tmp_path):
    db = tmp_path / "broken.db"
    db.write_bytes(b"\x00garbage" * 1000)
    result = run_cli("--db", str(db), "--self-test")
    assert result.returncode == 1
    assert "cannot be opened" in result.stderr and str(db) in result.stderr


def test_with_sign_in_on_the_app_opens_only_with_a_password(run_cli, tmp_path):
    db = str(tmp_path / "crm.db")
    assert run_cli("--db", db, "demo", "--customers", "20").returncode == 0
    added = run_cli(
        "--db",
        db,
        "user",
        "add",
        "sam",
        "--role",
        "sales",
        "--password-stdin",
        input="sales-pass-1\n",
    )
    admin = run_cli(
        "--db",
        db,
        "user",
        "add",
        "boss",
        "--role",
        "admin",
        "--password-stdin",
        input="boss-pass-12\n",
    )
    assert added.returncode == 0 and admin.returncode == 0
    refused = run_cli("--db", db, "--user", "sam", "--self-test")
    assert refused.returncode == 1
    assert refused.stderr.strip() == "crmdesk: sign-in is on: give your user name and password"
    opened = run_cli(
        "--db", db, "--user", "sam", "--self-test", env={"CRMDESK_PASSWORD": "sales-pass-1"}
    )
    assert opened.returncode == 0, opened.stderr
