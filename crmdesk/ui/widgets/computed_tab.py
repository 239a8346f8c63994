"""A tab whose figures are computed when it is shown: marked stale when the data
changes, computed again at once if in sight, else when next shown."""

from PySide6.QtWidgets import QWidget


class ComputedTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._stale = True

    def refresh(self) -> None:
        """Compute afresh; subclasses call this first, then start their job."""
        self._stale = False

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
