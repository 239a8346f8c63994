import threading
from dataclasses import replace

import pytest

from crmdesk.core.changes import Entity
from crmdesk.core.customer import Customer
from crmdesk.core.enums import AuditAction, CustomerKind, CustomerStatus
from crmdesk.core.errors import ConflictError, DuplicateCodeError, NotFoundError, ValidationError
from crmdesk.core.listing import ListQuery
from crmdesk.services.app_services import open_services
from tests.conftest import FIXED_NOW


def new(name="张三", **fields) -> Customer:
    return Customer(kind=CustomerKind.INDIVIDUAL, name=name, **fields)


def test_create_issues_sequential_codes_and_reports_the_change(services):
    first = services.customers.create(new())
    second = services.customers.create(new("李四"))
    assert (first.value.code, second.value.code) == ("C000001", "C000002")
    assert first.changes.ids(Entity.CUSTOMER) == {first.value.id}
    assert services.customers.get(first.value.id).name == "张三"


def test_codes_are_never_reused_after_a_delete(services):
    first = services.customers.create(new()).value
    services.customers.delete([first.id])
    assert services.customers.create(new("李四")).value.code == "C000002"
    with pytest.raises(NotFoundError):
        services.customers.get(first.id)


def test_an_imported_code_is_kept_and_then_skipped_by_the_sequence(services):
    imported = services.customers.create(new(code="C000002")).value
    assert imported.code == "C000002"
    codes = [services.customers.create(new(f"客户{i}")).value.code for i in range(2)]
    assert codes == ["C000001", "C000003"]


def test_a_code_already_in_use_is_refused(services):
    services.customers.create(new(code="VIP-1"))
    with pytest.raises(DuplicateCodeError, match="VIP-1"):
        services.customers.create(new("李四", code="VIP-1"))
    assert services.customers.count(ListQuery()) == 1


def test_invalid_input_stores_nothing(services):
    with pytest.raises(ValidationError, match="mobile"):
        services.customers.create(new(mobile="123"))
    assert services.customers.count(ListQuery()) == 0


def test_update_audits_each_changed_field(services):
    created = services.customers.create(new(mobile="13800138000")).value
    edited = replace(created, name="张三丰", status=CustomerStatus.TARGET)
    updated = services.customers.update(edited).value
    assert updated.version == created.version + 1
    history = services.customers.history(created.id)
    changes = {(h.field, h.old_value, h.new_value) for h in history if h.action == "update"}
    assert changes == {("name", "张三", "张三丰"), ("status", "prospect", "target")}
    assert {h.actor for h in history} == {"tester"}
    created_fields = {h.field for h in history if h.action == AuditAction.CREATE}
    assert {"name", "mobile"} <= created_fields


def test_an_edit_to_a_stale_version_is_refused(services):
    created = services.customers.create(new()).value
    services.customers.update(replace(created, name="张三丰"))
    with pytest.raises(ConflictError, match="changed by tester at 2026-03-15 10:30") as refused:
        services.customers.update(replace(created, notes="from an old copy"))
    assert services.customers.get(created.id).notes is None
    assert refused.value.theirs.name == "张三丰" and refused.value.changed_by == "tester"


def test_saving_unchanged_data_changes_nothing(services):
    created = services.customers.create(new()).value
    outcome = services.customers.update(created)
    assert not outcome.changes
    assert services.customers.get(created.id).version == created.version


def test_delete_and_restore(services):
    created = services.customers.create(new()).value
    services.customers.delete([created.id])
    assert services.customers.count(ListQuery()) == 0
    services.customers.restore([created.id])
    assert services.customers.get(created.id).code == created.code
    actions = [h.action for h in services.customers.history(created.id)]
    assert actions[:2] == [AuditAction.RESTORE, AuditAction.DELETE]


def test_tags_are_stored_and_shared(services):
    a = services.customers.create(new(tags=("VIP", "展会"))).value
    b = services.customers.create(new("李四", tags=("展会",))).value
    assert a.tags == ("VIP", "展会")
    assert services.customers.get(b.id).tags == ("展会",)


def test_two_writers_never_get_the_same_code(database_target):
    open_services(database_target, username="setup").close()
    codes: list[str] = []

    def writer(name: str) -> None:
        opened = open_services(database_target, username=name)
        try:
            for i in range(15):
                codes.append(opened.customers.create(new(f"{name}{i}")).value.code)
        finally:
            opened.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("amy", "bob")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(codes) == 30 and len(set(codes)) == 30


def test_list_search_finds_pinyin_initials_and_sorts_by_pinyin(services):
    for name in ["张三", "阿里巴巴", "Zeta Ltd", "王伟"]:
        services.customers.create(new(name))
    names = [r.name for r in services.customers.page(ListQuery(sort_key="name"), 0, 10)]
    assert names == ["阿里巴巴", "王伟", "Zeta Ltd", "张三"]  # a-li, wang, zeta, zhang
    found = services.customers.page(ListQuery(search="zs"), 0, 10)
    assert [r.name for r in found] == ["张三"]
    assert services.customers.count(ListQuery(search="zhang")) == 1
    assert services.customers.count(ListQuery(search="王")) == 1
    assert services.customers.count(ListQuery(search="%")) == 0  # wildcards are literal


def test_purge_deletes_for_good_only_from_the_bin(services):
    from crmdesk.core.errors import DomainError

    kept = services.customers.create(new("保留")).value
    gone = services.customers.create(new("清除")).value
    with pytest.raises(DomainError, match="not in the bin"):
        services.customers.purge([kept.id])
    services.customers.delete([gone.id])
    services.customers.purge([gone.id])
    with pytest.raises(NotFoundError):
        services.customers.restore([gone.id])
    assert services.customers.create(new("新")).value.code == "C000003"  # never reused
    assert services.customers.history(gone.id)[0].action == AuditAction.PURGE


def test_purging_erases_personal_data_from_the_history_too(services):
    from sqlalchemy import text

    from crmdesk.core.activity import Activity
    from crmdesk.core.contact import Contact

    gone = services.customers.create(replace(new("清除"), mobile="13800138000")).value
    gone = services.customers.update(replace(gone, mobile="13911112222", notes="住在幸福路8号"))
    gone = gone.value
    services.contacts.add(Contact(customer_id=gone.id, name="李秘书", mobile="13733334444"))
    services.activities.log(
        Activity(
            customer_id=gone.id,
            occurred_at=FIXED_NOW,
            subject="回访",
            content="孩子在实验小学读书",
        )
    )
    services.customers.delete([gone.id])
    services.customers.purge([gone.id])
    with services.context.db.engine.connect() as connection:
        values = connection.execute(text("SELECT old_value, new_value FROM audit_log")).all()
        kinds = connection.execute(
            text("SELECT DISTINCT entity FROM audit_log WHERE action = 'create'")
        ).scalars()
        assert {"customer", "contact", "activity"} <= set(kinds)  # that they existed
    held = " ".join(str(v) for row in values for v in row)
    for personal in ("13800138000", "13911112222", "幸福路", "李秘书", "13733334444", "实验小学"):
        assert personal not in held
    assert services.customers.history(gone.id)[0].action == AuditAction.PURGE


def test_two_staff_on_one_database_the_second_save_names_the_first(services, database_target):
    """Optimistic locking across two connections (two people, or two offices on one
    PostgreSQL server): nothing is silently lost."""
    created = services.customers.create(new()).value
    other = open_services(database_target, username="lina", clock=lambda: FIXED_NOW)
    try:
        theirs = other.customers.update(replace(created, phone="010-12345678")).value
    finally:
        other.close()
    with pytest.raises(ConflictError, match="changed by lina at 2026-03-15 10:30") as refused:
        services.customers.update(replace(created, notes="mine"))
    assert refused.value.theirs.phone == theirs.phone
    assert services.customers.get(created.id).notes is None
