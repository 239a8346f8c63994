"""Satisfaction and loyalty through the real widgets: a survey recorded on a customer's
file changes its loyalty type and gap chart; a half-answered question keeps the form
open naming it; the Analytics page's loyalty matrix lists a type's customers."""

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crmdesk.core.customer import Customer
from crmdesk.core.enums import CustomerStatus, LoyaltyType
from crmdesk.core.satisfaction import Survey
from crmdesk.storage.models import Transaction
from tests.conftest import FIXED_NOW
from tests.ui.test_analytics_page import click


def regular_buyer(services) -> int:
    who = services.customers.create(Customer(name="华信科技", status=CustomerStatus.REPEAT))
    with services.context.db.write() as session:
        for days in (270, 180, 90, 5):
            session.add(
                Transaction(
                    customer_id=who.value.id,
                    occurred_on=FIXED_NOW.date() - timedelta(days=days),
                    amount=Decimal("800"),
                )
            )
    return who.value.id


def satisfaction_tab(qtbot, page, customer_id):
    form = page.open_file(customer_id)
    qtbot.waitUntil(lambda: form.isEnabled(), timeout=5000)
    form.tabs.setCurrentWidget(form.satisfaction)
    panel = form.satisfaction
    qtbot.waitUntil(lambda: "surveyed" in panel.loyalty.text(), timeout=5000)
    return form, panel


def fill(dialog, answers: dict) -> None:
    for code, (a, b) in answers.items():
        dialog.findChild(type(dialog.overall_score), f"a_{code}").setValue(a)
        dialog.findChild(type(dialog.overall_score), f"b_{code}").setValue(b)


def open_survey(qtbot, form):
    dialog = form.ask_survey()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=5000)
    return dialog


def test_a_survey_on_the_file_changes_the_loyalty_type_and_the_gap_chart(qtbot, page, services):
    form, panel = satisfaction_tab(qtbot, page, regular_buyer(services))
    assert "✓ 3 repeat purchase(s) in 24 months (at least 2)" in panel.reasons.text()
    assert "Buying for 8.7 months" in panel.reasons.text()  # 265 days, first to last
    assert panel.chart.figure.axes[0].get_title() == "Latest survey: expectation and perception"
    dialog = open_survey(qtbot, form)
    fill(dialog, {"product_quality": (5, 3), "delivery": (4, 2)})
    assert dialog.overall_c.text() == "0.56 (disappointed)"  # 5 / 9
    assert dialog.findChild(type(dialog.overall_c), "c_delivery").text() == "0.50 (disappointed)"
    dialog.recommend.setCurrentIndex(dialog.recommend.findData(True))
    with qtbot.waitSignal(dialog.recorded, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Inertial loyalty" in panel.loyalty.text(), timeout=5000)
    assert panel.model.rowCount() == 1
    assert "✗ Satisfaction c = 0.56" in panel.reasons.text()
    bars = [p.get_height() for p in panel.chart.figure.axes[0].patches]
    assert bars == [5, 4, 3, 2]  # expectations, then perceptions
    assert "0.56" in panel.chart.summary.text()

    dialog = open_survey(qtbot, form)
    fill(dialog, {"product_quality": (4, 5), "staff_attitude": (4, 4)})
    with qtbot.waitSignal(dialog.recorded, timeout=5000):
        dialog.recommend.setCurrentIndex(dialog.recommend.findData(True))
        dialog.save()
    qtbot.waitUntil(lambda: "True loyalty" in panel.loyalty.text(), timeout=5000)
    assert services.loyalty.of_customer(form.customer_id()).loyalty.type is LoyaltyType.TRUE
    assert panel.model.rowCount() == 2


def test_a_half_answered_question_keeps_the_form_open_naming_it(qtbot, page, services):
    form, _panel = satisfaction_tab(qtbot, page, regular_buyer(services))
    dialog = open_survey(qtbot, form)
    fill(dialog, {"price": (4, 0)})
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=5000)
    assert dialog.error.text() == "Price: give both a and b, from 1 to 5"
    assert dialog.isVisible() and services.satisfaction.surveys_of(form.customer_id()) == []


def test_a_survey_entered_by_mistake_is_deleted_from_the_file(qtbot, page, services, monkeypatch):
    who = regular_buyer(services)
    services.satisfaction.record(
        Survey(customer_id=who, taken_on=FIXED_NOW.date(), answers={"price": (3, 4)})
    )
    form = page.open_file(who)
    qtbot.waitUntil(lambda: form.isEnabled(), timeout=5000)
    form.tabs.setCurrentWidget(form.satisfaction)
    panel = form.satisfaction
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert not panel.delete_button.isEnabled()
    panel.view.selectRow(0)
    assert panel.delete_button.isEnabled()
    panel.delete_button.click()  # the test's message boxes answer No
    assert panel.model.rowCount() == 1 and services.satisfaction.surveys_of(who)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    assert services.satisfaction.surveys_of(who) == []
    assert "not known until the customer has been surveyed" in panel.loyalty.text()
    assert not panel.delete_button.isEnabled()


def test_the_loyalty_matrix_lists_a_types_customers(qtbot, main_window, analytics, services):
    tab = analytics.loyalty_tab
    analytics.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.overview is not None, timeout=20_000)
    inertial = tab.overview.types[LoyaltyType.INERTIAL]
    assert inertial and "Click a type" in tab.chart.summary.text()
    assert tab.model.rowCount() == 1 + len(tab.overview.by_segment)
    with qtbot.waitSignal(analytics.show_customers, timeout=5000) as shown:
        click(tab.chart.canvas, tab.chart.axes[0], 1.5, 0.5)  # high behaviour, low attitude
    ids, what = shown.args
    assert sorted(ids) == sorted(inertial) and what == "Inertial loyalty"
