"""Is this file a sound crmdesk database? Used by `crmdesk check` and at start-up."""

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from crmdesk.storage.migrations import HEAD

REQUIRED_TABLES = frozenset({"customers", "contacts", "activities", "transactions", "users"})


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str


# Checked at every start: the tables everything hangs on (at 100 000 customers ~0.25 s,
# where a quick_check of the whole file takes 7–11 s).
START_TABLES = ("alembic_version", "users", "customers", "contacts")


def damage_in(path: Path, tables: tuple[str, ...] | None = None) -> list[str]:
    """SQLite's own findings ([] when sound): ``integrity_check`` of the whole file, or a
    ``quick_check`` of just ``tables``. Opened read-only, so checking changes nothing."""
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
            if tables is None:
                found = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            else:
                present = _tables(connection)
                found = [
                    row[0]
                    for table in tables
                    if table in present
                    for row in connection.execute(f"PRAGMA quick_check('{table}')")
                ]
    # A damaged file can surface as a decode error, not only as DatabaseError.
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [f"not a usable database ({exc})"]
    return [problem for problem in found if problem != "ok"]


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }


def check_sqlite_file(path: Path, *, quick: bool = False) -> CheckResult:
    """Sound, and a crmdesk database? ``quick`` checks only the start-up tables."""
    if not path.is_file():
        return CheckResult(False, f"{path}: no such file")
    problems = damage_in(path, START_TABLES if quick else None)
    if problems:
        return CheckResult(False, f"{path} is damaged: {'; '.join(problems[:3])}")
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        tables = _tables(connection)
        missing = REQUIRED_TABLES - tables
        if missing or "alembic_version" not in tables:
            return CheckResult(False, f"{path} is not a crmdesk database")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != HEAD:
        found = revision[0] if revision else "none"
        return CheckResult(
            True, f"{path} is sound (schema {found}; this version upgrades it to {HEAD})"
        )
    return CheckResult(True, f"{path} is sound")
