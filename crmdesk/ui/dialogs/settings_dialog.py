"""Preferences: interface language and which database to open."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.paths import default_database
from crmdesk.settings import UserSettings


class SettingsDialog(QDialog):
    def __init__(self, current: UserSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))

        self.database = QLineEdit(current.database)
        self.database.setObjectName("database")
        self.database.setPlaceholderText(str(default_database()))
        self.database.setToolTip(
            self.tr(
                "A database file, or a server address such as "
                "postgresql+psycopg://user@server/crm for a team. Empty: the default file."
            )
        )
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database, 1)
        database_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Database:"), database_row)
        note = QLabel(self.tr("Changes take effect the next time crmdesk starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def chosen(self, current: UserSettings) -> UserSettings:
        return current.with_changes(
            language=self.language.currentData(), database=self.database.text().strip()
        )

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose or create a database file"),
            self.database.text() or str(default_database()),
            self.tr("crmdesk database (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database.setText(path)
