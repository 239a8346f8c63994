from dataclasses import replace
from datetime import date

import pytest

from crmdesk.core.changes import Entity
from crmdesk.core.contact import Contact
from crmdesk.core.customer import Customer
from crmdesk.core.enums import BuyingRole, CustomerKind
from crmdesk.core.errors import ConflictError, NotFoundError, ValidationError
from crmdesk.core.listing import ListQuery


@pytest.fixture
def company(services):
    return services.customers.create(
        Customer(kind=CustomerKind.ORGANIZATION, name="星河贸易有限公司")
    ).value


def test_contacts_are_added_listed_and_searchable(services, company):
    outcome = services.contacts.add(
        Contact(
            customer_id=company.id,
            name="李经理",
            title="采购经理",
            mobile="139 1234 5678",
            buying_role=BuyingRole.PURCHASER,
            is_primary=True,
        )
    )
    assert outcome.changes.ids(Entity.CUSTOMER) == {company.id}
    services.contacts.add(Contact(customer_id=company.id, name="Anna Wu", email="anna@xh.cn"))
    listed = services.contacts.of_customer(company.id)
    assert [c.name for c in listed] == ["李经理", "Anna Wu"]  # primary first
    assert listed[0].mobile == "+8613912345678"
    found = services.customers.page(ListQuery(search="李经理"), 0, 10)
    assert [r.name for r in found] == ["星河贸易有限公司"]
    assert services.customers.count(ListQuery(search="13912345678")) == 1


def test_bad_contact_names_every_field(services, company):
    with pytest.raises(ValidationError) as caught:
        services.contacts.add(
            Contact(
                customer_id=company.id,
                name=" ",
                mobile="123",
                email="x@",
                birthday=date(2099, 1, 1),
            )
        )
    assert caught.value.fields() == {"name", "mobile", "email", "birthday"}
    assert services.contacts.of_customer(company.id) == []


def test_edit_remove_and_stale_edits(services, company):
    added = services.contacts.add(Contact(customer_id=company.id, name="王总")).value
    edited = services.contacts.update(replace(added, name="王总经理")).value
    assert services.customers.count(ListQuery(search="王总经理")) == 1
    with pytest.raises(ConflictError):
        services.contacts.update(replace(added, title="old copy"))
    services.contacts.remove(edited.id)
    assert services.contacts.of_customer(company.id) == []
    assert services.customers.count(ListQuery(search="王总经理")) == 0


def test_contacts_of_a_binned_customer_cannot_be_added(services, company):
    services.customers.delete([company.id])
    with pytest.raises(NotFoundError):
        services.contacts.add(Contact(customer_id=company.id, name="某人"))
