from datetime import datetime, timedelta

import numpy as np
import pytest

from crmdesk.analytics.choices import Action, Reason
from crmdesk.analytics.churn import ChurnSignals, churn_warning, complaint_signals
from crmdesk.core.complaint_stats import ComplaintFacts
from crmdesk.core.enums import ComplaintStatus

NAN = np.nan


def signals(*rows) -> ChurnSignals:
    """One customer per row, in the order of ChurnSignals' fields."""
    *columns, inertial = list(zip(*rows, strict=True))
    arrays = [np.array(column, dtype=float) for column in columns]
    return ChurnSignals(*arrays, np.array(inertial, dtype=bool))


# id, value, p alive, days since purchase, usual interval, recent, earlier, silent,
# silence limit, open, badly handled, last satisfaction, previous satisfaction,
# last survey c, previous survey c, inertial loyalty
HEALTHY = (1, 500, 0.9, 10, 30, 100, 100, 5, 30, 0, 0, NAN, NAN, NAN, NAN, False)


def test_a_healthy_customer_is_not_listed():
    assert churn_warning(signals(HEALTHY)) == []


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({2: 0.3}, Reason.PROBABLY_INACTIVE),
        ({3: 61}, Reason.OVERDUE_PURCHASE),  # more than twice the usual 30 days
        ({9: 1}, Reason.OPEN_COMPLAINT),
        ({10: 1}, Reason.BADLY_HANDLED_COMPLAINT),
        ({11: 3, 12: 5}, Reason.FALLING_SATISFACTION),
        ({13: 0.9, 14: 1.1}, Reason.FALLING_SATISFACTION),  # survey to survey
    ],
)
def test_each_serious_reason_alone_puts_a_customer_at_risk(change, reason):
    row = list(HEALTHY)
    for index, value in change.items():
        row[index] = value
    [risk] = churn_warning(signals(tuple(row)))
    assert risk.reasons == (reason,)


def test_thresholds_are_strict():
    row = list(HEALTHY)
    row[3], row[5], row[2] = 60, 50, 0.5  # exactly twice, exactly half, exactly 0.5
    assert churn_warning(signals(tuple(row))) == []


def test_silence_or_falling_spend_alone_is_not_enough_but_both_are():
    silent = list(HEALTHY)
    silent[7] = 61  # beyond twice the 30-day follow-up interval
    assert churn_warning(signals(tuple(silent))) == []
    buying_less = list(HEALTHY)
    buying_less[5] = 49  # under half of the 100 before
    assert churn_warning(signals(tuple(buying_less))) == []
    buying_less[7] = 61
    [risk] = churn_warning(signals(tuple(buying_less)))
    assert risk.reasons == (Reason.FALLING_SPEND, Reason.LONG_SILENCE)
    assert risk.action is Action.VISIT_ABOUT_SPEND
    silent[9] = 1
    [risk] = churn_warning(signals(tuple(silent)))
    assert risk.score == 3
    assert risk.reasons == (Reason.OPEN_COMPLAINT, Reason.LONG_SILENCE)
    assert risk.action is Action.RESOLVE_COMPLAINT


def test_one_time_buyers_and_the_never_contacted_get_no_gap_or_silence_reason():
    row = list(HEALTHY)
    row[4], row[7] = NAN, NAN
    row[3] = 400
    assert churn_warning(signals(tuple(row))) == []


def test_ranked_by_score_then_value_then_id():
    low = list(HEALTHY)
    low[2] = 0.1  # score 3
    big = list(low)
    big[0], big[1] = 2, 9000
    worst = list(low)
    worst[0], worst[1], worst[9] = 3, 10, 1  # score 5
    tie = list(big)
    tie[0] = 4
    ranked = churn_warning(signals(tuple(low), tuple(big), tuple(worst), tuple(tie)))
    assert [r.customer_id for r in ranked] == [3, 2, 4, 1]
    assert [r.score for r in ranked] == [5, 3, 3, 3]
    assert ranked[0].action is Action.RESOLVE_COMPLAINT
    assert ranked[1].action is Action.WIN_BACK_OFFER


NOW = datetime(2026, 3, 15, 12)


def facts(received_days_ago: float, status=ComplaintStatus.CLOSED, **fields) -> ComplaintFacts:
    received = NOW - timedelta(days=received_days_ago)
    values = {
        "received_at": received,
        "category": "billing",
        "cause": None,
        "status": status,
        "satisfaction": None,
        "first_response_at": received + timedelta(hours=1),
        "first_response_due": received + timedelta(hours=24),
        "resolved_at": received + timedelta(days=1),
        "resolution_due": received + timedelta(days=7),
        "paused_since": None,
        "paused_seconds": 0,
    }
    return ComplaintFacts(**(values | fields))


def test_complaint_signals_count_open_and_badly_handled_and_keep_the_scores_in_order():
    since = NOW - timedelta(days=365)
    found = complaint_signals(
        [
            (1, facts(30, satisfaction=5)),
            (1, facts(10, satisfaction=2)),  # badly handled: 2 of 5
            (1, facts(2, ComplaintStatus.INVESTIGATING, resolved_at=None)),  # open
            (2, facts(20, resolved_at=NOW - timedelta(days=5))),  # resolved late
            (2, facts(400, satisfaction=1)),  # bad, but before the year looked at
            (3, facts(9, ComplaintStatus.CANCELLED, resolved_at=None)),  # not taken up
            (3, facts(-1, ComplaintStatus.NEW, resolved_at=None)),  # after "now"
        ],
        NOW,
        since,
    )
    assert (found[1].open, found[1].badly_handled, found[1].satisfaction) == (1, 1, [5, 2])
    assert (found[2].open, found[2].badly_handled, found[2].satisfaction) == (0, 1, [1])
    assert (found[3].open, found[3].badly_handled) == (0, 0)


def test_complaint_signals_as_of_a_past_day_ignore_later_handling():
    resolved_later = facts(10, satisfaction=1, resolved_at=NOW + timedelta(days=3))
    found = complaint_signals([(1, resolved_later)], NOW, NOW - timedelta(days=365))
    assert found[1].open == 1
    assert found[1].satisfaction == []


def test_inertial_loyalty_with_falling_spend_is_fragile():
    habit = list(HEALTHY)
    habit[15], habit[5] = True, 40  # buys out of habit, and under half of before
    [risk] = churn_warning(signals(tuple(habit)))
    assert risk.reasons == (Reason.FRAGILE_LOYALTY, Reason.FALLING_SPEND)
    assert risk.action is Action.WIN_THEM_OVER
    loyal = list(habit)
    loyal[15] = False  # the same spending from a customer who likes us is not enough
    assert churn_warning(signals(tuple(loyal))) == []


def test_inertial_loyalty_alone_is_no_risk():
    habit = list(HEALTHY)
    habit[15] = True
    assert churn_warning(signals(tuple(habit))) == []
