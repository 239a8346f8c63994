"""Sales opportunities through the real widgets: opened on a customer file (a prospect
without MAN is flagged), moved on the pipeline board by keyboard and by drag and drop,
won (the sale recorded, the prospect a customer) and lost (the reason asked)."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from crmdesk.core.customer import Customer
from crmdesk.core.enums import CustomerStatus
from crmdesk.core.opportunity import Opportunity
from crmdesk.ui.dialogs.opportunity_dialog import OpportunityDialog
from crmdesk.ui.formatting import format_money


def prospect(services, **fields) -> int:
    return services.customers.create(Customer(name="星河贸易", man_money=True, **fields)).value.id


def deal(services, customer_id: int, **fields) -> Opportunity:
    given = {"title": "服务器扩容", "amount": Decimal("80000"), "expected_close": date(2026, 4, 30)}
    return services.opportunities.save(
        Opportunity(customer_id=customer_id, **{**given, **fields})
    ).value


def opportunities_tab(qtbot, page, customer_id):
    form = page.open_file(customer_id)
    qtbot.waitUntil(lambda: form.isEnabled() and form.customer_id() == customer_id, timeout=5000)
    form.tabs.setCurrentWidget(form.opportunities)
    return form, form.opportunities


def test_a_deal_opened_on_the_file_flags_the_unqualified_prospect(qtbot, page, services):
    customer_id = prospect(services)
    _form, panel = opportunities_tab(qtbot, page, customer_id)
    qtbot.waitUntil(lambda: "MAN lacks AN" in panel.qualification.text(), timeout=5000)
    panel.new_button.click()
    dialog = panel.findChild(OpportunityDialog)
    qtbot.waitUntil(lambda: dialog.stage.count() == 4 and dialog.warning.isVisible(), timeout=5000)
    assert "Authority, Need" in dialog.warning.text()
    dialog.title.widget.setText("年度框架采购")
    dialog.amount.widget.setValue(120000)
    dialog.stage.setCurrentIndex(dialog.stage.findData("proposal"))
    dialog.save()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    stored = panel.model.record(0)
    assert (stored.number, stored.stage, stored.amount) == (
        "SJ2026-0001",
        "proposal",
        Decimal("120000.00"),
    )
    assert panel.model.data(panel.model.index(0, 4)) == "50%"


def test_a_deal_without_a_title_keeps_the_form_open_saying_why(
    qtbot, page, services, no_modal_message_boxes
):
    _form, panel = opportunities_tab(qtbot, page, prospect(services))
    panel.new_button.click()
    dialog = panel.findChild(OpportunityDialog)
    qtbot.waitUntil(lambda: dialog.stage.count() == 4, timeout=5000)
    dialog.save()
    qtbot.waitUntil(lambda: bool(no_modal_message_boxes), timeout=5000)
    assert "title" in no_modal_message_boxes[-1]
    assert dialog.isVisible() and services.opportunities.of_customer(panel._customer[0]) == []


def board_of(qtbot, main_window):
    main_window.show_page("pipeline")
    page = main_window.pages["pipeline"].widget
    qtbot.waitUntil(lambda: len(page.board.columns) == 6, timeout=5000)
    return page, page.board


def cards(board, code: str) -> list[str]:
    model = board.column_of(code).model
    return [model.card(row).title for row in range(model.rowCount())]


def test_the_board_moves_a_deal_by_keyboard_and_by_drag(qtbot, main_window, services):
    customer_id = prospect(services, man_authority=True, man_need=True)
    opened = deal(services, customer_id)
    deal(services, customer_id, title="打印机", stage="needs", amount=Decimal("10000"))
    page, board = board_of(qtbot, main_window)
    page.model.reload()
    qtbot.waitUntil(lambda: cards(board, "initial") == ["服务器扩容"], timeout=5000)
    assert "Weighted " + format_money(Decimal(3000)) in board.column_of("needs").header.text()
    assert board.select(opened.id)
    QTest.keyClick(
        board.column_of("initial").view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: cards(board, "needs") == ["服务器扩容", "打印机"], timeout=5000)
    assert board.selected()[1] == opened.id  # the card keeps the focus in its new column
    assert (
        "Weighted " + format_money(Decimal(27000)) in board.column_of("needs").header.text()
    )  # 24 000 + 3 000

    source = board.column_of("needs").model
    dragged = source.mimeData([source.index(source.row_of(opened.id))])
    target = board.column_of("negotiation").model
    assert not target.dropMimeData(
        dragged, Qt.DropAction.MoveAction, -1, 0, target.index(0).parent()
    )
    qtbot.waitUntil(lambda: cards(board, "negotiation") == ["服务器扩容"], timeout=5000)
    history = [c.to_stage for c in services.opportunities.history(opened.id)]
    assert history == ["initial", "needs", "negotiation"]


def test_winning_on_the_file_records_the_sale_and_makes_a_customer(
    qtbot, page, services, monkeypatch
):
    customer_id = prospect(services)
    deal(services, customer_id, product="服务器")
    form, panel = opportunities_tab(qtbot, page, customer_id)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    panel.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.won_button.click()
    qtbot.waitUntil(
        lambda: panel.model.rowCount() == 1 and panel.model.record(0).stage == "won", timeout=5000
    )
    qtbot.waitUntil(
        lambda: form.editors["status"].value() == CustomerStatus.FIRST_TIME, timeout=5000
    )
    (sale,) = services.customers.sales(customer_id)
    assert (sale.amount, sale.product) == (Decimal("80000.00"), "服务器")
    qtbot.waitUntil(lambda: form.sales.model.rowCount() == 1, timeout=5000)


def test_losing_asks_why_and_a_cancelled_question_changes_nothing(
    qtbot, page, services, monkeypatch
):
    customer_id = prospect(services)
    opened = deal(services, customer_id)
    _form, panel = opportunities_tab(qtbot, page, customer_id)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    panel.view.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    panel.lost_button.click()
    panel._worker.wait_until_idle()
    assert services.opportunities.get(opened.id).stage == "initial"
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda *a, **k: asked.append(a[3]) or ("预算取消", True)
    )
    panel.lost_button.click()
    qtbot.waitUntil(lambda: panel.model.record(0).stage == "lost", timeout=5000)
    assert panel.model.record(0).lost_reason == "预算取消"
    assert "Price too high" in asked[0]  # the usual reasons are offered


def test_the_analytics_pipeline_tab_draws_funnel_forecast_win_rates_and_reasons(qtbot, analytics):
    tab = analytics.pipeline_tab
    analytics.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.summary is not None, timeout=10_000)
    funnel, forecast, rates, reasons = tab.chart.axes
    assert [a.get_title() for a in (funnel, forecast, rates, reasons)] == [
        "Sales funnel",
        "Forecast by expected close month",
        "Win rate and cycle by owner",
        "Why deals were lost",
    ]
    first = tab.summary.funnel[0]
    assert any(t.get_text().startswith(f"Initial contact: {first.count}") for t in funnel.texts)
    owners = [t.get_text() for t in rates.get_yticklabels()]
    assert owners == [r.key or "(none)" for r in tab.summary.by_owner][:12]
    tab.rates_by.setCurrentIndex(1)
    rates = tab.chart.axes[2]
    assert rates.get_title() == "Win rate and cycle by source"
    assert "Referral" in [t.get_text() for t in rates.get_yticklabels()]
    assert [t.get_text() for t in tab.chart.axes[3].get_yticklabels()] == [
        reason for reason, _count in tab.summary.lost_reasons
    ][:10]


def test_a_deal_opened_on_the_pipeline_finds_its_customer_by_name(qtbot, main_window, services):
    customer_id = prospect(services, man_authority=True, man_need=True)
    page, board = board_of(qtbot, main_window)
    page.new_opportunity()
    dialog = page.findChild(OpportunityDialog)
    qtbot.waitUntil(lambda: dialog.stage.count() == 4, timeout=5000)
    dialog.lookup.setText("星河")
    dialog.lookup.textEdited.emit("星河")
    qtbot.waitUntil(lambda: dialog.customer.currentData() == customer_id, timeout=5000)
    assert dialog.warning.isHidden()  # Money, Authority and Need are confirmed
    dialog.title.widget.setText("年度框架采购")
    dialog.amount.widget.setValue(50000)
    dialog.save()
    qtbot.waitUntil(lambda: cards(board, "initial") == ["年度框架采购"], timeout=5000)
    assert services.opportunities.of_customer(customer_id)[0].amount == Decimal("50000.00")
