"""The app-wide "data changed" signal every view refreshes from."""

from PySide6.QtCore import QObject, Signal

from crmdesk.core.changes import ChangeSet


class DataBus(QObject):
    changed = Signal(object)  # ChangeSet

    def publish(self, changes: ChangeSet) -> None:
        if changes:
            self.changed.emit(changes)
