"""Saved views on the customers page: save the search, filters, columns and sort, then
bring them back, also in a new window."""

from PySide6.QtCore import Qt

from crmdesk.core.customer import Customer
from crmdesk.core.enums import CustomerStatus
from crmdesk.services.customers import NOT_CONTACTED_DAYS
from tests.ui.test_customer_form import choose


def test_save_a_view_and_bring_it_back(qtbot, main_window, page, services):
    for name, status in (("张三", CustomerStatus.LOYAL), ("张飞", CustomerStatus.LOST)):
        services.customers.create(Customer(name=name, status=status))
    services.customers.create(Customer(name="李四", status=CustomerStatus.LOYAL))
    choose(page.filters.editors["status"], CustomerStatus.LOYAL)
    page.filters.silent_days.setValue(30)
    page.search.setText("张")
    qtbot.waitUntil(lambda: page.model.query().search == "张", timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    header = page.view.horizontalHeader()
    keys = page.model.column_keys()
    header.setSectionHidden(keys.index("email"), True)
    header.moveSection(header.visualIndex(keys.index("phone")), 0)
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        header.setSortIndicator(keys.index("code"), Qt.SortOrder.DescendingOrder)

    page.save_view("老客户 张")
    qtbot.waitUntil(lambda: page.views.current_name() == "老客户 张", timeout=5000)

    # everything back to the start
    page.filters.clear()
    page.search.clear()
    header.setSectionHidden(keys.index("email"), False)
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        header.setSortIndicator(keys.index("name"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)

    page.views.choose("老客户 张")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.search.text() == "张"
    assert page.filters.values() == {"status": CustomerStatus.LOYAL, NOT_CONTACTED_DAYS: 30}
    columns, sort_key, descending = page.column_layout()
    assert columns[0] == "phone" and "email" not in columns
    assert (sort_key, descending) == ("code", True)
    query = page.model.query()
    assert (query.search, query.sort_key, query.descending) == ("张", "code", True)


def test_views_are_kept_in_the_database_for_their_user(qtbot, page, services):
    page.save_view("全部")
    qtbot.waitUntil(lambda: page.views.combo.count() == 2, timeout=5000)
    assert [v.name for v in services.views.views("customers")] == ["全部"]
    page.delete_view("全部")
    qtbot.waitUntil(lambda: page.views.combo.count() == 1, timeout=5000)
    assert services.views.views("customers") == []
