"""Run a long database job off the GUI thread with a progress dialog and Cancel."""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from crmdesk.core.errors import Cancelled
from crmdesk.ui.worker import DbWorker

# job(progress, cancelled) → result; progress(done, total) is called on the worker thread.
Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    moved = Signal(int, int)


def run_with_progress(
    parent: QWidget,
    worker: DbWorker,
    title: str,
    job: Job,
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> QProgressDialog:
    dialog = QProgressDialog(parent)  # Qt's own translated Cancel button
    dialog.setLabelText(title)
    dialog.setRange(0, 0)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    cancel = threading.Event()
    dialog.canceled.connect(cancel.set)
    relay = _ProgressRelay(dialog)
    relay.moved.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))

    def finished(result: Any) -> None:
        dialog.close()
        on_done(result)

    def failed(exc: Exception) -> None:
        dialog.close()
        if not isinstance(exc, Cancelled):
            on_error(exc)

    worker.submit(lambda: job(relay.moved.emit, cancel.is_set), finished, failed)
    return dialog
