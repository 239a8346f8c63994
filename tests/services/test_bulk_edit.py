from dataclasses import replace

import pytest

from crmdesk.core.changes import Entity
from crmdesk.core.customer import Customer
from crmdesk.core.edits import BulkEdit, reversed_edits
from crmdesk.core.enums import CustomerKind, CustomerStatus, Tier
from crmdesk.core.errors import ConflictError


def make(services, name, **fields) -> Customer:
    return services.customers.create(
        Customer(kind=CustomerKind.INDIVIDUAL, name=name, **fields)
    ).value


def test_bulk_edit_sets_fields_and_tags_on_every_selected_file(services):
    a = make(services, "张三", tags=("老客户", "北京"))
    b = make(services, "李四", tags=("北京",))
    untouched = make(services, "王五")
    owner = services.customers.owners()[0]
    edit = BulkEdit(
        {"owner_id": owner.id, "status": CustomerStatus.LOYAL, "tier_override": Tier.VIP},
        add_tags=("重点",),
        remove_tags=("北京",),
    )
    outcome = services.customers.bulk_edit([a.id, b.id], edit)
    assert outcome.changes.ids(Entity.CUSTOMER) == {a.id, b.id}
    for customer_id, tags in ((a.id, ("老客户", "重点")), (b.id, ("重点",))):
        stored = services.customers.get(customer_id)
        assert (stored.owner_id, stored.status, stored.tier_override) == (
            owner.id,
            CustomerStatus.LOYAL,
            Tier.VIP,
        )
        assert stored.tags == tuple(sorted(tags))
        assert {
            h.field for h in services.customers.history(customer_id) if h.action == "update"
        } == {
            "owner_id",
            "status",
            "tier_override",
            "tags",
        }
    assert services.customers.get(untouched.id).status == CustomerStatus.PROSPECT


def test_a_file_already_as_asked_is_left_alone(services):
    a = make(services, "张三", status=CustomerStatus.LOYAL)
    outcome = services.customers.bulk_edit([a.id], BulkEdit({"status": CustomerStatus.LOYAL}))
    assert outcome.value == {}
    assert services.customers.get(a.id).version == a.version


def test_undoing_a_bulk_edit_puts_every_value_back(services):
    a = make(services, "张三", tags=("北京",))
    b = make(services, "李四", tier_override=Tier.SMALL)
    done = services.customers.bulk_edit(
        [a.id, b.id], BulkEdit({"tier_override": Tier.MAJOR}, add_tags=("重点",))
    ).value
    services.customers.apply_edits(reversed_edits(done))
    assert services.customers.get(a.id).tier_override is None
    assert services.customers.get(a.id).tags == ("北京",)
    assert services.customers.get(b.id).tier_override == Tier.SMALL
    services.customers.apply_edits(done)  # and redo
    assert services.customers.get(b.id).tier_override == Tier.MAJOR


def test_undo_is_refused_when_someone_changed_the_value_since(services):
    a = make(services, "张三")
    b = make(services, "李四")
    done = services.customers.bulk_edit([a.id, b.id], BulkEdit({"status": CustomerStatus.LOYAL}))
    current = services.customers.get(b.id)
    services.customers.update(replace(current, status=CustomerStatus.LOST))
    with pytest.raises(ConflictError, match="李四"):
        services.customers.apply_edits(reversed_edits(done.value))
    # all or nothing: the other file keeps the bulk value too
    assert services.customers.get(a.id).status == CustomerStatus.LOYAL
    assert services.customers.get(b.id).status == CustomerStatus.LOST


def test_a_tag_only_change_counts_as_a_new_version(services):
    a = make(services, "张三")
    services.customers.bulk_edit([a.id], BulkEdit(add_tags=("重点",)))
    with pytest.raises(ConflictError):
        services.customers.update(replace(a, notes="from the copy opened before"))


def test_bulk_edit_accepts_only_the_bulk_fields():
    with pytest.raises(ValueError, match="name"):
        BulkEdit({"name": "x"})


def test_owner_can_be_cleared(services):
    a = make(services, "张三", owner_id=services.customers.owners()[0].id)
    services.customers.bulk_edit([a.id], BulkEdit({"owner_id": None}))
    assert services.customers.get(a.id).owner_id is None
