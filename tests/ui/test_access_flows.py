"""Signing in and graded access through the real window: the sign-in dialog, what
each role's window offers, the Users dialog, sharing a customer, masked list exports."""

import pytest
from PySide6.QtCore import Qt

from crmdesk.core.enums import UserRole
from crmdesk.io.tables import read_rows
from crmdesk.services.app_services import open_services
from crmdesk.ui.dialogs.sign_in_dialog import SignInDialog
from tests.conftest import FIXED_NOW
from tests.team import PASSWORDS, build_team


@pytest.fixture
def team(services, database_target):
    built = build_team(services, database_target, lambda: FIXED_NOW)
    yield built
    built.close()


@pytest.fixture
def window_of(qtbot, team):
    """The main window as ``name`` sees it, its customer list loaded."""
    from crmdesk.app import window_settings
    from crmdesk.settings import UserSettings
    from crmdesk.ui.data_bus import DataBus
    from crmdesk.ui.main_window import MainWindow
    from crmdesk.ui.worker import DbWorker

    windows = []

    def open_as(name: str):
        window = MainWindow(
            team.sign_in(name), DbWorker(), DataBus(), window_settings(), UserSettings()
        )
        qtbot.addWidget(window)
        window.show()
        window.show_page("customers")
        customers = window.pages["customers"].widget
        with qtbot.waitSignal(customers.model.counted, timeout=5000):
            customers.model.reload()
        windows.append(window)
        return window

    yield open_as
    for window in windows:
        window.worker.wait_until_idle()


def test_the_sign_in_dialog_says_what_went_wrong_and_opens_on_the_right_password(qtbot, team):
    def attempt(name, password):
        services = open_services(team.target, username=name, password=password)
        team.opened.append(services)
        return services

    dialog = SignInDialog(attempt, "alice")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("not it")
    dialog.accept()
    assert dialog.isVisible() and dialog.services is None
    assert dialog.message.text() == "Wrong user name or password."
    assert dialog.password.text() == ""
    dialog.password.setText(PASSWORDS["alice"])
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.services.context.actor.username == "alice"


def test_a_sales_users_window_lists_their_customers_and_offers_no_export(window_of, team):
    window = window_of("alice")
    customers = window.pages["customers"].widget
    assert customers.model.rowCount() == len(team.alice_sees)
    assert "analytics" not in window.pages
    assert not window.export_action.isEnabled()
    assert not window.import_action.isEnabled()
    assert not window.access_commands.users_action.isEnabled()
    assert not customers.find_duplicates_action.isEnabled()
    assert window.new_customer_action.isEnabled()
    assert window.access_commands.share_action.isEnabled()
    who = window.statusBar().findChild(type(window._database_label), "signedInAs")
    assert who.text() == "Signed in as Alice (Sales)"


def test_a_reader_may_look_but_not_change(window_of, services):
    window = window_of("rita")
    customers = window.pages["customers"].widget
    assert customers.model.rowCount() == min(services.customers.count(customers.model.query()), 100)
    assert "analytics" in window.pages
    assert not window.new_customer_action.isEnabled()
    assert not customers.delete_action.isEnabled()
    assert not window.export_action.isEnabled()


def test_a_managers_list_export_masks_personal_columns(window_of, qtbot, tmp_path):
    window = window_of("mia")
    customers = window.pages["customers"].widget
    for key in ("phone", "email"):
        header = customers.view.horizontalHeader()
        header.setSectionHidden(customers.model.column_keys().index(key), False)
    path = tmp_path / "list.xlsx"
    with qtbot.waitSignal(customers.exported, timeout=20_000):
        customers.export_view(path)
    rows = read_rows(path, None)
    for header in ("Phone", "E-mail"):
        column = rows[0].index(header)
        shown = [row[column] for row in rows[1:] if row[column]]
        assert shown and all("***" in str(value) for value in shown)
    assert all("***" not in str(row[rows[0].index("Name")]) for row in rows[1:])


def test_an_administrator_adds_a_user_and_changes_roles(window_of, qtbot, no_modal_message_boxes):
    window = window_of("tester")
    dialog = window.access_commands.open_users()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    before = dialog.model.rowCount()
    dialog.add_user("zoe", "Zoe", UserRole.SALES, "zoe-pass-123")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == before + 1, timeout=5000)
    assert dialog.chosen().username == "zoe" and dialog.chosen().has_password
    dialog.role.setCurrentIndex(list(UserRole).index(UserRole.MANAGER))
    dialog.set_role(UserRole.MANAGER)
    qtbot.waitUntil(lambda: dialog.chosen().role is UserRole.MANAGER, timeout=5000)
    dialog.toggle_active()
    qtbot.waitUntil(lambda: not dialog.chosen().active, timeout=5000)
    assert dialog.active_button.text() == "&Enable"
    tester = [r.username for r in dialog.model.records()].index("tester")
    dialog.view.selectRow(tester)
    dialog.set_role(UserRole.SALES)
    qtbot.waitUntil(lambda: bool(no_modal_message_boxes), timeout=5000)
    assert "last administrator" in no_modal_message_boxes[-1]
    qtbot.waitUntil(lambda: dialog.chosen().role is UserRole.ADMIN, timeout=5000)


def test_a_sales_user_shares_a_customer_with_a_colleague(window_of, qtbot, team):
    window = window_of("alice")
    customers = window.pages["customers"].widget
    own = min(team.alices)
    (row,) = customers.model.rows_of({own})
    customers.view.selectRow(row)
    dialog = window.access_commands.share_selected()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    names = [dialog.model.item(r).text() for r in range(dialog.model.rowCount())]
    assert "Alice (alice)" not in names and "Bob (bob)" in names  # not the owner
    dialog.model.item(names.index("Bob (bob)")).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.accept()
    bob = team.sign_in("bob")
    assert bob.customers.get(own).id == own


def test_a_reader_sees_a_customer_file_greyed_out_without_save(window_of, qtbot, services):
    window = window_of("rita")
    customers = window.pages["customers"].widget
    form = customers.open_customer(0)
    qtbot.waitUntil(lambda: form.isEnabled() and form.windowTitle().endswith("(read only)"))
    assert not form.save_button.isEnabled() and not form.save_shortcut.isEnabled()
    assert not any(editor.widget.isEnabled() for editor in form.editors.values())
    assert not form.contacts.add_button.isEnabled()
    form.close()
