"""Desktop reminders for follow-ups as they fall due: checked at start and every minute,
each follow-up reminded of once (the database remembers which were shown)."""

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from crmdesk.services.follow_ups import FollowUpService
from crmdesk.ui.formatting import format_date
from crmdesk.ui.icons import icon
from crmdesk.ui.worker import DbWorker

CHECK_EVERY_MS = 60_000
# Past this many at once (the first start after a holiday), one message sums up the rest.
ONE_BY_ONE = 5


class FollowUpReminders(QObject):
    shown = Signal(str, str)  # title, message: every reminder, tray or not

    def __init__(self, follow_ups: FollowUpService, worker: DbWorker, parent=None):
        super().__init__(parent)
        self._follow_ups, self._worker = follow_ups, worker
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check_now)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("crmdesk"), self)
            self.tray.show()

    def start(self) -> None:
        self.check_now()
        self._timer.start()

    def check_now(self) -> None:
        self._worker.submit(self._follow_ups.take_reminders, self._remind, owner=self)

    def _remind(self, due: list) -> None:
        for follow_up in due[:ONE_BY_ONE]:
            self._show(
                self.tr("Follow-up due: %1").replace("%1", follow_up.customer),
                self.tr("%1 · due %2 · %3")
                .replace("%1", follow_up.subject)
                .replace("%2", format_date(follow_up.due_on))
                .replace("%3", follow_up.phone or ""),
            )
        rest = len(due) - ONE_BY_ONE
        if rest > 0:
            self._show(
                self.tr("Follow-ups due"),
                self.tr("%n more follow-up(s) are due; see the workbench.", "", rest),
            )

    def _show(self, title: str, message: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, message, icon("follow_up"))
        self.shown.emit(title, message)
