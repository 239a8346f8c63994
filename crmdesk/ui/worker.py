"""One thread for all database work, so the window never waits on the disk or a server.

Jobs run in order on a single pool thread; their results (or errors) come back to the
GUI thread through queued signals, where the callback given with the job runs.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot


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
    ) -> None:
        report_error = on_error or (lambda exc: self.failed.emit(str(exc)))

        def run() -> None:
            try:
                result = job()
            except Exception as exc:
                self._delivered.emit(report_error, exc)
            else:
                self._delivered.emit(on_done, result)

        self._pool.start(run)

    def wait_until_idle(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    @Slot(object, object)
    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)
