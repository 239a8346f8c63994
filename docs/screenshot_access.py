"""Screenshots of sign-in and graded access (called by docs/screenshots.py): the
sign-in window, a sales user's customer list, Users, Add User, and Share."""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from crmdesk.core.enums import UserRole
from crmdesk.core.errors import SignInRequired
from crmdesk.core.listing import ListQuery
from crmdesk.services.app_services import open_services
from crmdesk.storage.models import Customer
from crmdesk.ui.dialogs.sign_in_dialog import SignInDialog

PASSWORD = "screenshot-pass"


def firm_with_sign_in(database: Path, clock: Callable[[], datetime]) -> None:
    """300 demo customers, a third of them 张伟's (sales), 李娜 a manager, sign-in on."""
    admin = open_services(database, username="admin", clock=clock)
    admin.demo.populate(300, seed=2)
    seller = admin.users.add("zhangwei", "张伟", UserRole.SALES, PASSWORD)
    admin.users.add("lina", "李娜", UserRole.MANAGER, PASSWORD)
    admin.users.add("wangfang", "王芳", UserRole.READ_ONLY, None)
    ids = sorted(row.id for row in admin.customers.page(ListQuery(), 0, 300))
    with admin.context.db.write() as session:
        session.execute(
            update(Customer).where(Customer.id.in_(ids[::3])).values(owner_id=seller.id)
        )
    admin.users.set_password(admin.context.actor.id, PASSWORD)
    admin.close()


def shoot_access(
    app: QApplication, language: str, workdir: Path, out: Path, open_window, settle, clock
) -> None:
    database = workdir / f"team-{language}.db"
    firm_with_sign_in(database, clock)

    def refuse(_name: str, _password: str):
        raise SignInRequired("wrong user name or password")

    sign_in = SignInDialog(refuse, "zhangwei")
    sign_in.password.setText("typo")
    sign_in.accept()
    sign_in.show()
    app.processEvents()
    sign_in.grab().save(str(out / f"{language}-sign-in.png"))
    sign_in.close()

    seller = open_services(database, username="zhangwei", password=PASSWORD, clock=clock)
    window = open_window(app, seller, f"sales-{language}", workdir)
    window.show_page("customers")
    settle(app, window)
    window.grab().save(str(out / f"{language}-sales-customers.png"))
    customers = window.pages["customers"].widget
    customers.view.selectRow(0)
    share = window.access_commands.share_selected()
    settle(app, window)
    share.grab().save(str(out / f"{language}-share.png"))
    share.reject()
    window.close()
    seller.close()

    admin = open_services(database, username="admin", password=PASSWORD, clock=clock)
    window = open_window(app, admin, f"admin-{language}", workdir)
    users = window.access_commands.open_users()
    settle(app, window)
    users.grab().save(str(out / f"{language}-users.png"))
    new_user = users.ask_new_user()
    settle(app, window)
    new_user.grab().save(str(out / f"{language}-add-user.png"))
    new_user.reject()
    users.reject()
    window.close()
    admin.close()
