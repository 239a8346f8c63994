"""File ▸ Users (administrators): who may sign in, in which role."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.enums import UserRole
from crmdesk.services.app_services import Services
from crmdesk.services.users import UserRecord
from crmdesk.ui.dialogs.password_dialogs import NewUserDialog, PasswordDialog
from crmdesk.ui.labels import label
from crmdesk.ui.messages import error_text
from crmdesk.ui.models.records_model import RecordColumn, RecordsModel
from crmdesk.ui.widgets.hinted_views import record_table
from crmdesk.ui.worker import DbWorker

CONTEXT = "UsersDialog"


YES_NO = (QT_TRANSLATE_NOOP("UsersDialog", "No"), QT_TRANSLATE_NOOP("UsersDialog", "Yes"))


def _yes_no(value: bool) -> str:
    return QCoreApplication.translate(CONTEXT, YES_NO[value])


COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("UsersDialog", "User name"), lambda u: u.username),
    RecordColumn(QT_TRANSLATE_NOOP("UsersDialog", "Name"), lambda u: u.display_name),
    RecordColumn(QT_TRANSLATE_NOOP("UsersDialog", "Role"), lambda u: label(u.role)),
    RecordColumn(
        QT_TRANSLATE_NOOP("UsersDialog", "Can sign in"), lambda u: _yes_no(u.has_password)
    ),
    RecordColumn(QT_TRANSLATE_NOOP("UsersDialog", "Active"), lambda u: _yes_no(u.active)),
)


class UsersDialog(QDialog):
    def __init__(self, services: Services, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._users, self._worker = services.users, worker
        self.setWindowTitle(self.tr("Users"))
        intro = QLabel(
            self.tr(
                "Administrators manage users, settings and backups; managers see every "
                "customer, export and analyse; sales staff see their own customers and "
                "those shared with them; read-only users look without changing anything."
            )
        )
        intro.setWordWrap(True)
        self.model = RecordsModel(COLUMNS, CONTEXT, self)
        self.view = record_table(self.model, "users")
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_chosen())
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in UserRole:
            self.role.addItem(label(role), role)
        self.role.activated.connect(lambda _index: self.set_role(self.role.currentData()))
        add = QPushButton(self.tr("&Add User…"))
        add.clicked.connect(self.ask_new_user)
        self.password_button = QPushButton(self.tr("Set &Password…"))
        self.password_button.clicked.connect(self.ask_password)
        self.active_button = QPushButton(self.tr("&Disable"))
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self.toggle_active)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Role:")))
        row.addWidget(self.role)
        row.addStretch(1)
        for button in (add, self.password_button, self.active_button):
            row.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(680, 420)
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        def arrived(users: list[UserRecord]) -> None:
            self.model.set_records(users)
            ids = [user.id for user in users]
            self.view.selectRow(ids.index(keep) if keep in ids else 0)
            self._show_chosen()

        self._worker.submit(self._users.all, arrived, self._warn, owner=self)

    def chosen(self) -> UserRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _show_chosen(self) -> None:
        user = self.chosen()
        for widget in (self.role, self.password_button, self.active_button):
            widget.setEnabled(user is not None)
        if user is not None:
            self.role.setCurrentIndex(list(UserRole).index(user.role))
            self.active_button.setText(self.tr("&Disable") if user.active else self.tr("&Enable"))

    def ask_new_user(self) -> NewUserDialog:
        dialog = NewUserDialog(self)
        dialog.accepted.connect(
            lambda: self.add_user(
                dialog.username.text(),
                dialog.display_name.text(),
                dialog.chosen_role(),
                dialog.password.text() or None,
            )
        )
        dialog.open()
        return dialog

    def ask_password(self) -> PasswordDialog | None:
        user = self.chosen()
        if user is None:
            return None
        dialog = PasswordDialog(
            self.tr("Password for %1").replace("%1", user.username), parent=self
        )
        dialog.accepted.connect(lambda: self.set_password(user, dialog.password.text()))
        dialog.open()
        return dialog

    def add_user(self, username: str, display: str, role: UserRole, password: str | None):
        self._run(lambda: self._users.add(username, display, role, password))

    def set_role(self, role: UserRole) -> None:
        user = self.chosen()
        if user is not None and role is not user.role:
            self._run(lambda: self._users.set_role(user.id, role))

    def set_password(self, user: UserRecord, password: str) -> None:
        self._run(lambda: self._users.set_password(user.id, password))

    def toggle_active(self) -> None:
        user = self.chosen()
        if user is not None:
            self._run(lambda: self._users.set_active(user.id, not user.active))

    def _run(self, change) -> None:
        self._worker.submit(change, lambda user: self.reload(user.id), self._refused, owner=self)

    def _refused(self, error: Exception) -> None:
        self._warn(error)
        self.reload(self.chosen().id if self.chosen() else None)  # the combo shows the truth

    def _warn(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not changed"), error_text(error))
