"""Lifetime values and the churn warning through the services, on SQLite and
PostgreSQL: purchase histories read from the sales, the reasons a current customer is
listed, and marking customers lost and won back on their timelines."""

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import numpy as np
import pytest
from sqlalchemy import update

from crmdesk.analytics.choices import Action, Reason
from crmdesk.core.complaint import Complaint
from crmdesk.core.customer import Customer
from crmdesk.core.day_numbers import day_number
from crmdesk.core.enums import ChurnCause, ChurnOutcome, CustomerStatus
from crmdesk.core.errors import DomainError
from crmdesk.core.timeline import TimelineKind
from crmdesk.storage.models import Activity, Transaction
from crmdesk.storage.models import Customer as CustomerRow
from tests.collector import passes_during
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()


def add_sales(services, sales) -> None:
    with services.context.db.write() as session:
        for who, on, amount, profit in sales:
            session.add(
                Transaction(
                    customer_id=who,
                    occurred_on=on,
                    amount=Decimal(amount),
                    gross_profit=None if profit is None else Decimal(profit),
                )
            )


def customer(services, name, status=CustomerStatus.REPEAT) -> int:
    return services.customers.create(Customer(name=name, status=status)).value.id


def test_purchase_history_counts_days_not_lines_and_reads_only_up_to_the_day(services):
    one, two = customer(services, "甲"), customer(services, "乙")
    add_sales(
        services,
        [
            (one, date(2025, 1, 10), "100", "30"),
            (one, date(2025, 1, 10), "50", None),  # same day: the same purchase
            (one, date(2026, 1, 5), "200", "20"),
            (one, date(2026, 3, 1), "300", "60"),
            (two, date(2026, 2, 1), "80", "8"),
            (two, date(2026, 3, 20), "999", "99"),  # after today
        ],
    )
    history, day = services.lifetime.history()
    assert day == TODAY
    assert history.ids.tolist() == [one, two]
    assert history.purchase_days.tolist() == [3, 1]
    assert history.first_day.tolist() == [
        day_number(date(2025, 1, 10)),
        day_number(date(2026, 2, 1)),
    ]
    assert history.last_day.tolist() == [day_number(date(2026, 3, 1)), day_number(date(2026, 2, 1))]
    assert history.revenue.tolist() == [650, 80]
    assert history.first_day_revenue.tolist() == [150, 80]
    assert history.mean_repeat_spend().tolist() == [250, 0]
    # A sale without gross profit counts the 30% margin: 2025 had 30 + 15, carried
    # forward a year at the default 10%; 2026 had 20 + 60.
    assert history.historical_profit.tolist() == pytest.approx([80 + 45 * 1.1, 8])
    # Halves of the last 12 months: 2025-09-13…2026-03-15 and the six months before.
    assert history.recent_revenue.tolist() == [500, 80]
    assert history.earlier_revenue.tolist() == [0, 0]
    earlier, day = services.lifetime.history(as_of=date(2025, 12, 31))
    assert day == date(2025, 12, 31)
    assert earlier.ids.tolist() == [one]
    assert earlier.revenue.tolist() == [150]


def test_lifetime_values_without_enough_buyers_keep_the_historical_value(services):
    one = customer(services, "甲")
    add_sales(
        services, [(one, date(2025, 6, 1), "100", "40"), (one, date(2026, 1, 1), "100", "40")]
    )
    found = services.lifetime.values()
    assert found.purchases_model is None
    assert found.not_fitted
    assert found.historical.tolist() == pytest.approx([40 * 1.1 + 40])


@pytest.fixture
def buyers(services):
    """Sixty buyers drawn the way BG/NBD assumes (each with its own purchase rate and
    chance of dropping out after a purchase), and last, one who bought every ten days
    for a year and stopped in September. Everyone was called last week."""
    rng = np.random.default_rng(7)
    ids = [customer(services, f"买家{n}") for n in range(61)]
    sales = []
    for who in ids[:60]:
        rate, drop = rng.gamma(0.8, 0.25), rng.beta(1, 6)  # purchases a week; dropout
        on = date(2024, 6, 1) + timedelta(days=int(rng.integers(0, 365)))
        while on <= TODAY:
            sales.append((who, on, f"{rng.gamma(4, 50):.2f}", None))
            if rng.random() < drop:
                break
            on += timedelta(days=1 + int(rng.exponential(7 / rate)))
    on = date(2024, 9, 1)
    while on <= date(2025, 9, 1):
        sales.append((ids[60], on, "300", None))
        on += timedelta(days=10)
    add_sales(services, sales)
    with services.context.db.write() as session:
        session.execute(update(CustomerRow).values(created_at=datetime(2024, 1, 1)))
        for who in ids:
            session.add(
                Activity(
                    customer_id=who,
                    channel="phone",
                    direction="outbound",
                    occurred_at=FIXED_NOW - timedelta(days=7),
                    subject="回访",
                )
            )
    return ids


@pytest.mark.parametrize(
    "computation",
    [
        lambda services: services.churn.warning(),
        lambda services: services.analytics.all_of_them(),
        lambda services: services.analytics.distribution(),
        lambda services: services.loyalty.overview(),
    ],
    ids=["churn", "value", "distribution", "loyalty"],
)
def test_the_analytics_run_without_a_garbage_collection(services, buyers, computation):
    """At a million sales the collector's passes were a quarter of their time."""
    # At most the one pass due when the collector comes back on, at the end.
    assert len(passes_during(lambda: computation(services))) <= 1


def test_a_customer_whose_purchases_stopped_heads_the_list_with_its_reasons(services, buyers):
    report = services.churn.warning()
    assert report.watched == 61
    assert report.lifetime.purchases_model is not None
    top = report.rows[0]
    assert top.risk.customer_id == buyers[60]
    assert top.risk.reasons == (
        Reason.PROBABLY_INACTIVE,
        Reason.OVERDUE_PURCHASE,
        Reason.FALLING_SPEND,
    )
    assert top.risk.action is Action.WIN_BACK_OFFER
    assert top.name == "买家60"
    assert top.risk.usual_interval == pytest.approx(10)
    assert top.risk.days_since_purchase == (TODAY - date(2025, 8, 27)).days
    # The list is ranked: scores never rise going down.
    scores = [r.risk.score for r in report.rows]
    assert scores == sorted(scores, reverse=True)


def test_an_open_complaint_comes_first_among_the_reasons(services, buyers):
    before = {r.risk.customer_id: r.risk for r in services.churn.warning().rows}
    services.complaints.save_step(
        Complaint(customer_id=buyers[3], received_at=FIXED_NOW - timedelta(days=2),
                  customer_words="发票开错了", category="billing"),
        1, fixed=True, finishing=False,
    )  # fmt: skip
    after = {r.risk.customer_id: r.risk for r in services.churn.warning().rows}
    complained = after[buyers[3]]
    assert complained.reasons[0] is Reason.OPEN_COMPLAINT
    assert complained.action is Action.RESOLVE_COMPLAINT
    assert complained.score == (before[buyers[3]].score if buyers[3] in before else 0) + 2


def test_only_current_customers_are_watched_and_a_past_day_uses_what_was_known(services, buyers):
    # In June 2025 the one who stopped was still buying.
    earlier = services.churn.warning(as_of=date(2025, 6, 30))
    assert earlier.as_of == date(2025, 6, 30)
    assert buyers[60] not in {r.risk.customer_id for r in earlier.rows}
    services.customers.update(
        replace(services.customers.get(buyers[60]), status=CustomerStatus.PROSPECT)
    )
    assert services.churn.warning().watched == 60
    assert buyers[60] not in {r.risk.customer_id for r in services.churn.warning().rows}


def test_mark_lost_then_won_back_changes_the_status_and_writes_the_timeline(services):
    who = customer(services, "流失客户", CustomerStatus.LOYAL)
    services.churn.mark_lost(who, ChurnCause.COMPETITOR, "  转向竞争对手  ")
    assert services.customers.get(who).status is CustomerStatus.LOST
    with pytest.raises(DomainError, match="already marked lost"):
        services.churn.mark_lost(who, ChurnCause.PRICE, None)
    [lost] = services.churn.lost()
    assert (lost.id, lost.cause, lost.note) == (who, ChurnCause.COMPETITOR, "转向竞争对手")
    services.churn.mark_won_back(who, "八折续约")
    assert services.customers.get(who).status is CustomerStatus.LOYAL  # as before
    assert services.churn.lost() == []
    with pytest.raises(DomainError, match="not marked lost"):
        services.churn.mark_won_back(who, None)
    entries = services.activities.timeline(who, {TimelineKind.CHURN, TimelineKind.CHANGE}, 0, 10)
    churn = [e for e in entries if e.kind is TimelineKind.CHURN]
    assert [e.outcome_of_churn for e in churn] == [ChurnOutcome.WON_BACK, ChurnOutcome.LOST]
    assert churn[1].churn_cause is ChurnCause.COMPETITOR
    assert churn[0].detail == "八折续约"
    changes = [(e.old_value, e.new_value) for e in entries if e.kind is TimelineKind.CHANGE]
    assert changes == [("lost", "loyal"), ("loyal", "lost")]


def test_a_customer_set_lost_by_hand_is_won_back_as_a_repeat_customer(services):
    who = customer(services, "手工流失", CustomerStatus.LOST)
    services.churn.mark_won_back(who, None)
    assert services.customers.get(who).status is CustomerStatus.REPEAT


def test_a_merge_moves_the_churn_history_to_the_surviving_file(services):
    kept, absorbed = customer(services, "保留"), customer(services, "并入")
    services.churn.mark_lost(absorbed, ChurnCause.MOVED, None)
    services.merges.merge(kept, absorbed, {})
    entries = services.activities.timeline(kept, {TimelineKind.CHURN}, 0, 10)
    assert [e.churn_cause for e in entries] == [ChurnCause.MOVED]


def test_values_line_up_with_the_history(services, buyers):
    history, _day = services.lifetime.history()
    found = services.lifetime.values()
    assert found.ids.tolist() == history.ids.tolist()
    assert (found.future >= 0).all()
    stopped = found.ids.tolist().index(buyers[60])
    assert found.probability_alive[stopped] < 0.5
    # Thirty-seven purchases behind it, next to nothing to come.
    assert found.future[stopped] < found.historical[stopped] / 100
    assert found.future.max() > found.historical[stopped] / 10
