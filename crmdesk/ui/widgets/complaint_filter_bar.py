"""The complaint list's filters: status, level, category, handler, overdue only and
customer. Each change is reported as (filter name, value)."""

from PySide6.QtWidgets import QWidget

from crmdesk.core.enums import ComplaintLevel, ComplaintStatus
from crmdesk.ui.labels import category_label
from crmdesk.ui.widgets.field_editors import (
    ChoiceEditor,
    FieldEditor,
    FlagEditor,
    ListEditor,
    OwnerEditor,
    TextEditor,
)
from crmdesk.ui.widgets.filter_bar import FilterBar


class ComplaintFilterBar(FilterBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        editors: dict[str, FieldEditor] = {
            "status": ChoiceEditor(ComplaintStatus),
            "level": ChoiceEditor(ComplaintLevel),
            "category": ListEditor(),
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
        assert isinstance(category, ListEditor)
        category.set_choices([(category_label(c), c) for c in categories])
