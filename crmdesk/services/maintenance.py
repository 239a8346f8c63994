"""Checking a database without changing it, and restoring one from its backups."""

from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from crmdesk.core.errors import DomainError
from crmdesk.core.messages import Message
from crmdesk.storage import migrate, migrations
from crmdesk.storage.backup import BackupFile, BackupFolder
from crmdesk.storage.database import Database
from crmdesk.storage.integrity import CheckResult, check_sqlite_file


def check_database(target: str) -> CheckResult:
    db = Database(target)
    try:
        if db.is_sqlite and db.path is not None:
            return check_sqlite_file(db.path)
        revision = migrate.current_revision(db)
        if revision is None:
            return CheckResult(False, f"{db.display_name()} holds no crmdesk data yet")
        return CheckResult(
            True, f"{db.display_name()} is reachable (schema {revision}, current {migrations.HEAD})"
        )
    except (DomainError, SQLAlchemyError) as exc:
        return CheckResult(False, f"{db.display_name()}: {exc}".splitlines()[0])
    finally:
        db.dispose()


def backups_of(target: str) -> BackupFolder:
    """The backups of a database file, usable while the file itself cannot be opened."""
    db = Database(target)
    try:
        if not (db.is_sqlite and db.path):
            raise DomainError(
                Message("%1: backups are kept for database files only", db.display_name())
            )
        return BackupFolder(db.path)
    finally:
        db.dispose()


def restore_database(target: str, backup: Path) -> BackupFile:
    """Put ``backup`` in place of the database; returns the copy of what was there."""
    return backups_of(target).restore(backup, datetime.now())
