"""Search as staff type it, on both databases."""

import pytest
from sqlalchemy import func, select

from crmdesk.core.customer import Customer
from crmdesk.core.enums import CustomerKind
from crmdesk.core.listing import ListQuery
from crmdesk.storage.models import Contact
from crmdesk.storage.models import Customer as CustomerRow


@pytest.fixture
def filed(services):
    create = services.customers.create
    create(Customer(name="张三", mobile="13800138000", email="zhangsan@qq.com"))
    create(Customer(kind=CustomerKind.ORGANIZATION, name="华为技术有限公司", phone="010-12345678"))
    create(Customer(name="Acme Trading Ltd", email="info@acme.example"))
    create(Customer(name="王伟"))
    return services


def names(services, term):
    return sorted(r.name for r in services.customers.page(ListQuery(search=term), 0, 50))


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("张三", ["张三"]),  # two characters: the LIKE path
        ("华为技术", ["华为技术有限公司"]),  # 3+: the trigram index
        ("zhangsan", ["张三"]),
        ("zs", ["张三"]),
        ("hwjs", ["华为技术有限公司"]),
        ("1380013", ["张三"]),
        ("138 0013 8000", ["张三"]),
        ("010-1234", ["华为技术有限公司"]),
        ("acme", ["Acme Trading Ltd"]),
        ("ACME TRAD", ["Acme Trading Ltd"]),
        ("C000002", ["华为技术有限公司"]),
        ("qq.com", ["张三"]),
        ("不存在的客户", []),
        ('"', []),
        ("%", []),
        ("张三 OR 王伟", []),  # FTS5 operators are plain text here
        ("acme*", []),
        ("NEAR(acme", []),
    ],
)
def test_search_finds_what_staff_type(filed, term, expected):
    assert names(filed, term) == expected


def test_edits_reach_the_search(filed):
    (row,) = filed.customers.page(ListQuery(search="王伟"), 0, 1)
    customer = filed.customers.get(row.id)
    filed.customers.update(
        Customer(**{**customer.__dict__, "name": "王伟强", "mobile": "13912345678"})
    )
    assert names(filed, "13912345678") == ["王伟强"]
    assert names(filed, "wangweiqiang") == ["王伟强"]


def test_contact_names_find_their_customer(services):
    services.demo.populate(20, seed=5)
    with services.context.db.read() as session:
        contact_name, customer_id = session.execute(
            select(Contact.name, Contact.customer_id).limit(1)
        ).one()
        customer_name = session.scalar(
            select(CustomerRow.name).where(CustomerRow.id == customer_id)
        )
    assert customer_name in names(services, contact_name)


def test_demo_customers_are_found_through_the_trigram_index(services):
    services.demo.populate(30, seed=6)
    with services.context.db.read() as session:
        long_names = session.scalars(
            select(CustomerRow.name).where(func.length(CustomerRow.name) >= 6)
        ).all()
    assert long_names
    for name in long_names[:5]:
        assert name in names(services, name[1:5])
