"""Find duplicates, merge a pair field by field, and undo the merge, through the real
widgets."""

import pytest

from crmdesk.core.contact import Contact
from crmdesk.core.customer import Customer
from crmdesk.core.enums import CustomerKind
from crmdesk.core.errors import NotFoundError


@pytest.fixture
def pair(services):
    keep = services.customers.create(
        Customer(kind=CustomerKind.ORGANIZATION, name="华为技术有限公司", industry="通信")
    ).value
    dup = services.customers.create(
        Customer(
            kind=CustomerKind.ORGANIZATION,
            name="華為技術股份有限公司",
            industry="电子",
            email="info@huawei.example",
        )
    ).value
    services.contacts.add(Contact(customer_id=dup.id, name="李四"))
    services.customers.create(Customer(name="王五"))
    return keep, dup


def test_find_merge_and_undo(qtbot, main_window, page, services, pair):
    keep, dup = pair
    page.find_duplicates()
    qtbot.waitUntil(lambda: page.duplicates_dialog is not None, timeout=10_000)
    found = page.duplicates_dialog
    assert found.model.rowCount() == 1
    assert found.summary.text() == "Pairs of files that may be the same customer: 1"
    match = found.model.record(0)
    assert {match.first.id, match.second.id} == {keep.id, dup.id}
    assert found.model.index(0, 4).data() == "same name"

    with qtbot.waitSignal(found.merge_dialog_opened, timeout=5000) as opened:
        found.merge_selected()
    dialog = opened.args[0]
    assert dialog.kept()[0].id == keep.id
    assert set(dialog.value_buttons) == {"name", "industry", "email"}
    kept_industry, other_industry = dialog.value_buttons["industry"]
    assert (kept_industry.text(), other_industry.text()) == ("通信", "电子")
    assert kept_industry.isChecked()
    assert dialog.value_buttons["email"][1].isChecked()  # the kept file has none
    other_industry.setChecked(True)
    dialog.merge_button.click()

    qtbot.waitUntil(lambda: found.model.rowCount() == 0, timeout=5000)
    survivor = services.customers.get(keep.id)
    assert (survivor.name, survivor.industry, survivor.email) == (
        "华为技术有限公司",
        "电子",
        "info@huawei.example",
    )
    assert [c.name for c in services.contacts.of_customer(keep.id)] == ["李四"]
    with pytest.raises(NotFoundError):
        services.customers.get(dup.id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)

    assert main_window.undo_action.text() == "&Undo Merge customers"
    main_window.undo_action.trigger()
    assert services.customers.get(dup.id).name == "華為技術股份有限公司"
    assert services.customers.get(keep.id).industry == "通信"
    assert [c.name for c in services.contacts.of_customer(dup.id)] == ["李四"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)

    main_window.redo_action.trigger()  # and merged again
    assert services.customers.get(keep.id).industry == "电子"


def test_choosing_the_other_file_to_keep(qtbot, page, services, pair):
    keep, dup = pair
    page.find_duplicates()
    qtbot.waitUntil(lambda: page.duplicates_dialog is not None, timeout=10_000)
    with qtbot.waitSignal(page.duplicates_dialog.merge_dialog_opened, timeout=5000) as opened:
        page.duplicates_dialog.merge_selected()
    dialog = opened.args[0]
    dialog.keep_buttons.button(1).setChecked(True)
    assert dialog.kept()[0].id == dup.id
    assert set(dialog.value_buttons) == {"name", "industry"}  # the kept file has an e-mail
    dialog.value_buttons["name"][1].setChecked(True)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: page.duplicates_dialog.model.rowCount() == 0, timeout=5000)
    assert services.customers.get(dup.id).name == "华为技术有限公司"
    with pytest.raises(NotFoundError):
        services.customers.get(keep.id)
