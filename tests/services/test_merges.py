from dataclasses import replace
from datetime import date

import pytest

from crmdesk.core.activity import Activity
from crmdesk.core.changes import Entity
from crmdesk.core.contact import Contact
from crmdesk.core.customer import Customer
from crmdesk.core.enums import AuditAction, CustomerKind
from crmdesk.core.errors import Cancelled, DomainError, NotFoundError
from crmdesk.core.listing import ListQuery
from crmdesk.storage.models import Transaction
from tests.conftest import FIXED_NOW


def org(services, name, **fields) -> Customer:
    return services.customers.create(
        Customer(kind=CustomerKind.ORGANIZATION, name=name, **fields)
    ).value


@pytest.fixture
def pair(services):
    """A file and its duplicate, each with a contact and an activity."""
    keep = org(services, "华为技术有限公司", mobile="13800138000", tags=("重点",))
    dup = org(
        services,
        "华为技术(集团)股份有限公司",
        email="info@huawei.example",
        industry="通信",
        mobile="13900139000",
        tags=("深圳",),
    )
    for customer, person in ((keep, "张三"), (dup, "李四")):
        services.contacts.add(Contact(customer_id=customer.id, name=person))
        services.activities.log(
            Activity(customer_id=customer.id, subject=f"拜访{person}", occurred_at=FIXED_NOW)
        )
    with services.context.db.write() as session:
        session.add(Transaction(customer_id=dup.id, occurred_on=date(2026, 1, 5), amount=10))
    return keep, dup


def search(services, term):
    query = ListQuery(search=term)
    return [row.id for row in services.customers.page(query, 0, 10)]


def test_merge_keeps_one_file_with_chosen_values_and_everything_attached(services, pair):
    keep, dup = pair
    outcome = services.merges.merge(keep.id, dup.id, {"email": True, "industry": True})
    survivor = services.customers.get(keep.id)
    assert survivor.name == "华为技术有限公司"  # not taken
    assert survivor.mobile == keep.mobile  # not taken
    assert (survivor.email, survivor.industry) == ("info@huawei.example", "通信")
    assert survivor.tags == ("深圳", "重点")
    assert {c.name for c in services.contacts.of_customer(keep.id)} == {"张三", "李四"}
    activities = services.activities.page(ListQuery(filters=(("customer_id", keep.id),)), 0, 10)
    assert {a.subject for a in activities} == {"拜访张三", "拜访李四"}
    assert [s.amount for s in services.customers.sales(keep.id)] == [10]
    with pytest.raises(NotFoundError):
        services.customers.get(dup.id)  # in the bin
    assert search(services, "李四") == [keep.id]  # the moved contact finds the survivor
    assert outcome.changes.touches(Entity.CONTACT)
    actions = [(h.action, h.field) for h in services.customers.history(keep.id)]
    assert (AuditAction.MERGE, "merged_with") in actions
    assert (AuditAction.MERGE, "email") in actions


def test_undo_brings_both_files_back_as_they_were(services, pair):
    keep, dup = pair
    merge_id = services.merges.merge(keep.id, dup.id, {"email": True}).value
    services.merges.undo(merge_id)
    survivor = services.customers.get(keep.id)
    assert survivor.email is None
    assert survivor.tags == ("重点",)
    assert [c.name for c in services.contacts.of_customer(keep.id)] == ["张三"]
    assert [c.name for c in services.contacts.of_customer(dup.id)] == ["李四"]
    assert services.customers.sales(keep.id) == []
    assert len(services.customers.sales(dup.id)) == 1
    assert services.customers.get(dup.id).name == dup.name
    assert search(services, "李四") == [dup.id]
    with pytest.raises(DomainError, match="already been undone"):
        services.merges.undo(merge_id)


def test_undo_keeps_a_value_edited_after_the_merge(services, pair):
    keep, dup = pair
    merge_id = services.merges.merge(keep.id, dup.id, {"email": True, "industry": True}).value
    after = services.customers.get(keep.id)
    services.customers.update(replace(after, industry="电子"))
    services.merges.undo(merge_id)
    survivor = services.customers.get(keep.id)
    assert survivor.email is None  # untouched since the merge: taken back
    assert survivor.industry == "电子"  # edited since: kept


def test_a_contact_added_after_the_merge_stays_with_the_survivor(services, pair):
    keep, dup = pair
    merge_id = services.merges.merge(keep.id, dup.id, {}).value
    services.contacts.add(Contact(customer_id=keep.id, name="王五"))
    services.merges.undo(merge_id)
    assert {c.name for c in services.contacts.of_customer(keep.id)} == {"张三", "王五"}


def test_fields_of_the_other_kind_or_the_same_file_are_refused(services, pair):
    keep, _ = pair
    person = services.customers.create(Customer(name="张三", birthday=None)).value
    with pytest.raises(DomainError, match="birthday"):
        services.merges.merge(keep.id, person.id, {"birthday": True})
    with pytest.raises(DomainError, match="itself"):
        services.merges.merge(keep.id, keep.id, {})
    assert services.customers.get(person.id).name == "张三"


def test_find_duplicates_names_both_files_and_skips_the_bin(services, pair):
    keep, dup = pair
    other = org(services, "星河贸易", mobile=keep.mobile)
    gone = org(services, "華為技術有限公司")
    services.customers.delete([gone.id])
    found = services.merges.find_duplicates()
    assert [(m.first.id, m.second.id, m.reasons) for m in found] == [
        (keep.id, dup.id, ("name",)),
        (keep.id, other.id, ("phone",)),
    ]
    assert (found[0].first.code, found[0].second.name) == (keep.code, dup.name)


def test_find_duplicates_can_be_cancelled(services, pair):
    with pytest.raises(Cancelled):
        services.merges.find_duplicates(cancelled=lambda: True)
