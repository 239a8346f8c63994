"""Merge two files of the same customer: choose which file stays and, field by field,
whose value it keeps. Contacts, activities and sales of both end up on the one kept;
the other goes to the bin. Edit ▸ Undo takes the merge back."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.customer import Customer
from crmdesk.core.merge import differing_fields
from crmdesk.ui.dialogs.customer_fields import display_value, field_label


class MergeDialog(QDialog):
    merge_requested = Signal(int, int, dict)  # survivor id, absorbed id, field → take other's

    def __init__(self, first: Customer, second: Customer, owners: dict[int, str], parent=None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge customers"))
        self._files, self._owners = (first, second), owners
        self.keep_buttons = QButtonGroup(self)
        header = QGridLayout()
        header.addWidget(QLabel(self.tr("Keep this file:")), 0, 0)
        for column, customer in enumerate(self._files, start=1):
            button = QRadioButton(f"{customer.code}  {customer.name}")
            button.setObjectName(f"keep_{column - 1}")
            self.keep_buttons.addButton(button, column - 1)
            header.addWidget(button, 0, column)
        self.keep_buttons.button(0).setChecked(True)
        self.keep_buttons.idToggled.connect(lambda _id, on: on and self._show_fields())

        self._grid_host = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        self.value_buttons: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        note = QLabel(
            self.tr(
                "Contacts, activities and sales of both files stay with the file kept, "
                "tags are joined, and the other file goes to the bin. Edit ▸ Undo takes "
                "the merge back."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self._show_fields()

    def kept(self) -> tuple[Customer, Customer]:
        """(the file kept, the file merged into it)."""
        keep = self.keep_buttons.checkedId()
        return self._files[keep], self._files[1 - keep]

    def taken_fields(self) -> dict[str, bool]:
        """Field → True where the value of the file merged in was chosen."""
        return {name: other.isChecked() for name, (_, other) in self.value_buttons.items()}

    def accept(self) -> None:
        survivor, absorbed = self.kept()
        self.merge_requested.emit(survivor.id, absorbed.id, self.taken_fields())
        super().accept()

    def _show_fields(self) -> None:
        """One row per field the two files disagree on; the kept file's value is
        preselected unless it is empty."""
        survivor, absorbed = self.kept()
        old = self._grid_host.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout and its rows, to be deleted
        grid = QGridLayout(self._grid_host)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        kept = self.tr("%1 (kept)").replace("%1", survivor.code or "")
        for column, text in enumerate((self.tr("Field"), kept, absorbed.code)):
            title = QLabel(f"<b>{text}</b>")
            grid.addWidget(title, 0, column)
        self.value_buttons = {}
        fields = differing_fields(survivor, absorbed)
        for row, name in enumerate(fields, start=1):
            grid.addWidget(QLabel(field_label(name)), row, 0)
            group = QButtonGroup(self._grid_host)
            pair = []
            for column, customer in enumerate((survivor, absorbed), start=1):
                value = display_value(name, getattr(customer, name), self._owners)
                button = QRadioButton(value or self.tr("(empty)"))
                button.setObjectName(f"{name}_{column - 1}")
                group.addButton(button)
                grid.addWidget(button, row, column)
                pair.append(button)
            pair[0 if getattr(survivor, name) not in (None, "", False) else 1].setChecked(True)
            self.value_buttons[name] = (pair[0], pair[1])
        if not fields:
            grid.addWidget(
                QLabel(self.tr("The other file adds no values to this one.")), 1, 0, 1, 3
            )
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
