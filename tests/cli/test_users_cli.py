"""`crmdesk user …` and signing in from the command line: an administrator with a
password turns sign-in on; then every command needs a user and their password, and
runs with that user's role."""

import pytest

PASSWORD = "CRMDESK_PASSWORD"


@pytest.fixture
def firm(run_cli, tmp_path):
    """A database with demo customers, a manager, a sales user, and sign-in on."""
    db = str(tmp_path / "firm.db")
    assert run_cli("--db", db, "demo", "--customers", "12").returncode == 0
    for name, role, password in (
        ("mia", "manager", "manager-pass"),
        ("sam", "sales", "sales-pass-1"),
        ("boss", "admin", "boss-pass-12"),
    ):
        added = run_cli(
            "--db",
            db,
            "user",
            "add",
            name,
            "--role",
            role,
            "--password-stdin",
            input=password + "\n",
        )
        assert added.returncode == 0, added.stderr
    assert "Sign-in is on" in added.stdout
    return db


def test_once_sign_in_is_on_a_command_without_a_password_is_refused(run_cli, firm):
    result = run_cli("--db", firm, "--user", "mia", "report", "pyramid")
    assert result.returncode == 1
    assert (
        result.stderr.strip() == "crmdesk report: sign-in is on: give your user name and password"
    )
    wrong = run_cli("--db", firm, "--user", "mia", "report", "pyramid", env={PASSWORD: "nope"})
    assert wrong.returncode == 1 and "wrong user name or password" in wrong.stderr


def test_each_user_runs_commands_with_their_role(run_cli, firm, tmp_path):
    as_manager = {PASSWORD: "manager-pass"}
    report = run_cli("--db", firm, "--user", "mia", "report", "pyramid", env=as_manager)
    assert report.returncode == 0, report.stderr
    out = tmp_path / "all.csv"
    exported = run_cli(
        "--db", firm, "--user", "mia", "export", "customers", str(out), env=as_manager
    )
    assert exported.returncode == 0 and "*" in out.read_text(encoding="utf-8")  # masked
    as_sales = {PASSWORD: "sales-pass-1"}
    refused = run_cli(
        "--db", firm, "--user", "sam", "export", "customers", str(tmp_path / "x.csv"), env=as_sales
    )
    assert refused.returncode == 1
    assert refused.stderr.strip() == "crmdesk export: sam (sales) may not export lists"
    denied = run_cli("--db", firm, "--user", "mia", "user", "list", env=as_manager)
    assert denied.returncode == 1 and "may not manage users" in denied.stderr


def test_an_administrator_lists_and_changes_users(run_cli, firm):
    as_boss = {PASSWORD: "boss-pass-12"}
    listed = run_cli("--db", firm, "--user", "boss", "user", "list", env=as_boss)
    assert listed.returncode == 0
    rows = {line.split()[0]: line.split()[1] for line in listed.stdout.splitlines()}
    assert rows["mia"] == "manager" and rows["sam"] == "sales" and rows["boss"] == "admin"
    changed = run_cli(
        "--db", firm, "--user", "boss", "user", "role", "sam", "read_only", env=as_boss
    )
    assert changed.returncode == 0
    disabled = run_cli("--db", firm, "--user", "boss", "user", "disable", "mia", env=as_boss)
    assert disabled.returncode == 0
    gone = run_cli(
        "--db", firm, "--user", "mia", "report", "pyramid", env={PASSWORD: "manager-pass"}
    )
    assert gone.returncode == 1 and "wrong user name or password" in gone.stderr
    last = run_cli("--db", firm, "--user", "boss", "user", "role", "boss", "sales", env=as_boss)
    assert last.returncode == 1 and "last administrator" in last.stderr


def test_a_new_password_must_come_from_somewhere(run_cli, firm):
    result = run_cli(
        "--db", firm, "--user", "boss", "user", "password", "sam", env={PASSWORD: "boss-pass-12"}
    )
    assert result.returncode == 1 and "--password-stdin" in result.stderr


def test_only_an_administrator_restores_a_backup(run_cli, firm):
    backup = run_cli("--db", firm, "--user", "boss", "backup", env={PASSWORD: "boss-pass-12"})
    assert backup.returncode == 0, backup.stderr
    refused = run_cli("--db", firm, "--user", "mia", "restore", "1", env={PASSWORD: "manager-pass"})
    assert refused.returncode == 1 and "may not back up and restore" in refused.stderr
    done = run_cli("--db", firm, "--user", "boss", "restore", "1", env={PASSWORD: "boss-pass-12"})
    assert done.returncode == 0, done.stderr
