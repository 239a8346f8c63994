"""Asks why a customer was lost (with a note), or how it was won back."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
)

from crmdesk.core.enums import ChurnCause, ChurnOutcome
from crmdesk.ui.labels import label


class ChurnOutcomeDialog(QDialog):
    def __init__(self, outcome: ChurnOutcome, customer_name: str, parent=None):
        super().__init__(parent)
        self.outcome = outcome
        lost = outcome is ChurnOutcome.LOST
        self.setWindowTitle(self.tr("Mark lost") if lost else self.tr("Mark won back"))
        form = QFormLayout(self)
        form.addRow(QLabel(customer_name))
        self.cause = QComboBox()
        self.cause.setObjectName("churnCause")
        for cause in ChurnCause:
            self.cause.addItem(label(cause), cause)
        if lost:
            form.addRow(self.tr("Why they left:"), self.cause)
        self.note = QPlainTextEdit()
        self.note.setObjectName("churnNote")
        self.note.setPlaceholderText(
            self.tr("What happened, what was tried") if lost else self.tr("How they were won back")
        )
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_cause(self) -> ChurnCause | None:
        # Qt hands a StrEnum back as its plain string.
        return ChurnCause(self.cause.currentData()) if self.outcome is ChurnOutcome.LOST else None

    def note_text(self) -> str:
        return self.note.toPlainText()
