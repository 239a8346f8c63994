"""One thread for all database work, so the window never waits on the disk or a server.

Jobs run in order on a single pool thread; their results (or errors) come back to the
GUI thread through queued signals, where the callback given with the job runs.
"""

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from shiboken6 import isValid

from crmdesk.ui.messages import error_text


class DbWorker(QObject):
    failed = Signal(str)  # a job without its own error handler failed: the reason

    _delivered = Signal(int, object)  # job key, result or exception (from the pool thread)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._keys = itertools.count()
        self._pending: dict[int, tuple] = {}  # key → (job, on_done, on_error, owner)
        self._delivered.connect(self._deliver)

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``job`` on the DB thread, then ``on_done(result)`` on the GUI thread.

        With an ``owner``, the answer is dropped if the owner (a form, a model) was
        closed and deleted while the job ran.
        """
        key = next(self._keys)
        self._pending[key] = (job, on_done, on_error, owner)

        def run() -> None:
            work = self._pending[key][0]
            try:
                answer: Any = work()
            except Exception as exc:  # handed to the GUI thread to show
                answer = exc.with_traceback(None)  # its frames hold what the job captured
            # The GUI thread drops the job: a Qt wrapper it captured (a progress relay,
            # a dialog) must never be freed on this thread. Freeing one here disconnects
            # its signals, which needs the GIL while holding a Qt lock the GUI thread
            # may be waiting for: a deadlock seen with QProgressDialog.close().
            del work
            self._delivered.emit(key, answer)

        self._pool.start(run)

    @Slot(int, object)
    def _deliver(self, key: int, answer: Any) -> None:
        _job, on_done, on_error, owner = self._pending.pop(key)
        if owner is not None and not isValid(owner):
            return
        if not isinstance(answer, Exception):
            on_done(answer)
        elif on_error is not None:
            on_error(answer)
        else:
            self.failed.emit(error_text(answer))

    def wait_until_idle(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
