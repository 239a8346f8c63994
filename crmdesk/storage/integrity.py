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


def check_sqlite_file(path: Path, *, quick: bool = False) -> CheckResult:
    """Open read-only, so checking can never create or alter the file."""
    if not path.is_file():
        return CheckResult(False, f"{path}: no such file")
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
            pragma = "quick_check" if quick else "integrity_check"
            problems = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
            if problems != ["ok"]:
                shown = "; ".join(problems[:3])
                return CheckResult(False, f"{path} is damaged: {shown}")
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            missing = REQUIRED_TABLES - tables
            if missing or "alembic_version" not in tables:
                return CheckResult(False, f"{path} is not a crmdesk database")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    # A damaged file can surface as a decode error, not only as DatabaseError.
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return CheckResult(False, f"{path} is not a usable database: {exc}")
    if revision is None or revision[0] != HEAD:
        found = revision[0] if revision else "none"
        return CheckResult(
            True, f"{path} is sound (schema {found}; this version upgrades it to {HEAD})"
        )
    return CheckResult(True, f"{path} is sound")
