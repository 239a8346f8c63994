"""The sign-in window shown before the main window when sign-in is on."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.errors import SignInRequired
from crmdesk.services.app_services import Services
from crmdesk.ui.icons import icon
from crmdesk.ui.sla_tones import RED
from crmdesk.ui.theme import readable

Attempt = Callable[[str, str], Services]


class SignInDialog(QDialog):
    """Tries ``attempt(user name, password)`` until it gives the services or the user
    cancels; says why each try failed, and how long to wait after repeated failures."""

    def __init__(self, attempt: Attempt, username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._attempt = attempt
        self.services: Services | None = None
        self.setWindowTitle(self.tr("Sign in to crmdesk"))
        self.setWindowIcon(icon("crmdesk"))
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {readable(RED).name()};")
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This database asks everyone to sign in."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()
        self.setMinimumWidth(380)

    def accept(self) -> None:
        try:
            self.services = self._attempt(self.username.text().strip(), self.password.text())
        except SignInRequired as refused:
            self.password.clear()
            self.password.setFocus()
            self.message.setText(self.explain(refused))
            return
        super().accept()

    def explain(self, refused: SignInRequired) -> str:
        if refused.wait_seconds:
            return self.tr(
                "Too many failed attempts. Try again in %n second(s).", "", refused.wait_seconds
            )
        return self.tr("Wrong user name or password.")
