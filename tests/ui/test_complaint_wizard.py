"""Complaints through the real wizard: one taken through all four steps, one rejected
as not standing, one saved midway and resumed; opened from a customer file, the quick
call log and the Complaints page. The clock is fixed at 2026-03-15 10:30."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog, QWizard

from crmdesk.core.customer import Customer
from crmdesk.core.enums import Compensation, ComplaintStatus
from crmdesk.core.listing import ListQuery
from crmdesk.ui.dialogs.quick_log_dialog import QuickLogDialog
from crmdesk.ui.wizards.complaint_wizard import ComplaintWizard


@pytest.fixture
def customer(services):
    return services.customers.create(Customer(name="赵六", mobile="13911112222")).value


def wizard_of(qtbot, main_window) -> ComplaintWizard:
    qtbot.waitUntil(lambda: main_window.findChild(ComplaintWizard) is not None, timeout=5000)
    wizard = main_window.findChild(ComplaintWizard)
    qtbot.waitUntil(wizard.isVisible, timeout=5000)
    return wizard


def press(qtbot, wizard: ComplaintWizard, button: QWizard.WizardButton, then_page: int | None):
    """Click a wizard button and wait for its save to land (and the page to turn)."""
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        wizard.button(button).click()
    if then_page is not None:
        qtbot.waitUntil(lambda: wizard.currentId() == then_page, timeout=5000)


def stored(services):
    rows = services.complaints.page(ListQuery(), 0, 10)
    return [services.complaints.get(row.id) for row in rows]


def listen(wizard: ComplaintWizard, words: str = "空调不制冷，师傅三天没来") -> None:
    page = wizard.pages[1]
    page.words.widget.setPlainText(words)


def test_a_complaint_through_all_four_steps(qtbot, main_window, services, customer):
    form = main_window.open_customer(customer.id)
    qtbot.waitUntil(lambda: form.complaint_button.isEnabled(), timeout=5000)
    form.complaint_button.click()
    wizard = wizard_of(qtbot, main_window)
    assert wizard.currentId() == 1
    listen(wizard)
    press(qtbot, wizard, QWizard.WizardButton.NextButton, 2)
    (new,) = stored(services)
    assert (new.number, new.status) == ("TS2026-0001", ComplaintStatus.NEW)
    assert "TS2026-0001" in wizard.windowTitle()

    judge = wizard.pages[2]
    judge.key_points.widget.setPlainText("维修超时")
    judge.stands.yes.click()
    judge.reason.widget.setPlainText("派工记录属实")
    press(qtbot, wizard, QWizard.WizardButton.NextButton, 3)
    assert stored(services)[0].status is ComplaintStatus.INVESTIGATING

    solve = wizard.pages[3]
    solve.solution.widget.setPlainText("今天派人上门，免上门费")
    solve.compensation.set_value(Compensation.DISCOUNT)
    solve.amount.widget.setValue(50)
    solve.accepted.yes.click()
    press(qtbot, wizard, QWizard.WizardButton.NextButton, 4)
    assert stored(services)[0].status is ComplaintStatus.IN_PROGRESS

    follow = wizard.pages[4]
    follow.fixed.widget.setChecked(True)
    follow.satisfaction.setCurrentIndex(follow.satisfaction.findData(4))
    follow.findings.widget.setPlainText("旺季要多排师傅")
    press(qtbot, wizard, QWizard.WizardButton.FinishButton, None)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
    (closed,) = stored(services)
    assert closed.status is ComplaintStatus.CLOSED
    assert (closed.satisfaction, closed.findings) == (4, "旺季要多排师傅")
    assert str(closed.compensation_amount) == "50.00"
    steps = [e.step for e in services.complaints.history(closed.id) if e.step]
    assert steps == [1, 2, 3, 4]


def test_a_complaint_that_does_not_stand_ends_at_the_judgement(
    qtbot, main_window, services, customer, no_modal_message_boxes
):
    main_window.open_complaint(customer_id=customer.id)
    wizard = wizard_of(qtbot, main_window)
    listen(wizard, "说好的赠品没给")
    press(qtbot, wizard, QWizard.WizardButton.NextButton, 2)
    judge = wizard.pages[2]
    judge.stands.no.click()
    assert judge.isFinalPage()
    judge.reason.widget.setPlainText("活动已于上月结束")
    # Without the explanation to the customer it cannot be closed: told, nothing stored.
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(no_modal_message_boxes), timeout=5000)
    assert "explanation" in no_modal_message_boxes[-1]
    assert stored(services)[0].status is ComplaintStatus.NEW
    judge.explanation.widget.setPlainText("已致电说明活动期限，并致歉")
    press(qtbot, wizard, QWizard.WizardButton.FinishButton, None)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
    (rejected,) = stored(services)
    assert rejected.status is ComplaintStatus.REJECTED
    assert rejected.explanation == "已致电说明活动期限，并致歉"


def test_saved_midway_and_resumed_where_it_was_left(qtbot, main_window, services, customer):
    main_window.open_complaint(customer_id=customer.id)
    wizard = wizard_of(qtbot, main_window)
    listen(wizard)
    press(qtbot, wizard, QWizard.WizardButton.NextButton, 2)
    wizard.pages[2].key_points.widget.setPlainText("只记下了一半")
    press(qtbot, wizard, QWizard.WizardButton.CustomButton1, None)  # Save and close
    qtbot.waitUntil(lambda: main_window.findChild(ComplaintWizard) is None, timeout=5000)
    (saved,) = stored(services)
    assert (saved.step, saved.key_points) == (2, "只记下了一半")

    main_window.show_page("complaints")
    complaints = main_window.pages["complaints"].widget
    qtbot.waitUntil(lambda: complaints.model.rowCount() == 1, timeout=5000)
    complaints.view.selectRow(0)
    complaints.view.doubleClicked.emit(complaints.model.index(0, 0))
    resumed = wizard_of(qtbot, main_window)
    assert resumed.currentId() == 2
    assert resumed.pages[2].key_points.value() == "只记下了一半"
    assert resumed.pages[1].words.value() == "空调不制冷，师傅三天没来"


def test_the_quick_call_log_hands_the_callers_words_to_the_wizard(
    qtbot, main_window, services, customer
):
    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.findChild(QuickLogDialog)
    assert not dialog.complaint_button.isEnabled()
    qtbot.keyClicks(dialog.lookup, "1111")
    qtbot.waitUntil(lambda: dialog.match_model.rowCount() == 2, timeout=5000)
    dialog.choose(0)
    qtbot.waitUntil(dialog.complaint_button.isEnabled, timeout=5000)
    dialog.editor.subject.widget.setText("发票开错了")
    dialog.complaint_button.click()
    wizard = wizard_of(qtbot, main_window)
    assert wizard.pages[1].words.value() == "发票开错了"
    assert "赵六" in wizard.windowTitle()


def test_the_complaints_page_cancels_with_a_reason(
    qtbot, main_window, services, customer, monkeypatch
):
    from dataclasses import replace

    from crmdesk.core.complaint import Complaint

    draft = Complaint(customer_id=customer.id, customer_words="太吵")
    services.complaints.save_step(replace(draft), 1)
    main_window.show_page("complaints")
    complaints = main_window.pages["complaints"].widget
    complaints.refresh()
    qtbot.waitUntil(lambda: complaints.model.rowCount() == 1, timeout=5000)
    complaints.view.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("客户撤回", True))
    complaints.ask_move(ComplaintStatus.CANCELLED)
    qtbot.waitUntil(lambda: stored(services)[0].status is ComplaintStatus.CANCELLED, timeout=5000)
    qtbot.waitUntil(
        lambda: complaints.model.data(complaints.model.index(0, 5)) == "Cancelled", timeout=5000
    )


def test_the_workbench_lists_complaints_due_soon_and_opens_them(
    qtbot, main_window, services, customer
):
    from datetime import timedelta

    from crmdesk.core.complaint import Complaint
    from crmdesk.core.enums import ComplaintLevel
    from crmdesk.ui.sla_tones import RED
    from tests.conftest import FIXED_NOW

    late = Complaint(
        customer_id=customer.id,
        customer_words="没人回电话",
        level=ComplaintLevel.MAJOR,
        received_at=FIXED_NOW - timedelta(hours=5),
    )
    stored_late = services.complaints.save_step(late, 1).value
    workbench = main_window.pages["workbench"].widget
    main_window.worker.wait_until_idle()
    workbench.refresh()
    model = workbench.complaints
    # Not the first `loaded`: one from before the complaint may still be on its way.
    qtbot.waitUntil(
        lambda: [c.number for c in model.records()] == [stored_late.number], timeout=5000
    )
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) == QColor(RED)
    assert "overdue" in model.data(model.index(0, 0))
    assert "1" in workbench.boxes["complaints"].title()
    view = workbench.views["complaints"]
    view.activated.emit(model.index(0, 1))
    wizard = wizard_of(qtbot, main_window)
    assert stored_late.number in wizard.windowTitle()


def test_statistics_of_the_listed_complaints_saved_as_a_workbook(
    qtbot, main_window, services, tmp_path
):
    import openpyxl

    services.demo.populate(1200, seed=4)
    main_window.show_page("complaints")
    complaints = main_window.pages["complaints"].widget
    complaints.refresh()
    qtbot.waitUntil(lambda: complaints.model.rowCount() > 0, timeout=10_000)
    dialog = complaints.open_statistics()
    qtbot.waitUntil(lambda: dialog.canvas is not None, timeout=20_000)
    total = services.complaints.statistics().total
    assert dialog.statistics.total == total
    assert dialog.save_book.isEnabled()
    assert f"Complaints: {total}" in dialog.summary.text()
    path = tmp_path / "stats.xlsx"
    dialog.save_workbook(path)
    book = openpyxl.load_workbook(path)
    assert book["Summary"]["B2"].value == total
    categories = [row[0] for row in book["Category"].iter_rows(min_row=2, values_only=True)]
    assert "Product quality" in categories  # the user's words, not the stored keys
    assert len(book["Chart"]._images) == 1
    dialog.save_figure(tmp_path / "stats.png")
    assert (tmp_path / "stats.png").stat().st_size > 10_000
