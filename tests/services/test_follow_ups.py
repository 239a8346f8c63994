"""Follow-ups through the services, on SQLite and PostgreSQL."""

from dataclasses import replace
from datetime import date, datetime

import pytest

from crmdesk.core.activity import Activity
from crmdesk.core.customer import Customer
from crmdesk.core.enums import Channel, Tier
from crmdesk.core.errors import ConflictError, DomainError
from crmdesk.core.follow_up import SuggestionBasis, TierCadence
from crmdesk.services.app_services import open_services
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()  # 2026-03-15


@pytest.fixture
def customer(services):
    return services.customers.create(Customer(name="张伟", tier_override=Tier.VIP)).value


def log(services, customer_id, at: datetime, follow_up: date | None = None, **fields):
    activity = Activity(
        customer_id=customer_id,
        channel=Channel.PHONE,
        occurred_at=at,
        subject=fields.pop("subject", "电话"),
        next_follow_up=follow_up,
        **fields,
    )
    return services.activities.log(activity).value


def test_suggestions_follow_the_first_contact_series_then_the_tier(services, customer):
    log(services, customer.id, datetime(2026, 3, 13, 9))
    first, tier = services.follow_ups.suggestions(customer.id)
    assert (first.basis, first.due_on) == (SuggestionBasis.CADENCE, date(2026, 3, 17))
    assert (tier.basis, tier.due_on) == (SuggestionBasis.TIER, date(2026, 3, 29))
    cadence = TierCadence({Tier.VIP: 10, Tier.MAJOR: 20, Tier.ORDINARY: 40, Tier.SMALL: 80})
    services.shared_settings.save(replace(services.shared_settings.load(), cadence=cadence))
    assert services.follow_ups.suggestions(customer.id)[-1].due_on == date(2026, 3, 25)


def test_snooze_reassign_and_complete(services, customer):
    set_by = log(services, customer.id, datetime(2026, 3, 10, 9), date(2026, 3, 12))
    (due,) = services.follow_ups.of_customer(customer.id)
    assert (due.activity_id, due.due_on, due.assignee_id) == (
        set_by.id,
        date(2026, 3, 12),
        services.context.actor.id,
    )
    services.follow_ups.snooze(due, 2)  # overdue: two days from today
    (snoozed,) = services.follow_ups.of_customer(customer.id)
    assert snoozed.due_on == date(2026, 3, 17)
    with pytest.raises(ConflictError):
        services.follow_ups.snooze(due, 1)  # the row shown before the snooze is stale

    colleague = services.customers.owners()[0].id
    services.follow_ups.reassign(snoozed, colleague)
    (reassigned,) = services.follow_ups.of_customer(customer.id)
    assert reassigned.assignee_id == colleague

    done = log(services, customer.id, FIXED_NOW, subject="回访完成")
    assert services.follow_ups.of_customer(customer.id) == [reassigned]  # not by itself
    services.activities.log(
        Activity(
            customer_id=customer.id,
            channel=Channel.VISIT,
            occurred_at=FIXED_NOW,
            subject="上门回访",
        ),
        completes=[reassigned.activity_id],
    )
    assert services.follow_ups.of_customer(customer.id) == []
    assert services.activities.get(set_by.id).follow_up_done_at == FIXED_NOW
    assert services.activities.get(done.id).follow_up_done_at is None
    with pytest.raises(DomainError, match="already done"):
        services.follow_ups.reschedule(reassigned, TODAY)


def test_a_changed_due_date_is_reminded_of_again(services, customer):
    activity = log(services, customer.id, datetime(2026, 3, 14, 9), date(2026, 3, 15))
    (due,) = services.follow_ups.of_customer(customer.id)
    services.follow_ups.reschedule(due, date(2026, 3, 15))  # unchanged: no effect
    assert [r.activity_id for r in services.follow_ups.take_reminders()] == [activity.id]
    assert services.follow_ups.take_reminders() == []
    (due,) = services.follow_ups.of_customer(customer.id)
    services.follow_ups.reschedule(due, date(2026, 3, 15))
    assert services.follow_ups.take_reminders() == []
    services.follow_ups.snooze(due, 1)
    assert services.activities.get(activity.id).follow_up_notified_at is None


def test_reminders_come_once_each_as_follow_ups_fall_due(database_target):
    now = [datetime(2026, 3, 15, 8, 0)]
    services = open_services(database_target, username="tester", clock=lambda: now[0])
    try:
        customer = services.customers.create(Customer(name="李娜")).value
        other = services.customers.create(Customer(name="王芳")).value
        today = log(services, customer.id, datetime(2026, 3, 14, 9), date(2026, 3, 15))
        tomorrow = log(services, other.id, datetime(2026, 3, 14, 9), date(2026, 3, 16))
        with services.context.db.write() as session:  # someone else's follow-up
            from crmdesk.storage.users import ensure_user

            colleague = ensure_user(session, "colleague", "同事").id
        log(services, other.id, datetime(2026, 3, 14, 10), date(2026, 3, 15), owner_id=colleague)

        assert [r.activity_id for r in services.follow_ups.take_reminders()] == [today.id]
        assert services.follow_ups.take_reminders() == []
        now[0] = datetime(2026, 3, 16, 0, 1)
        assert [r.activity_id for r in services.follow_ups.take_reminders()] == [tomorrow.id]
        assert services.follow_ups.take_reminders() == []
    finally:
        services.close()
