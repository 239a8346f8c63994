"""The activity list's filters: date range, channel, owner, customer and outcome. Each
change is reported as (filter name, value)."""

from PySide6.QtWidgets import QWidget

from crmdesk.core.enums import Channel
from crmdesk.ui.widgets.field_editors import (
    ChoiceEditor,
    DateEditor,
    FieldEditor,
    OwnerEditor,
    TextEditor,
)
from crmdesk.ui.widgets.filter_bar import FilterBar


class ActivityFilterBar(FilterBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        editors: dict[str, FieldEditor] = {
            "from": DateEditor(),
            "to": DateEditor(),
            "channel": ChoiceEditor(Channel),
            "owner_id": OwnerEditor(),
            "customer": TextEditor(),
            "outcome": TextEditor(),
        }
        hints = {
            "from": self.tr("From"),
            "to": self.tr("To"),
            "channel": self.tr("Channel"),
            "owner_id": self.tr("Owner"),
            "customer": self.tr("Customer code or name"),
            "outcome": self.tr("Outcome contains"),
        }
        self.lay_out(editors, hints)
