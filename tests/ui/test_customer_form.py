"""The customer form through its real widgets, on a temporary database."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox

from crmdesk.core.customer import Customer
from crmdesk.core.enums import BuyingRole, CustomerKind, CustomerStatus
from crmdesk.core.listing import ListQuery
from crmdesk.ui.dialogs.conflict_dialog import ConflictDialog


def choose(editor, value):
    editor.widget.setCurrentIndex(editor.widget.findData(value))


def save(qtbot, form):
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        form.save_button.click()
    return saved.args[0]


def test_new_organisation_is_saved_with_its_own_section(qtbot, page, services):
    form = page.new_customer()
    assert form.windowTitle() == "New customer"
    choose(form.editors["kind"], CustomerKind.ORGANIZATION)
    assert form._sections["Organisation"].isVisibleTo(form)
    assert not form._sections["Person"].isVisibleTo(form)
    form.editors["name"].widget.setText("华为技术有限公司")
    form.editors["mobile"].widget.setText("138 0013 8000")
    form.editors["industry"].widget.setText("信息技术")
    form.editors["employees"].widget.setValue(2000)
    form.editors["tags"].widget.setText("VIP，展会")
    form.editors["man_money"].widget.setChecked(True)
    stored = save(qtbot, form)
    assert stored.code == "C000001" and "C000001" in form.code_label.text()
    again = services.customers.get(stored.id)
    assert (again.kind, again.industry, again.employees) == (
        CustomerKind.ORGANIZATION,
        "信息技术",
        2000,
    )
    assert again.mobile == "+8613800138000" and again.tags == ("VIP", "展会")
    assert again.man_money and not again.man_need
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)


def test_new_person_with_birthday(qtbot, page, services):
    form = page.new_customer()
    form.editors["name"].widget.setText("张三")
    form.editors["birthday"].widget.setDate(QDate(1988, 5, 17))
    choose(form.editors["status"], CustomerStatus.TARGET)
    stored = save(qtbot, form)
    assert services.customers.get(stored.id).birthday == date(1988, 5, 17)
    assert services.customers.get(stored.id).status == CustomerStatus.TARGET


def test_wrong_fields_are_marked_and_nothing_is_stored(qtbot, page, services):
    form = page.new_customer()
    form.editors["mobile"].widget.setText("12345")
    form.editors["email"].widget.setText("not-an-address")
    form.save_button.click()
    errors = {name: form._errors[name] for name in ("name", "mobile", "email")}
    qtbot.waitUntil(lambda: all(label.isVisibleTo(form) for label in errors.values()), timeout=5000)
    assert "required" in errors["name"].text()
    assert "12345" in errors["mobile"].text()
    assert services.customers.count(ListQuery()) == 0
    form.editors["name"].widget.setText("李四")
    form.editors["mobile"].widget.setText("")
    form.editors["email"].widget.setText("li@例子.中国")
    save(qtbot, form)
    assert services.customers.count(ListQuery()) == 1


def test_phone_is_checked_when_leaving_the_field(qtbot, page):
    form = page.new_customer()
    form.editors["phone"].widget.setText("010-1234")
    form.editors["phone"].widget.editingFinished.emit()
    assert form._errors["phone"].isVisibleTo(form)
    form.editors["phone"].widget.setText("010-12345678")
    form.editors["phone"].widget.editingFinished.emit()
    assert not form._errors["phone"].isVisibleTo(form)


def test_edit_then_restore_an_old_value_from_the_history(qtbot, page, services):
    created = services.customers.create(Customer(name="王伟", mobile="13900001111")).value
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.model.reload()
    form = page.open_customer(0)
    qtbot.waitUntil(
        lambda: form.isEnabled() and form.editors["name"].value() == "王伟", timeout=5000
    )
    form.editors["name"].widget.setText("王伟强")
    save(qtbot, form)
    assert services.customers.get(created.id).name == "王伟强"

    def name_change_row():
        model = form.history.model
        return next(
            (
                r
                for r in range(model.rowCount())
                if (model.record(r).field, model.record(r).action) == ("name", "update")
            ),
            None,
        )

    qtbot.waitUntil(lambda: name_change_row() is not None, timeout=5000)
    row = name_change_row()
    form.history.view.selectRow(row)
    form.history.restore_button.click()
    assert form.editors["name"].value() == "王伟"
    save(qtbot, form)
    assert services.customers.get(created.id).name == "王伟"


def open_then_changed_elsewhere(qtbot, page, services, **theirs):
    created = services.customers.create(Customer(name="赵六", region="上海")).value
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.model.reload()
    form = page.open_customer(0)
    qtbot.waitUntil(form.isEnabled, timeout=5000)
    services.customers.update(replace(created, **theirs))
    return created, form


def conflict_of(qtbot, form) -> ConflictDialog:
    form.save_button.click()
    qtbot.waitUntil(lambda: form.findChild(ConflictDialog) is not None, timeout=5000)
    return form.findChild(ConflictDialog)


def test_a_stale_edit_shows_who_changed_what_and_keeps_mine_where_chosen(qtbot, page, services):
    created, form = open_then_changed_elsewhere(
        qtbot, page, services, notes="elsewhere", region="北京"
    )
    form.editors["notes"].widget.setPlainText("here")
    form.editors["website"].widget.setText("zl.example.com")  # only I changed this
    dialog = conflict_of(qtbot, form)
    assert "tester" in dialog.findChildren(QLabel)[0].text()
    assert set(dialog.mine) == {"notes"}  # the region only they changed: no question
    assert services.customers.get(created.id).notes == "elsewhere"  # nothing yet
    dialog.mine["notes"].setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: services.customers.get(created.id).notes == "here", timeout=5000)
    stored = services.customers.get(created.id)
    assert (stored.region, stored.website) == ("北京", "zl.example.com")  # both kept


def test_a_stale_edit_can_reload_their_version(qtbot, page, services):
    created, form = open_then_changed_elsewhere(qtbot, page, services, notes="elsewhere")
    form.editors["notes"].widget.setPlainText("here")
    dialog = conflict_of(qtbot, form)
    assert dialog.mine["notes"].isChecked() is False  # theirs unless I choose mine
    dialog.reload_button.click()
    assert form.editors["notes"].value() == "elsewhere"
    assert services.customers.get(created.id).notes == "elsewhere"


def test_closing_with_unsaved_edits_asks_first(qtbot, page, monkeypatch):
    form = page.new_customer()
    form.editors["name"].widget.setText("未保存")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    form.reject()  # what Esc does
    assert form.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    form.reject()
    assert not form.isVisible()


def test_delete_moves_to_the_bin_and_restore_brings_back(qtbot, page, services):
    for name in ("甲公司", "乙公司"):
        services.customers.create(Customer(name=name))
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.model.reload()
    page.view.selectRow(0)
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.delete_action.trigger()
    assert page.model.rowCount() == 1
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.bin_button.click()
    assert page.model.rowCount() == 1 and "1" in page.count_label.text()
    page.view.selectRow(0)
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.restore_button.click()
    assert page.model.rowCount() == 0
    assert services.customers.count(ListQuery()) == 2


def test_keyboard_bindings(qtbot, page):
    form = page.new_customer()
    assert form.save_shortcut.key().matches(QKeySequence(QKeySequence.StandardKey.Save)) == (
        QKeySequence.SequenceMatch.ExactMatch
    )
    form.editors["name"].widget.setText("快捷键")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save_shortcut.activated.emit()
    assert (
        page.new_action.shortcut().matches(page.new_action.shortcut())
        and not page.new_action.shortcut().isEmpty()
    )
    assert page.open_action.shortcut().toString() == "Return"
    assert not page.delete_action.shortcut().isEmpty()


def test_quitting_with_an_unsaved_form_can_be_cancelled(qtbot, main_window, page, monkeypatch):
    form = page.new_customer()
    form.editors["name"].widget.setText("还没保存")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not main_window.close()
    assert main_window.isVisible() and form.isVisible()


def test_opening_and_saving_unchanged_changes_nothing(qtbot, page, services):
    created = services.customers.create(Customer(name="钱七", mobile="13800138000")).value
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.model.reload()
    form = page.open_customer(0)
    qtbot.waitUntil(form.isEnabled, timeout=5000)
    assert form.editors["mobile"].value() == "138 0013 8000"  # shown as people write it
    save(qtbot, form)
    assert services.customers.get(created.id).version == created.version


def test_contacts_are_added_edited_and_removed_in_the_form(qtbot, page, services, monkeypatch):
    company = services.customers.create(
        Customer(kind=CustomerKind.ORGANIZATION, name="星河贸易有限公司")
    ).value
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.model.reload()
    form = page.open_customer(0)
    qtbot.waitUntil(form.isEnabled, timeout=5000)
    assert form.contacts.add_button.isEnabled() and form.contacts.hint.isHidden()

    dialog = form.contacts.add_contact()
    dialog.editors["mobile"].widget.setText("12")
    dialog.submitted.emit(dialog.edited())  # OK with no name and a bad number
    qtbot.waitUntil(lambda: dialog._errors["name"].isVisibleTo(dialog), timeout=5000)
    assert dialog._errors["mobile"].isVisibleTo(dialog)
    dialog.editors["name"].widget.setText("李经理")
    dialog.editors["mobile"].widget.setText("139 1234 5678")
    choose(dialog.editors["buying_role"], BuyingRole.DECISION_MAKER)
    dialog.submitted.emit(dialog.edited())
    qtbot.waitUntil(lambda: form.contacts.model.rowCount() == 1, timeout=5000)
    (stored,) = services.contacts.of_customer(company.id)
    assert (stored.name, stored.mobile, stored.is_primary) == ("李经理", "+8613912345678", True)
    assert form.contacts.model.data(form.contacts.model.index(0, 4)) == "139 1234 5678"

    dialog = form.contacts.edit_contact(0)
    dialog.editors["title"].widget.setText("采购总监")
    dialog.submitted.emit(dialog.edited())
    qtbot.waitUntil(lambda: form.contacts.model.record(0).title == "采购总监", timeout=5000)

    form.contacts.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    form.contacts.remove_selected_contact()
    qtbot.waitUntil(lambda: form.contacts.model.rowCount() == 0, timeout=5000)
    assert services.contacts.of_customer(company.id) == []


def test_a_new_customer_gets_contacts_once_saved(qtbot, page):
    form = page.new_customer()
    assert not form.contacts.add_button.isEnabled() and not form.contacts.hint.isHidden()
    form.editors["name"].widget.setText("新公司")
    save(qtbot, form)
    assert form.contacts.add_button.isEnabled()


def test_filter_bar_narrows_the_list(qtbot, page, services):
    services.customers.create(Customer(name="甲", status=CustomerStatus.LOST, region="上海"))
    services.customers.create(Customer(name="乙", region="广东"))
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.model.reload()
    assert page.model.rowCount() == 2
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        choose(page.filters.editors["status"], CustomerStatus.LOST)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "甲"
    page.filters.editors["region"].widget.setText("广东")
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.filters.editors["region"].widget.editingFinished.emit()
    assert page.model.rowCount() == 0  # lost AND in 广东: nobody
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.filters.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)


def test_a_likely_duplicate_is_pointed_out_before_creating(qtbot, page, services, monkeypatch):
    existing = services.customers.create(Customer(name="张三", mobile="13800138000")).value
    form = page.new_customer()
    form.editors["name"].widget.setText("张三（新）")
    form.editors["mobile"].widget.setText("138-0013-8000")
    asked = []

    def answer_no(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    with qtbot.waitSignal(form.open_requested, timeout=5000) as opened:
        form.save_button.click()
    assert opened.args == [existing.id]
    assert existing.code in asked[0] and "same phone" in asked[0]
    assert services.customers.count(ListQuery()) == 1
    qtbot.waitUntil(lambda: any(f.customer_id() == existing.id for f in page.forms), timeout=5000)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    save(qtbot, form)
    assert services.customers.count(ListQuery()) == 2


def test_purge_from_the_bin_after_confirming(qtbot, page, services, monkeypatch):
    gone = services.customers.create(Customer(name="清除我")).value
    services.customers.delete([gone.id])
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.bin_button.click()
    assert page.purge_button.isVisibleTo(page)
    page.view.selectRow(0)
    page.purge_selected()  # the autouse fixture answers No
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.model.reload()
    assert page.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.view.selectRow(0)
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.purge_selected()
    assert page.model.rowCount() == 0
