"""One thread for all database work, so the window never waits on the disk or a server.

Jobs run in order on a single pool thread; their results (or errors) come back to the
GUI thread through queued signals, where the callback given with the job runs.
"""

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from shiboken6 import isValid


class DbWorker(QObject):
    failed = Signal(str)  # a job without its own error handler failed: the reason

    _delivered = Signal(object, object)  # callback, value (emitted from the pool thread)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
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
        report_error = on_error or (lambda exc: self.failed.emit(str(exc)))

        def deliver(callback: Callable[[Any], None], value: Any) -> None:
            if owner is None or isValid(owner):
                callback(value)

        def run() -> None:
            try:
                result = job()
            except Exception as exc:  # handed to the GUI thread to show
                self._delivered.emit(partial(deliver, report_error), exc)
            else:
                self._delivered.emit(partial(deliver, on_done), result)

        self._pool.start(run)

    def wait_until_idle(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    @Slot(object, object)
    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)
