"""Did the last session on this database file end cleanly, and is it open elsewhere?

``<db>.open`` exists while crmdesk has the file open and is removed on a clean close; an
OS lock on ``<db>.open.lock`` is held by the first process to open it and dies with it.
So a marker found while the lock is free was left by a process that crashed (or lost
power); a lock already held means another crmdesk has the file open right now, which
SQLite's locking makes safe.
"""

from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout


@dataclass(frozen=True)
class OpenState:
    unclean_exit: bool  # the last session did not close cleanly
    open_elsewhere: bool  # another crmdesk has the file open now


class OpenMarker:
    def __init__(self, database: Path):
        self._marker = database.with_name(database.name + ".open")
        self._lock = FileLock(str(self._marker) + ".lock")

    def enter(self) -> OpenState:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return OpenState(unclean_exit=False, open_elsewhere=True)
        unclean = self._marker.exists()
        self._marker.touch()
        return OpenState(unclean_exit=unclean, open_elsewhere=False)

    def leave(self) -> None:
        """A clean close: only the process holding the lock speaks for the file."""
        if self._lock.is_locked:
            self._marker.unlink(missing_ok=True)
            self._lock.release()
