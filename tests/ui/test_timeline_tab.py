"""The Timeline tab of a customer file: add, edit and delete activities inline."""

from datetime import date, datetime

from PySide6.QtWidgets import QMessageBox

from crmdesk.core.activity import Activity
from crmdesk.core.contact import Contact
from crmdesk.core.customer import Customer
from crmdesk.core.listing import ListQuery
from crmdesk.core.timeline import TimelineKind


def entries(form):
    return form.timeline.model.entries()


def test_activities_are_added_edited_and_deleted_inline(qtbot, page, services, monkeypatch):
    customer = services.customers.create(Customer(name="孙丽")).value
    services.contacts.add(Contact(customer_id=customer.id, name="孙先生"))
    for day in (1, 2):
        services.activities.log(
            Activity(
                customer_id=customer.id, subject=f"旧{day}", occurred_at=datetime(2026, 3, day, 9)
            )
        )
    form = page.open_file(customer.id)
    panel = form.timeline
    qtbot.waitUntil(lambda: len(entries(form)) == 2, timeout=5000)
    # Grouped by day, newest first: a heading row before each day's entries.
    assert panel.model.entry(0) is None and entries(form)[0].title == "旧2"
    qtbot.waitUntil(lambda: panel.editor.contact.count() == 2, timeout=5000)

    panel.editor.subject.widget.setText("电话确认订单")
    panel.editor.contact.setCurrentIndex(1)
    panel.editor.follow_up.set_value(date(2026, 3, 20))
    panel.save_button.click()
    qtbot.waitUntil(lambda: len(entries(form)) == 3, timeout=5000)
    newest = entries(form)[0]
    assert (newest.title, newest.contact, newest.follow_up_on) == (
        "电话确认订单",
        "孙先生",
        date(2026, 3, 20),
    )
    assert "孙先生" in panel.model.describe(newest)

    row = next(r for r in range(panel.model.rowCount()) if panel.model.entry(r) == newest)
    panel.view.setCurrentIndex(panel.model.index(row))
    panel.edit_selected()
    qtbot.waitUntil(lambda: panel.editor.subject.value() == "电话确认订单", timeout=5000)
    panel.editor.subject.widget.setText("电话确认订单（已付款）")
    panel.save_button.click()
    qtbot.waitUntil(
        lambda: [e.title for e in entries(form)][:1] == ["电话确认订单（已付款）"], timeout=5000
    )
    assert len(entries(form)) == 3

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    row = next(r for r in range(panel.model.rowCount()) if panel.model.entry(r) is not None)
    panel.view.setCurrentIndex(panel.model.index(row))
    panel.delete_selected()
    qtbot.waitUntil(lambda: len(entries(form)) == 2, timeout=5000)
    assert services.activities.count(ListQuery()) == 2

    panel.kind_filters[TimelineKind.ACTIVITY].setChecked(False)
    qtbot.waitUntil(lambda: entries(form) == [], timeout=5000)


def test_a_bad_activity_is_explained_and_not_stored(qtbot, page, services):
    customer = services.customers.create(Customer(name="钱多")).value
    form = page.open_file(customer.id)
    qtbot.waitUntil(lambda: form.timeline.editor_box.isEnabled(), timeout=5000)
    form.timeline.save_button.click()  # no subject
    qtbot.waitUntil(lambda: not form.timeline.editor.error.isHidden(), timeout=5000)
    assert "subject" in form.timeline.editor.error.text()
    assert entries(form) == []
