"""Edit the selected customers at once: owner, status, tier override, tags.

Only the ticked rows change; an empty owner or tier override that is ticked clears it.
"""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.edits import BulkEdit
from crmdesk.core.enums import CustomerStatus, Tier
from crmdesk.ui.widgets.field_editors import ChoiceEditor, FieldEditor, OwnerEditor, TagsEditor


class BulkEditDialog(QDialog):
    def __init__(self, count: int, owners: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bulkEdit")
        self.setWindowTitle(self.tr("Edit %n customer(s)", "", count))
        owner = OwnerEditor()
        owner.set_choices(owners)
        self.editors: dict[str, FieldEditor] = {
            "owner_id": owner,
            "status": ChoiceEditor(CustomerStatus, optional=False),
            "tier_override": ChoiceEditor(Tier),
            "add_tags": TagsEditor(),
            "remove_tags": TagsEditor(),
        }
        labels = {
            "owner_id": self.tr("Owner"),
            "status": self.tr("Status"),
            "tier_override": self.tr("Tier (manual override)"),
            "add_tags": self.tr("Add tags"),
            "remove_tags": self.tr("Remove tags"),
        }
        self.ticks: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for row, (name, editor) in enumerate(self.editors.items()):
            tick = QCheckBox(labels[name])
            tick.setObjectName(f"change_{name}")
            editor.widget.setObjectName(f"value_{name}")
            # Choosing a value means changing it: tick the row for the user.
            editor.changed.connect(lambda *_, t=tick: t.setChecked(True))
            self.ticks[name] = tick
            grid.addWidget(tick, row, 0)
            grid.addWidget(editor.widget, row, 1)
        grid.setColumnStretch(1, 1)
        note = QLabel(
            self.tr("Only ticked rows change. A ticked empty owner or tier override clears it.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def edit(self) -> BulkEdit:
        """What the user asked for; empty if nothing is ticked."""
        chosen = {n: e.value() for n, e in self.editors.items() if self.ticks[n].isChecked()}
        return BulkEdit(
            {n: v for n, v in chosen.items() if n not in {"add_tags", "remove_tags"}},
            add_tags=chosen.get("add_tags", ()),
            remove_tags=chosen.get("remove_tags", ()),
        )
