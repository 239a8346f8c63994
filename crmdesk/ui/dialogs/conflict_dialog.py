"""Someone saved the record after you opened it: see who and when, then reload their
version or keep yours field by field. Fields only one of you changed keep that change;
nothing is overwritten without a choice."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.edit_conflict import EditConflict
from crmdesk.ui.formatting import format_datetime

RELOAD, SAVE = "reload", "save"


class ConflictDialog(QDialog):
    def __init__(
        self,
        conflict: EditConflict,
        label_of: Callable[[str], str],
        shown: Callable[[str, object], str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.conflict = conflict
        self.choice = ""
        self.setWindowTitle(self.tr("Changed by someone else"))
        when = format_datetime(conflict.changed_at) if conflict.changed_at else "—"
        intro = QLabel(
            self.tr("%1 saved this record at %2, after you opened it.")
            .replace("%1", conflict.changed_by)
            .replace("%2", when)
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.mine: dict[str, QRadioButton] = {}
        clashes = conflict.clashes()
        if clashes:
            layout.addWidget(QLabel(self.tr("You both changed these; choose what to keep:")))
            grid = QGridLayout()
            for row, clash in enumerate(clashes):
                theirs = QRadioButton(
                    self.tr("Theirs: %1").replace(
                        "%1", self._text(shown, clash.field, clash.theirs)
                    )
                )
                yours = QRadioButton(
                    self.tr("Yours: %1").replace("%1", self._text(shown, clash.field, clash.yours))
                )
                theirs.setChecked(True)  # nothing of theirs is lost unless chosen
                group = QButtonGroup(self)
                group.addButton(theirs)
                group.addButton(yours)
                grid.addWidget(QLabel(label_of(clash.field)), row, 0)
                grid.addWidget(theirs, row, 1)
                grid.addWidget(yours, row, 2)
                self.mine[clash.field] = yours
            layout.addLayout(grid)
        note = QLabel(
            self.tr(
                "Everything else either of you changed is kept. Save to store the "
                "result, or reload their version and drop your edits."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("&Save with these choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reload_button = buttons.addButton(
            self.tr("&Reload their version"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.save_button.clicked.connect(lambda: self._close_with(SAVE))
        self.reload_button.clicked.connect(lambda: self._close_with(RELOAD))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _text(self, shown, field: str, value) -> str:
        return shown(field, value) or self.tr("(empty)")

    def keep_mine(self) -> set[str]:
        return {field for field, button in self.mine.items() if button.isChecked()}

    def resolved(self):
        return self.conflict.resolved(self.keep_mine())

    def _close_with(self, choice: str) -> None:
        self.choice = choice
        self.accept()
