"""Complaints through the service, on SQLite and PostgreSQL, with the clock fixed at
2026-03-15 10:30."""

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from crmdesk.core.complaint import Complaint
from crmdesk.core.complaint_sla import SlaPolicy, SlaState, SlaTerms
from crmdesk.core.customer import Customer
from crmdesk.core.enums import Compensation, ComplaintLevel, ComplaintStatus
from crmdesk.core.errors import ConflictError, DomainError, ValidationError
from crmdesk.core.listing import ListQuery
from crmdesk.core.timeline import TimelineKind
from crmdesk.services.complaints import SLA_SETTING
from crmdesk.storage.settings_store import set_setting
from tests.conftest import FIXED_NOW


@pytest.fixture
def customer(services):
    return services.customers.create(Customer(name="王五")).value


def listened(customer, **fields) -> Complaint:
    return Complaint(
        customer_id=customer.id,
        received_at=FIXED_NOW - timedelta(hours=1),
        category="quality",
        level=ComplaintLevel.SERIOUS,
        customer_words="收到的货有裂缝",
        step=2,
        **fields,
    )


def test_a_complaint_through_all_four_steps(services, customer):
    handling = services.complaints
    new = handling.save_step(listened(customer), 1).value
    assert (new.number, new.status) == ("TS2026-0001", ComplaintStatus.NEW)
    assert new.first_response_due == FIXED_NOW + timedelta(hours=7)
    assert new.resolution_due == FIXED_NOW + timedelta(hours=71)
    judged = handling.save_step(
        replace(new, key_points="裂缝", stands=True, validity_reason="照片为证", step=3), 2
    ).value
    assert (judged.status, judged.first_response_at) == (ComplaintStatus.INVESTIGATING, FIXED_NOW)
    solved = handling.save_step(
        replace(
            judged,
            solution="换一台新的",
            compensation=Compensation.REPLACEMENT,
            compensation_amount=Decimal("199.00"),
            accepted=True,
            step=4,
        ),
        3,
    ).value
    assert solved.status is ComplaintStatus.IN_PROGRESS
    closed = handling.save_step(
        replace(solved, satisfaction=5, findings="加强出厂检验"), 4, fixed=True, finishing=True
    ).value
    assert closed.status is ComplaintStatus.CLOSED
    assert closed.resolved_at == closed.closed_at == FIXED_NOW
    assert handling.get(closed.id).compensation_amount == Decimal("199.00")
    history = [(e.step, e.from_status, e.to_status) for e in handling.history(closed.id)]
    assert history == [
        (1, None, ComplaintStatus.NEW),
        (2, None, ComplaintStatus.NEW),
        (None, ComplaintStatus.NEW, ComplaintStatus.INVESTIGATING),
        (3, None, ComplaintStatus.INVESTIGATING),
        (None, ComplaintStatus.INVESTIGATING, ComplaintStatus.AWAITING_CUSTOMER),
        (None, ComplaintStatus.AWAITING_CUSTOMER, ComplaintStatus.IN_PROGRESS),
        (4, None, ComplaintStatus.IN_PROGRESS),
        (None, ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED),
        (None, ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED),
    ]
    assert all(e.actor == "tester" for e in handling.history(closed.id))
    timeline = services.activities.timeline(customer.id, {TimelineKind.COMPLAINT}, 0, 50)
    assert len(timeline) == 9
    assert {entry.title for entry in timeline} == {"TS2026-0001"}


def test_a_complaint_that_does_not_stand_is_closed_with_the_explanation(services, customer):
    new = services.complaints.save_step(listened(customer), 1).value
    rejected = services.complaints.save_step(
        replace(new, stands=False, validity_reason="超出保修期", explanation="已电话说明原因"),
        2,
        finishing=True,
    ).value
    assert rejected.status is ComplaintStatus.REJECTED
    assert rejected.closed_at == FIXED_NOW


def test_a_refused_step_stores_nothing(services, customer):
    new = services.complaints.save_step(listened(customer), 1).value
    with pytest.raises(DomainError, match="explanation given to the customer"):
        services.complaints.save_step(
            replace(new, key_points="要点", stands=False, validity_reason="过保"), 2
        )
    assert services.complaints.get(new.id) == new
    assert len(services.complaints.history(new.id)) == 1
    with pytest.raises(ValidationError, match="customer_words"):
        services.complaints.save_step(replace(new, customer_words=" "), 1)


def test_numbers_run_on_per_year(services, customer):
    numbers = [services.complaints.save_step(listened(customer), 1).value.number for _ in "ab"]
    assert numbers == ["TS2026-0001", "TS2026-0002"]
    assert services.complaints.find(" TS2026-0002 ").id is not None
    assert services.complaints.find("TS2026-0404") is None


def test_an_edit_over_a_newer_version_is_refused(services, customer):
    new = services.complaints.save_step(listened(customer), 1).value
    services.complaints.save_step(replace(new, key_points="先到"), 1)
    with pytest.raises(ConflictError, match="changed by someone else"):
        services.complaints.save_step(replace(new, key_points="后到"), 1)


def test_cancel_duplicate_and_reopen_with_their_reasons(services, customer):
    first = services.complaints.save_step(listened(customer), 1).value
    second = services.complaints.save_step(listened(customer), 1).value
    with pytest.raises(DomainError, match="no complaint numbered TS2026-0099"):
        services.complaints.move(second, ComplaintStatus.DUPLICATE, duplicate_of="TS2026-0099")
    duplicate = services.complaints.move(
        second, ComplaintStatus.DUPLICATE, duplicate_of="TS2026-0001"
    ).value
    assert duplicate.duplicate_of_id == first.id
    cancelled = services.complaints.move(first, ComplaintStatus.CANCELLED, reason="客户撤回").value
    assert cancelled.status is ComplaintStatus.CANCELLED
    last = services.complaints.history(first.id)[-1]
    assert (last.to_status, last.note) == (ComplaintStatus.CANCELLED, "客户撤回")
    with pytest.raises(DomainError, match="cannot become investigating"):
        services.complaints.move(cancelled, ComplaintStatus.INVESTIGATING, reason="again")


def test_the_databases_deadlines_apply(services, customer):
    terms = {**SlaPolicy().terms, ComplaintLevel.SERIOUS: SlaTerms(2, 10)}
    with services.context.db.write() as session:
        set_setting(session, SLA_SETTING, SlaPolicy(terms).to_text())
    new = services.complaints.save_step(listened(customer), 1).value
    assert new.first_response_due == FIXED_NOW + timedelta(hours=1)
    raised = services.complaints.save_step(replace(new, level=ComplaintLevel.MAJOR), 1).value
    assert raised.resolution_due == FIXED_NOW + timedelta(hours=23)


def test_a_merge_brings_the_complaints_along_and_undo_takes_them_back(services, customer):
    other = services.customers.create(Customer(name="王五(重复)")).value
    complaint = services.complaints.save_step(listened(other), 1).value
    merged = services.merges.merge(customer.id, other.id, {}).value
    assert services.complaints.get(complaint.id).customer_id == customer.id
    services.merges.undo(merged)
    assert services.complaints.get(complaint.id).customer_id == other.id


def test_a_complaint_needs_a_live_customer(services, customer):
    services.customers.delete([customer.id])
    with pytest.raises(DomainError):
        services.complaints.save_step(listened(customer), 1)


def test_the_list_filters_and_shows_how_each_deadline_stands(services, customer):
    late = services.complaints.save_step(
        replace(listened(customer), received_at=FIXED_NOW - timedelta(hours=30)), 1
    ).value
    fresh = services.complaints.save_step(
        replace(listened(customer), level=ComplaintLevel.ORDINARY, category="billing"), 1
    ).value
    everything = ListQuery(sort_key="received_at", descending=True)
    rows = services.complaints.page(everything, 0, 10)
    assert [(r.number, r.response_sla, r.resolution_sla) for r in rows] == [
        (fresh.number, SlaState.ON_TIME, SlaState.ON_TIME),
        (late.number, SlaState.OVERDUE, SlaState.ON_TIME),
    ]
    overdue = everything.with_filter("overdue", True)
    assert [r.number for r in services.complaints.page(overdue, 0, 10)] == [late.number]
    assert services.complaints.count(overdue) == 1
    by_category = everything.with_filter("category", "billing")
    assert [r.number for r in services.complaints.page(by_category, 0, 10)] == [fresh.number]
    by_name = everything.with_filter("customer", "王")
    assert services.complaints.count(by_name) == 2


def test_the_workbench_lists_complaints_due_within_a_day(services, customer):
    due = services.complaints.save_step(
        replace(listened(customer), level=ComplaintLevel.MAJOR), 1
    ).value  # first response due in 3 hours
    services.complaints.save_step(
        replace(listened(customer), level=ComplaintLevel.ORDINARY), 1
    )  # 23 hours
    week_old = services.complaints.save_step(
        replace(
            listened(customer),
            level=ComplaintLevel.ORDINARY,
            received_at=FIXED_NOW - timedelta(days=3),
            stands=True,
        ),
        2,
    ).value  # answered; resolution due in 4 days
    bench = services.workbench.load(owner_only=True)
    numbers = [c.number for c in bench.complaints_due]
    assert numbers[0] == due.number
    assert len(numbers) == 2 and week_old.number not in numbers


def test_statistics_of_the_filtered_complaints(services, customer):
    first = services.complaints.save_step(listened(customer), 1).value
    services.complaints.save_step(replace(first, stands=True, validity_reason="属实"), 2)
    services.complaints.save_step(replace(listened(customer), category="billing"), 1)
    everything = services.complaints.statistics()
    assert everything.total == 2
    assert [(row.key, row.count) for row in everything.by_category] == [
        ("billing", 1),
        ("quality", 1),
    ]
    assert everything.median_response_hours == 1  # received an hour before the clock
    billing = services.complaints.statistics(ListQuery().with_filter("category", "billing"))
    assert (billing.total, billing.median_response_hours) == (1, None)


def test_the_wait_for_the_customer_moves_the_resolution_deadline(database_target, customer):
    from crmdesk.services.app_services import open_services

    now = [FIXED_NOW]
    services = open_services(database_target, username="tester", clock=lambda: now[0])
    try:
        handling = services.complaints
        judged = handling.save_step(replace(listened(customer), stands=True), 2).value
        waiting = handling.save_step(replace(judged, solution="退款"), 3).value
        assert waiting.status is ComplaintStatus.AWAITING_CUSTOMER
        now[0] = FIXED_NOW + timedelta(hours=30)
        going = handling.save_step(replace(waiting, accepted=True), 3).value
        assert going.paused_seconds == 30 * 3600
        assert going.resolution_due == FIXED_NOW + timedelta(hours=71 + 30)
        now[0] = FIXED_NOW + timedelta(hours=200)  # resolved late, then the policy changes
        late = handling.save_step(going, 4, fixed=True).value
        terms = {**SlaPolicy().terms, ComplaintLevel.SERIOUS: SlaTerms(8, 500)}
        with services.context.db.write() as session:
            set_setting(session, SLA_SETTING, SlaPolicy(terms).to_text())
        kept = handling.save_step(replace(late, findings="改进"), 4).value
        assert kept.resolution_due == late.resolution_due  # judged once, stays judged
    finally:
        services.close()
