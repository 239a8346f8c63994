from dataclasses import replace
from datetime import date, datetime

import pytest

from crmdesk.core.activity import Activity
from crmdesk.core.changes import Entity
from crmdesk.core.customer import Customer
from crmdesk.core.enums import AuditAction, Channel, CustomerKind
from crmdesk.core.errors import DomainError, NotFoundError, ValidationError
from crmdesk.core.listing import ListQuery
from crmdesk.storage.models import Contact


@pytest.fixture
def customer(services):
    return services.customers.create(Customer(kind=CustomerKind.ORGANIZATION, name="华为")).value


def call(customer_id, **fields) -> Activity:
    base = {
        "customer_id": customer_id,
        "channel": Channel.PHONE,
        "occurred_at": datetime(2026, 3, 15, 9, 0),
        "subject": "电话回访",
    }
    return Activity(**{**base, **fields})


def test_log_stores_the_activity_for_the_acting_user(services, customer):
    outcome = services.activities.log(call(customer.id, next_follow_up=date(2026, 3, 17)))
    stored = services.activities.get(outcome.value.id)
    assert stored.owner_id == services.context.actor.id
    assert stored.next_follow_up == date(2026, 3, 17)
    assert outcome.changes.ids(Entity.CUSTOMER) == {customer.id}
    rows = services.activities.page(ListQuery(), 0, 10)
    assert [(r.customer, r.subject) for r in rows] == [("华为", "电话回访")]


def test_bad_activity_names_each_field(services, customer):
    bad = call(customer.id, subject=" ", next_follow_up=date(2026, 3, 1))
    with pytest.raises(ValidationError) as caught:
        services.activities.log(bad)
    assert caught.value.fields() == {"subject", "next_follow_up"}


def test_activity_for_a_deleted_customer_is_refused(services, customer):
    services.customers.delete([customer.id])
    with pytest.raises(NotFoundError):
        services.activities.log(call(customer.id))


def test_contact_must_belong_to_the_customer(services, customer):
    other = services.customers.create(Customer(name="别家")).value
    with services.context.db.write() as session:
        contact = Contact(customer_id=other.id, name="李经理")
        session.add(contact)
        session.flush()
        contact_id = contact.id
    with pytest.raises(DomainError, match="does not belong"):
        services.activities.log(call(customer.id, contact_id=contact_id))


def test_update_and_delete_are_audited(services, customer):
    logged = services.activities.log(call(customer.id)).value
    services.activities.update(replace(logged, outcome="已发报价"))
    services.activities.delete(logged.id)
    trail = services.activities.history(logged.id)
    assert {h.action for h in trail} == {AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE}
    # The deleted activity's content survives in the trail.
    deleted = {h.field: h.old_value for h in trail if h.action == AuditAction.DELETE}
    assert deleted["subject"] == "电话回访" and deleted["outcome"] == "已发报价"
    assert services.activities.count(ListQuery()) == 0


def test_the_activity_list_filters(services, customer):
    other = services.customers.create(Customer(name="小米")).value
    services.activities.log(call(customer.id, occurred_at=datetime(2026, 3, 1, 9), outcome="成交"))
    services.activities.log(
        call(customer.id, occurred_at=datetime(2026, 3, 10, 23, 59), channel=Channel.EMAIL)
    )
    services.activities.log(call(other.id, occurred_at=datetime(2026, 3, 12, 9)))

    def subjects_on(**filters):
        query = ListQuery()
        for name, value in filters.items():
            query = query.with_filter(name, value)
        return [(r.customer, r.occurred_at.day) for r in services.activities.page(query, 0, 10)]

    assert subjects_on(**{"from": date(2026, 3, 2), "to": date(2026, 3, 10)}) == [("华为", 10)]
    assert subjects_on(channel=Channel.EMAIL) == [("华为", 10)]
    assert subjects_on(customer="小米") == [("小米", 12)]
    assert subjects_on(customer=other.code) == [("小米", 12)]
    assert subjects_on(outcome="成交") == [("华为", 1)]
    assert subjects_on(owner_id=services.context.actor.id) == [
        ("小米", 12),
        ("华为", 10),
        ("华为", 1),
    ]
    assert services.activities.count(ListQuery().with_filter("owner_id", -1)) == 0
