"""The Sales tab of the customer form, and money shown to the cent."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale

from crmdesk.core.customer import Customer
from crmdesk.storage.models import Transaction
from crmdesk.ui.formatting import format_money


def add_sale(services, customer_id, day, amount, product):
    with services.context.db.write() as session:
        session.add(
            Transaction(
                customer_id=customer_id, occurred_on=day, amount=Decimal(amount), product=product
            )
        )


def test_sales_tab_lists_purchases_newest_first_with_totals(qtbot, page, services):
    customer = services.customers.create(Customer(name="张三")).value
    add_sale(services, customer.id, date(2025, 5, 1), "1200.50", "打印机")
    add_sale(services, customer.id, date(2026, 1, 9), "99999999999.99", "服务器")
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.model.reload()
    form = page.open_customer(0)
    qtbot.waitUntil(lambda: form.sales.model.rowCount() == 2, timeout=5000)
    model = form.sales.model
    assert [model.index(r, 1).data() for r in range(2)] == ["服务器", "打印机"]
    assert model.index(0, 3).data() == format_money(Decimal("99999999999.99"))
    text = form.sales.summary.text()
    assert text.startswith("Sales: 2 · total ") and format_money(Decimal("100000001200.49")) in text


def test_money_keeps_every_digit():
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        assert format_money(Decimal("99999999999.99")) == "99,999,999,999.99"
        assert format_money(Decimal("-0.5")) == "-0.50"
        assert format_money(None) == ""
    finally:
        QLocale.setDefault(before)
