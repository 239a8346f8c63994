"""Asking for passwords: a new user, a new password (typed twice), one's own change."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.enums import UserRole
from crmdesk.core.sign_in import MIN_PASSWORD_LENGTH
from crmdesk.ui.labels import label


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordDialog(QDialog):
    """A new password typed twice; with ``ask_current``, the present one first. Extra
    rows (a new user's name and role) are added by subclasses through ``form``."""

    def __init__(self, title: str, ask_current: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.current = _password_field("currentPassword") if ask_current else None
        if self.current is not None:
            self.form.addRow(self.tr("&Current password:"), self.current)
        self.password = _password_field("newPassword")
        self.repeated = _password_field("repeatedPassword")
        self.form.addRow(self.tr("&New password:"), self.password)
        self.form.addRow(self.tr("&Repeat it:"), self.repeated)
        self.message = QLabel(
            QCoreApplication.translate(
                "PasswordDialog", "At least %n characters.", "", MIN_PASSWORD_LENGTH
            )
        )
        self.message.setObjectName("passwordMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)

    def problem(self) -> str:
        """Why the fields cannot be taken as they are; empty when they can. (Translated
        in this class's context: PySide's tr() would look a subclass's up instead.)"""
        if not self.password.text() and self.password_optional():
            return ""
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return QCoreApplication.translate(
                "PasswordDialog",
                "A password needs at least %n characters.",
                "",
                MIN_PASSWORD_LENGTH,
            )
        if self.password.text() != self.repeated.text():
            return QCoreApplication.translate("PasswordDialog", "The two passwords differ.")
        return ""

    def password_optional(self) -> bool:
        return False

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        super().accept()


class NewUserDialog(PasswordDialog):
    """A user name, the name shown, a role, and a password (none: they own customers
    but cannot sign in)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent=parent)
        self.setWindowTitle(self.tr("Add User"))
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("newDisplayName")
        self.role = QComboBox()
        self.role.setObjectName("newRole")
        for role in UserRole:
            self.role.addItem(label(role), role)
        self.role.setCurrentIndex(list(UserRole).index(UserRole.SALES))
        self.form.insertRow(0, self.tr("&User name:"), self.username)
        self.form.insertRow(1, self.tr("&Name shown:"), self.display_name)
        self.form.insertRow(2, self.tr("R&ole:"), self.role)
        self.message.setText(
            self.tr(
                "Without a password the user owns customers but cannot sign in. An "
                "administrator with a password turns sign-in on for everyone."
            )
        )

    def password_optional(self) -> bool:
        return True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.username.setFocus()

    def problem(self) -> str:
        if not self.username.text().strip():
            return self.tr("Give the user a name to sign in with.")
        return super().problem()

    def chosen_role(self) -> UserRole:
        return self.role.currentData()
