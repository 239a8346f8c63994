"""Start-up care of a database file: was the last session closed cleanly, is another
crmdesk using it, does it sit somewhere risky, and is a full integrity check due (after
an unclean exit, and weekly)."""

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from crmdesk.core.errors import DatabaseDamaged
from crmdesk.services.context import ServiceContext
from crmdesk.storage.integrity import START_TABLES, damage_in
from crmdesk.storage.location import Risk, RiskKind, risky_location
from crmdesk.storage.open_marker import OpenMarker, OpenState

FULL_CHECK_EVERY = timedelta(days=7)
__all__ = ["DatabaseHealth", "IntegrityCheck", "QuickCheck", "Risk", "RiskKind"]


@dataclass(frozen=True)
class IntegrityCheck:
    problems: list[str]  # [] when sound
    after_unclean_exit: bool


class QuickCheck:
    """The check of every start: SQLite's quick_check of the core tables (~0.25 s at
    100 000 customers), on a thread of its own so the window builds meanwhile."""

    def __init__(self, path: Path | None):
        self._path = path
        self._problems: list[str] = []
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        path = self._path
        if path is not None and path.is_file() and path.stat().st_size > 0:
            self._problems = damage_in(path, START_TABLES)

    def problems(self) -> list[str]:
        self._thread.join()
        return self._problems

    def refuse_if_damaged(self) -> None:
        problems = self.problems()
        if problems:
            raise DatabaseDamaged(
                f"{self._path} cannot be opened: the file is damaged "
                f"({'; '.join(problems[:3])}). Restore a backup (`crmdesk restore`)."
            )


class DatabaseHealth:
    def __init__(
        self, context: ServiceContext, backup_folder: Path | None, quick_check: QuickCheck
    ):
        self.quick_check = quick_check
        db = context.db
        self._path = db.path if db.is_sqlite else None
        self._record = backup_folder / "last-full-check" if backup_folder else None
        self._marker = OpenMarker(self._path) if self._path else None
        self.state = OpenState(unclean_exit=False, open_elsewhere=False)

    def enter(self) -> OpenState:
        if self._marker is not None:
            self.state = self._marker.enter()
        return self.state

    def leave(self) -> None:
        if self._marker is not None:
            self._marker.leave()

    def risky_location(self) -> Risk | None:
        return risky_location(self._path) if self._path else None

    def full_check_due(self, now: datetime) -> bool:
        if self._path is None:
            return False
        if self.state.unclean_exit:
            return True
        try:
            last = datetime.fromisoformat(self._record.read_text().strip())
        except (OSError, ValueError):
            return True  # never checked (or the record is unreadable)
        return now - last >= FULL_CHECK_EVERY

    def check_at_start(self, now: datetime | None = None) -> IntegrityCheck | None:
        """Damage found by the quick check of this start, else the full check's
        findings when one is due; None when neither has anything to say."""
        problems = self.quick_check.problems()
        if problems:
            return IntegrityCheck(problems, self.state.unclean_exit)
        return self.check_if_due(now)

    def check_if_due(self, now: datetime | None = None) -> IntegrityCheck | None:
        """SQLite's integrity_check of the whole file when due (seconds at 100 000
        customers: run it off the GUI thread), else None."""
        now = now or datetime.now()
        if not self.full_check_due(now):
            return None
        problems = damage_in(self._path)
        if not problems:
            self._record.parent.mkdir(parents=True, exist_ok=True)
            self._record.write_text(now.isoformat(timespec="seconds"))
        return IntegrityCheck(problems, self.state.unclean_exit)
