"""The activity list's filters: date range, channel, owner, customer and outcome. Each
change is reported as (filter name, value)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from crmdesk.core.enums import Channel
from crmdesk.ui.widgets.field_editors import (
    ChoiceEditor,
    DateEditor,
    FieldEditor,
    OwnerEditor,
    TextEditor,
    add_filter_editors,
)


class ActivityFilterBar(QWidget):
    changed = Signal(str, object)  # filter name, value (None: no filter)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editors: dict[str, FieldEditor] = {
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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        add_filter_editors(layout, self.editors, hints, self._report)
        clear = QPushButton(self.tr("Clear"))
        clear.setToolTip(self.tr("Remove every filter"))
        clear.clicked.connect(self.clear)
        layout.addWidget(clear)

    def set_owners(self, users) -> None:
        owner = self.editors["owner_id"]
        assert isinstance(owner, OwnerEditor)
        owner.set_choices([(user.id, user.display_name) for user in users])

    def clear(self) -> None:
        for name, editor in self.editors.items():
            editor.set_value(None)
            self._report(name)

    def _report(self, name: str) -> None:
        self.changed.emit(name, self.editors[name].value())
