"""Copies of a live SQLite database through SQLite's online backup API, each verified,
kept in a folder beside the database and rotated (core.backup_plan)."""

import re
import shutil
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crmdesk.core.backup_plan import DEFAULT_RETENTION, Retention, backups_to_keep
from crmdesk.core.errors import DomainError
from crmdesk.storage.integrity import check_sqlite_file

STAMP = "%Y%m%d-%H%M%S"


class BackupError(DomainError):
    pass


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` consistently while others may be writing; the copy
    is written beside the target and renamed only once it passes an integrity check."""
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        _copy_pages(source, partial)
        with closing(sqlite3.connect(partial)) as copy:
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
    except (sqlite3.Error, OSError) as error:  # a full disk, a folder not writable
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        raise BackupError(f"No backup of {source.name} in {target.parent}: {error}") from error
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup of {source} failed its integrity check: {verdict}")
    partial.replace(target)
    return target


def _copy_pages(source: Path, target: Path) -> None:
    """SQLite's online backup: a consistent copy while others may be writing."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str  # close, periodic, before-import, before-restore, before-upgrade-0008 …
    size: int
    written_at: datetime  # to the instant, where taken_at (in the name) is to the second


class BackupFolder:
    """The backups of one database file: ``<stem>-<yyyymmdd-hhmmss>-<reason>.db``."""

    def __init__(self, database: Path, folder: Path | None = None):
        self.database = database
        self.folder = folder or database.parent / "backups"
        self._name = re.compile(rf"{re.escape(database.stem)}-(\d{{8}}-\d{{6}})-([a-z0-9-]+)\.db")

    def take(self, reason: str, now: datetime) -> BackupFile:
        target = self.folder / f"{self.database.stem}-{now.strftime(STAMP)}-{reason}.db"
        backup_sqlite(self.database, target)
        return self._described(target)

    def backups(self) -> list[BackupFile]:
        """Newest first."""
        if not self.folder.is_dir():
            return []
        found = [self._described(p) for p in self.folder.iterdir() if self._name.fullmatch(p.name)]
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def prune(self, retention: Retention = DEFAULT_RETENTION) -> list[Path]:
        """Delete the backups the rotation no longer keeps; returns them."""
        backups = self.backups()
        kept = backups_to_keep((b.taken_at for b in backups), retention)
        dropped = [b.path for b in backups if b.taken_at not in kept]
        for path in dropped:
            path.unlink(missing_ok=True)
        return dropped

    def last_change(self) -> datetime:
        """When the database was last written: a commit touches the WAL, a checkpoint
        the main file."""
        files = (self.database, self.database.with_name(self.database.name + "-wal"))
        return datetime.fromtimestamp(max(f.stat().st_mtime for f in files if f.exists()))

    def restore(self, backup: Path, now: datetime) -> BackupFile:
        """Put ``backup`` back in place of the database after checking it. What was
        there is kept first: backed up when sound, copied aside as found when damaged.
        Returns that copy."""
        verdict = check_sqlite_file(backup)
        if not verdict.ok:
            raise BackupError(f"Not restored: {verdict.message}")
        if self.database.exists() and check_sqlite_file(self.database, quick=True).ok:
            kept = self.take("before-restore", now)
            # Through SQLite, so connections open elsewhere see the restored data whole.
            _copy_pages(backup, self.database)
            return kept
        return self._replace_damaged(backup, now)

    def _replace_damaged(self, backup: Path, now: datetime) -> BackupFile:
        """A damaged file cannot take a backup in: it is set aside and replaced."""
        aside = self.folder / f"{self.database.stem}-{now.strftime(STAMP)}-damaged.db"
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.database.exists():
            shutil.copy2(self.database, aside)
        partial = self.database.with_name(self.database.name + ".partial")
        shutil.copy2(backup, partial)
        for suffix in ("-wal", "-shm"):  # the damaged file's journal must not be replayed
            self.database.with_name(self.database.name + suffix).unlink(missing_ok=True)
        partial.replace(self.database)
        return self._described(aside) if aside.exists() else self._described(backup)

    def _described(self, path: Path) -> BackupFile:
        stamp, reason = self._name.fullmatch(path.name).groups()
        status = path.stat()
        taken_at = datetime.strptime(stamp, STAMP)
        return BackupFile(
            path, taken_at, reason, status.st_size, datetime.fromtimestamp(status.st_mtime)
        )
