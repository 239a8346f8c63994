"""Copies of a live SQLite database through SQLite's online backup API, verified."""

import sqlite3
from contextlib import closing
from pathlib import Path

from crmdesk.core.errors import DomainError


class BackupError(DomainError):
    pass


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` consistently while others may be writing; the copy
    is written beside the target and renamed only once it passes an integrity check."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
        src.backup(dst)
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup of {source} failed its integrity check: {verdict}")
    partial.replace(target)
    return target
