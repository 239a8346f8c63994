"""Pick a saved view of a list, save the current one under a name, delete one."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QToolButton,
    QWidget,
)

from crmdesk.core.views import VIEW_NAME_MAX, SavedView


class SavedViewsBar(QWidget):
    chosen = Signal(object)  # the SavedView to show
    save_requested = Signal(str)  # a name for the view shown now
    delete_requested = Signal(str)  # the name of the view to delete

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._views: list[SavedView] = []
        self.combo = QComboBox()
        self.combo.setObjectName("savedViews")
        self.combo.setToolTip(self.tr("Saved views: search, filters, columns and sort"))
        self.combo.setMinimumContentsLength(12)
        self.combo.activated.connect(self._activated)
        menu = QMenu(self)
        self.save_action = menu.addAction(self.tr("Save view as…"), self.ask_name)
        self.delete_action = menu.addAction(self.tr("Delete this view"), self._delete_current)
        button = QToolButton()
        button.setText(self.tr("Views"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(button)
        self.set_views([])

    def set_views(self, views: list[SavedView], current: str = "") -> None:
        self._views = list(views)
        self.combo.clear()
        self.combo.addItem(self.tr("(no saved view)"), None)
        for view in self._views:
            self.combo.addItem(view.name, view.name)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0) if current else 0)
        self.delete_action.setEnabled(bool(self.current_name()))

    def current_name(self) -> str:
        return self.combo.currentData() or ""

    def choose(self, name: str) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(name), 0))
        self._activated(self.combo.currentIndex())

    def ask_name(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save view"), self.tr("Name of this view:"), text=self.current_name()
        )
        if ok and name.strip():
            self.save_requested.emit(name.strip()[:VIEW_NAME_MAX])

    def _activated(self, index: int) -> None:
        name = self.combo.itemData(index)
        self.delete_action.setEnabled(bool(name))
        view = next((v for v in self._views if v.name == name), None)
        if view is not None:
            self.chosen.emit(view)

    def _delete_current(self) -> None:
        if self.current_name():
            self.delete_requested.emit(self.current_name())
