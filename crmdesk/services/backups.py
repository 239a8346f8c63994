"""Automatic backups of a SQLite database, and restoring one.

Taken on close and at most every 30 minutes while data changes, before every import and
every migration; rotated (newest ten, then daily, weekly, monthly); each verified. A
server database (PostgreSQL) is the server's to back up: these do nothing there.
"""

from datetime import datetime
from pathlib import Path

from crmdesk.core.access import Permission
from crmdesk.core.backup_plan import backup_due
from crmdesk.core.errors import DomainError
from crmdesk.core.messages import Message
from crmdesk.services.context import ServiceContext
from crmdesk.storage.backup import BackupError, BackupFile, BackupFolder

__all__ = ["BackupError", "BackupFile", "BackupService"]


class BackupService:
    def __init__(self, context: ServiceContext, folder: Path | None = None):
        self._ctx = context
        db = self._db = context.db
        self._folder = BackupFolder(db.path, folder) if db.is_sqlite and db.path else None

    @property
    def available(self) -> bool:
        return self._folder is not None

    @property
    def folder(self) -> Path | None:
        return self._folder.folder if self._folder else None

    def back_up_now(self) -> BackupFile | None:
        """A backup asked for (the automatic ones need no permission: they are the
        app's own safety net)."""
        self._ctx.require(Permission.BACK_UP)
        return self.take("manual")

    def take(self, reason: str) -> BackupFile | None:
        if self._folder is None:
            return None
        taken = self._folder.take(reason, datetime.now())
        self._folder.prune()
        return taken

    def take_if_due(self) -> BackupFile | None:
        """The periodic backup: only when data changed and the last is 30 minutes old."""
        if self._folder is None:
            return None
        newest = self.backups()[:1]
        last = newest[0].written_at if newest else None
        if backup_due(last, self._folder.last_change(), datetime.now()):
            return self.take("periodic")
        return None

    def take_if_changed(self, reason: str) -> BackupFile | None:
        """On close: a backup unless nothing changed since the newest one."""
        if self._folder is None:
            return None
        newest = self.backups()[:1]
        if newest and self._folder.last_change() <= newest[0].written_at:
            return None
        return self.take(reason)

    def backups(self) -> list[BackupFile]:
        return self._folder.backups() if self._folder else []

    def restore(self, backup: Path) -> BackupFile:
        """Put ``backup`` in place of the database; returns the copy of what was there."""
        self._ctx.require(Permission.BACK_UP)
        if self._folder is None:
            raise DomainError(
                Message("Backups are kept for database files only; a server has its own.")
            )
        # Pooled connections would keep a replaced (damaged) file open: new ones follow.
        self._db.engine.dispose()
        return self._folder.restore(backup, datetime.now())
