"""The complaint list's filters: status, level, category, handler, overdue only and
customer. Each change is reported as (filter name, value)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from crmdesk.core.enums import ComplaintLevel, ComplaintStatus
from crmdesk.ui.labels import category_label
from crmdesk.ui.widgets.field_editors import (
    ChoiceEditor,
    FieldEditor,
    FlagEditor,
    OwnerEditor,
    TextEditor,
    add_filter_editors,
)


class CategoryEditor(FieldEditor):
    """The database's complaint categories, filled once they arrive."""

    def __init__(self):
        widget = QComboBox()
        widget.addItem("", None)
        super().__init__(widget, widget.currentIndexChanged)

    def set_choices(self, categories: tuple[str, ...]) -> None:
        for category in categories:
            self.widget.addItem(category_label(category), category)

    def value(self):
        return self.widget.currentData()

    def set_value(self, value) -> None:
        self.widget.setCurrentIndex(max(self.widget.findData(value), 0))


class ComplaintFilterBar(QWidget):
    changed = Signal(str, object)  # filter name, value (None: no filter)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editors: dict[str, FieldEditor] = {
            "status": ChoiceEditor(ComplaintStatus),
            "level": ChoiceEditor(ComplaintLevel),
            "category": CategoryEditor(),
            "handler_id": OwnerEditor(),
            "customer": TextEditor(),
            "overdue": FlagEditor(self.tr("Overdue only")),
        }
        hints = {
            "status": self.tr("Handling"),
            "level": self.tr("Level"),
            "category": self.tr("Category"),
            "handler_id": self.tr("Handler"),
            "customer": self.tr("Customer code or name"),
            "overdue": self.tr("A deadline has passed"),
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        add_filter_editors(layout, self.editors, hints, self._report)
        clear = QPushButton(self.tr("Clear"))
        clear.setToolTip(self.tr("Remove every filter"))
        clear.clicked.connect(self.clear)
        layout.addWidget(clear)

    def set_choices(self, users, categories: tuple[str, ...]) -> None:
        handler = self.editors["handler_id"]
        assert isinstance(handler, OwnerEditor)
        handler.set_choices([(user.id, user.display_name) for user in users])
        category = self.editors["category"]
        assert isinstance(category, CategoryEditor)
        category.set_choices(categories)

    def clear(self) -> None:
        for name, editor in self.editors.items():
            editor.set_value(None)
            self._report(name)

    def _report(self, name: str) -> None:
        value = self.editors[name].value()
        self.changed.emit(name, value or None)  # an unticked "overdue" is no filter
