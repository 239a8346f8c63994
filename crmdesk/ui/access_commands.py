"""Who is signed in, seen from the window: File ▸ Users and Change My Password, Share
on the customer list, and commands the role may not use greyed out. The services
refuse them anyway; greying them out only spares the user a refusal."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox

from crmdesk.core.access import Access, Permission
from crmdesk.services.app_services import Services
from crmdesk.ui.dialogs.password_dialogs import PasswordDialog
from crmdesk.ui.dialogs.share_dialog import ShareDialog
from crmdesk.ui.dialogs.users_dialog import UsersDialog
from crmdesk.ui.labels import label
from crmdesk.ui.messages import error_text
from crmdesk.ui.worker import DbWorker


class AccessCommands(QObject):
    def __init__(self, services: Services, worker: DbWorker, window: QMainWindow):
        super().__init__(window)
        self._services, self._worker, self._window = services, worker, window
        self.access: Access = services.context.access

    def add_to_file_menu(self, menu: QMenu, before: QAction) -> None:
        self.users_action = QAction(self.tr("&Users…"), self)
        self.users_action.setObjectName("users")
        self.users_action.triggered.connect(self.open_users)
        self.password_action = QAction(self.tr("Change My &Password…"), self)
        self.password_action.setObjectName("changePassword")
        self.password_action.triggered.connect(self.change_password)
        self.password_action.setVisible(self.access.signed_in)
        menu.insertActions(before, [self.users_action, self.password_action])

    def add_share_to(self, page) -> None:
        """ "Share with…" on the customer list's context menu, for its current customer."""
        self._customers_page = page
        self.share_action = QAction(self.tr("&Share with…"), page)
        self.share_action.setObjectName("share")
        self.share_action.triggered.connect(self.share_selected)
        page.view.addAction(self.share_action)

    def grey_out(self, window) -> None:
        """Grey out the window's actions and buttons whose permission the role lacks
        (adding Share to the customer list first); say who is signed in (when sign-in
        is on) in the status bar."""
        customers = window.pages["customers"].widget
        self.add_share_to(customers)
        gated = {
            Permission.EDIT: [
                window.new_customer_action,
                window.quick_log_action,
                customers.delete_action,
                customers.bulk_edit_action,
                customers.bulk_edit_button,
                customers.restore_action,
                customers.restore_button,
                self.share_action,
            ],
            Permission.IMPORT: [
                window.import_action,
                window.undo_import_action,
                window.demo_action,
            ],
            Permission.EXPORT: [window.export_action],
            Permission.MERGE: [customers.find_duplicates_action, customers.duplicates_button],
            Permission.ERASE: [customers.purge_button],
            Permission.BACK_UP: [window.restore_action],
            Permission.MANAGE_USERS: [self.users_action],
        }
        for permission, controls in gated.items():
            for control in controls:
                control.setEnabled(self.access.allows(permission))
        if self.access.signed_in:
            user = self._services.users.me
            who = QLabel(
                self.tr("Signed in as %1 (%2)")
                .replace("%1", user.display_name)
                .replace("%2", label(self.access.role))
            )
            who.setObjectName("signedInAs")
            self._window.statusBar().addPermanentWidget(who)

    def open_users(self) -> UsersDialog:
        dialog = UsersDialog(self._services, self._worker, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def change_password(self) -> PasswordDialog:
        dialog = PasswordDialog(
            self.tr("Change My Password"), ask_current=True, parent=self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._change_password(dialog.current.text(), dialog.password.text())
        )
        dialog.open()
        return dialog

    def _change_password(self, current: str, new: str) -> None:
        self._worker.submit(
            lambda: self._services.users.change_my_password(current, new),
            lambda _: self._window.statusBar().showMessage(self.tr("Password changed."), 8000),
            lambda error: QMessageBox.warning(
                self._window, self.tr("Password not changed"), error_text(error)
            ),
        )

    def share_selected(self) -> ShareDialog | None:
        ids = self._customers_page.selected_ids()
        if len(ids) != 1:
            return None
        dialog = ShareDialog(self._services, self._worker, ids[0], self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
