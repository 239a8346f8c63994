"""The complaint list's filters: status, level, category, handler, overdue only and
customer. Each change is reported as (filter name, value)."""

from PySide6.QtWidgets import QComboBox, QWidget

from crmdesk.core.enums import ComplaintLevel, ComplaintStatus
from crmdesk.ui.labels import category_label
from crmdesk.ui.widgets.field_editors import (
    ChoiceEditor,
    FieldEditor,
    FlagEditor,
    OwnerEditor,
    TextEditor,
)
from crmdesk.ui.widgets.filter_bar import FilterBar


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


class ComplaintFilterBar(FilterBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        editors: dict[str, FieldEditor] = {
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
        self.lay_out(editors, hints)

    def set_choices(self, users, categories: tuple[str, ...]) -> None:
        self.set_owners(users, "handler_id")
        category = self.editors["category"]
        assert isinstance(category, CategoryEditor)
        category.set_choices(categories)
