"""The day's work through the real widgets: a call logged by keyboard only, follow-ups
scheduled, snoozed, reassigned and completed from the workbench, reminders shown once.
The clock is fixed at 2026-03-15 10:30 (tests/conftest.py) unless a test moves it."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crmdesk.core.activity import Activity
from crmdesk.core.customer import Customer
from crmdesk.core.enums import Tier
from crmdesk.core.listing import ListQuery
from crmdesk.services.app_services import open_services
from crmdesk.ui.dialogs.quick_log_dialog import QuickLogDialog
from crmdesk.ui.reminders import FollowUpReminders
from tests.conftest import FIXED_NOW


def open_quick_log(qtbot, main_window) -> QuickLogDialog:
    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.findChild(QuickLogDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def typed_save(qtbot, dialog: QuickLogDialog, subject: str):
    qtbot.waitUntil(lambda: dialog.editor.subject.widget.hasFocus(), timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), subject)
    with qtbot.waitSignal(dialog.logged, timeout=10_000) as logged:
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    return logged.args[0].value


def test_a_call_is_logged_by_keyboard_only(qtbot, main_window, services):
    known = services.customers.create(
        Customer(name="王芳", mobile="13912345678", tier_override=Tier.MAJOR)
    ).value
    services.customers.create(Customer(name="李雷", mobile="13800001111"))
    dialog = open_quick_log(qtbot, main_window)
    qtbot.waitUntil(dialog.lookup.hasFocus, timeout=5000)
    qtbot.keyClicks(dialog.lookup, "2345")
    qtbot.waitUntil(lambda: dialog.match_model.rowCount() == 2, timeout=5000)  # + "new"
    assert "王芳" in dialog.match_model.stringList()[0]
    qtbot.keyClick(dialog.lookup, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.match_view, Qt.Key.Key_Return)
    logged = typed_save(qtbot, dialog, "Asked for the new price list")
    assert logged.customer_id == known.id
    assert logged.subject == "Asked for the new price list"
    # Never contacted before: the first step of the series, tomorrow.
    assert logged.next_follow_up == date(2026, 3, 16)
    assert services.activities.get(logged.id).occurred_at == FIXED_NOW.replace(second=0)


def test_an_unknown_caller_gets_a_new_file_on_the_spot(qtbot, main_window, services):
    dialog = open_quick_log(qtbot, main_window)
    qtbot.keyClicks(dialog.lookup, "13700002222")
    qtbot.keyClick(dialog.lookup, Qt.Key.Key_Return)  # looks up at once
    qtbot.waitUntil(lambda: dialog.match_model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(dialog.lookup, Qt.Key.Key_Return)  # the only row: a new customer
    assert dialog.new_name.hasFocus() and dialog.new_phone.text() == "13700002222"
    dialog.new_name.setText("赵敏")  # Chinese goes through setText (pitfalls.md)
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.new_phone, Qt.Key.Key_Return)
    logged = typed_save(qtbot, dialog, "First call")
    created = services.customers.get(logged.customer_id)
    assert (created.name, created.mobile) == ("赵敏", "+8613700002222")
    assert services.customers.count(ListQuery()) == 1


def test_a_bad_note_opens_no_file(qtbot, main_window, services, no_modal_message_boxes):
    dialog = open_quick_log(qtbot, main_window)
    qtbot.keyClicks(dialog.lookup, "13700002222")
    dialog.search_now()
    qtbot.waitUntil(lambda: dialog.match_model.rowCount() == 1, timeout=5000)
    dialog.choose(0)
    dialog.new_name.setText("赵敏")
    dialog.save()  # no subject
    qtbot.waitUntil(lambda: dialog.editor.error.isVisibleTo(dialog), timeout=5000)
    assert "subject" in dialog.editor.error.text()
    assert services.customers.count(ListQuery()) == 0


@pytest.fixture
def workbench(qtbot, main_window):
    main_window.show_page("workbench")
    page = main_window.pages["workbench"].widget

    def reload():
        # Answers to loads made before the test's data arrive first; let them land.
        main_window.worker.wait_until_idle()
        QApplication.processEvents()
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.refresh()

    page.reload_for_test = reload
    return page


def follow_up(services, name, due: date, at=datetime(2026, 3, 1, 9)):
    customer = services.customers.create(Customer(name=name)).value
    services.activities.log(
        Activity(customer_id=customer.id, subject=f"约{name}", occurred_at=at, next_follow_up=due)
    )
    return customer


def test_follow_ups_are_snoozed_reassigned_and_completed(qtbot, main_window, services, workbench):
    follow_up(services, "逾期", date(2026, 3, 12))
    today = follow_up(services, "今天", date(2026, 3, 15))
    follow_up(services, "明天", date(2026, 3, 16))
    workbench.reload_for_test()
    model = workbench.follow_ups
    assert [(r.customer, model.data(model.index(i, 0))) for i, r in enumerate(model.records())] == [
        ("逾期", "3 day(s) overdue"),
        ("今天", "Today"),
    ]
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is not None
    assert "2" in workbench.boxes["followUps"].title()

    view = workbench.views["followUps"]
    view.selectRow(0)
    with qtbot.waitSignal(main_window.bus.changed, timeout=5000):
        workbench.snooze_menu.actions()[0].trigger()  # one day: tomorrow
    qtbot.waitUntil(lambda: [r.customer for r in model.records()] == ["今天"], timeout=5000)

    with services.context.db.write() as session:
        from crmdesk.storage.users import ensure_user

        ensure_user(session, "colleague", "同事")
    with qtbot.waitSignal(workbench.loaded, timeout=5000):
        workbench._worker.submit(services.customers.owners, workbench._owners_arrived)
        workbench.refresh()
    view.selectRow(0)
    colleague = next(a for a in workbench.reassign_menu.actions() if a.text() == "同事")
    with qtbot.waitSignal(main_window.bus.changed, timeout=5000):
        colleague.trigger()
    workbench.scope.setCurrentIndex(1)  # everyone's: a colleague's follow-up shows there
    qtbot.waitUntil(lambda: [r.assignee for r in model.records()] == ["同事"], timeout=5000)

    view.selectRow(0)
    workbench.complete_selected()
    dialog = main_window.findChild(QuickLogDialog)
    qtbot.waitUntil(lambda: dialog.completes_box.isVisible(), timeout=5000)
    assert dialog.completes_box.isChecked() and "今天" in dialog.chosen.text()
    typed_save(qtbot, dialog, "Called back")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5000)
    # The old follow-up is done; the call just logged set the next one.
    (following,) = services.follow_ups.of_customer(today.id)
    assert (following.subject, following.due_on) == ("Called back", date(2026, 3, 16))


def test_workbench_lists_quiet_customers_prospects_and_birthdays(
    qtbot, main_window, services, workbench
):
    vip = services.customers.create(Customer(name="要客", tier_override=Tier.VIP)).value
    services.activities.log(
        Activity(customer_id=vip.id, subject="拜访", occurred_at=datetime(2026, 2, 1, 9))
    )
    keen = services.customers.create(Customer(name="热心")).value
    for day in range(1, 13):
        services.activities.log(
            Activity(customer_id=keen.id, subject="电话", occurred_at=datetime(2026, 3, day, 9))
        )
    services.customers.create(Customer(name="寿星", birthday=date(1990, 3, 20)))
    workbench.reload_for_test()
    assert [q.name for q in workbench.quiet.records()] == ["要客"]
    assert [p.name for p in workbench.to_pause.records()] == ["热心"]
    assert [b.person for b in workbench.birthdays.records()] == ["寿星"]
    opened = []
    workbench.open_customer.connect(opened.append)
    view = workbench.views["quiet"]
    view.activated.emit(workbench.quiet.index(0, 0))
    assert opened == [vip.id]


def test_reminders_are_shown_once_each_as_follow_ups_fall_due(qtbot, worker, database_target):
    now = [datetime(2026, 3, 15, 8, 0)]
    services = open_services(database_target, username="tester", clock=lambda: now[0])
    try:
        follow_up(services, "今天", date(2026, 3, 15))
        follow_up(services, "明天", date(2026, 3, 16))
        reminders = FollowUpReminders(services.follow_ups, worker)
        shown: list[str] = []
        reminders.shown.connect(lambda title, _text: shown.append(title))
        reminders.check_now()
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
        reminders.check_now()
        worker.wait_until_idle()
        now[0] = datetime(2026, 3, 16, 9, 0)
        reminders.check_now()
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
        reminders.check_now()
        worker.wait_until_idle()
        qtbot.wait(50)
        assert shown == ["Follow-up due: 今天", "Follow-up due: 明天"]
    finally:
        worker.wait_until_idle()
        services.close()
