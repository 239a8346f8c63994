"""Bulk edit and undo/redo through the real widgets and the Edit menu."""

from PySide6.QtCore import QItemSelectionModel

from crmdesk.core.customer import Customer
from crmdesk.core.enums import CustomerStatus, Tier
from tests.ui.test_customer_form import choose, save


def add(services, *names):
    return [services.customers.create(Customer(name=n, tags=("北京",))).value for n in names]


def reload(qtbot, page):
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.model.reload()


def select_rows(page, rows):
    selection = page.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def undo(qtbot, main_window, services, customer_id, check):
    main_window.undo_action.trigger()
    qtbot.waitUntil(lambda: check(services.customers.get(customer_id)), timeout=5000)


def test_bulk_edit_the_selection_then_undo_and_redo(qtbot, main_window, page, services):
    zhang, li, wang = add(services, "张三", "李四", "王五")
    reload(qtbot, page)
    select_rows(page, [page.model.rows_of({zhang.id}).pop(), page.model.rows_of({li.id}).pop()])
    dialog = page.edit_selected()
    assert dialog.windowTitle() == "Edit 2 customer(s)"
    choose(dialog.editors["status"], CustomerStatus.LOYAL)
    choose(dialog.editors["tier_override"], Tier.VIP)
    dialog.editors["add_tags"].widget.setText("重点，展会")
    dialog.editors["remove_tags"].widget.setText("北京")
    assert dialog.ticks["status"].isChecked()  # choosing a value ticks the row
    assert not dialog.ticks["owner_id"].isChecked()
    dialog.accept()
    qtbot.waitUntil(main_window.undo_action.isEnabled, timeout=5000)
    for customer_id in (zhang.id, li.id):
        stored = services.customers.get(customer_id)
        assert (stored.tier_override, stored.tags) == (Tier.VIP, ("展会", "重点"))
    assert services.customers.get(wang.id).status == CustomerStatus.PROSPECT

    assert main_window.undo_action.text() == "&Undo Edit 2 customer(s)"
    undo(qtbot, main_window, services, li.id, lambda c: c.status == CustomerStatus.PROSPECT)
    assert services.customers.get(zhang.id).tags == ("北京",)
    main_window.redo_action.trigger()
    assert services.customers.get(zhang.id).tier_override == Tier.VIP


def test_undo_of_a_form_edit_and_of_a_move_to_the_bin(qtbot, main_window, page, services):
    (zhang,) = add(services, "张三")
    reload(qtbot, page)
    form = page.open_customer(0)
    qtbot.waitUntil(form.isEnabled)
    form.editors["name"].widget.setText("张三丰")
    save(qtbot, form)
    form.close()
    undo(qtbot, main_window, services, zhang.id, lambda c: c.name == "张三")

    reload(qtbot, page)
    select_rows(page, [0])
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert main_window.undo_action.isEnabled()
    main_window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)


def test_an_undo_refused_by_the_database_is_reported_and_dropped(
    qtbot, main_window, page, services, no_modal_message_boxes
):
    (zhang,) = add(services, "张三")
    services.customers.create(Customer(name="李四"))
    reload(qtbot, page)
    select_rows(page, [page.model.rows_of({zhang.id}).pop()])
    dialog = page.edit_selected()
    choose(dialog.editors["status"], CustomerStatus.LOYAL)
    dialog.accept()
    qtbot.waitUntil(lambda: main_window.undo_action.isEnabled(), timeout=5000)
    # someone else changes the file meanwhile
    from dataclasses import replace

    services.customers.update(replace(services.customers.get(zhang.id), status=CustomerStatus.LOST))
    main_window.undo_action.trigger()
    assert services.customers.get(zhang.id).status == CustomerStatus.LOST
    assert any("changed by someone else" in m for m in no_modal_message_boxes)
    assert not main_window.undo_action.isEnabled()
