from datetime import datetime, timedelta

import pytest

from crmdesk.core.complaint import Complaint
from crmdesk.core.complaint_sla import SlaPolicy, with_deadlines
from crmdesk.core.complaint_stats import complaint_statistics
from crmdesk.core.enums import ComplaintCause, ComplaintLevel
from crmdesk.core.enums import ComplaintStatus as S

NOW = datetime(2026, 3, 15, 12, 0)
HOUR = timedelta(hours=1)


def complaint(received, category="quality", **fields) -> Complaint:
    value = Complaint(
        customer_id=1,
        received_at=received,
        category=category,
        level=ComplaintLevel.MAJOR,  # 4 h to respond, 24 h to resolve
        customer_words="x",
        **fields,
    )
    return with_deadlines(value, SlaPolicy())


@pytest.fixture
def statistics():
    jan, mar = datetime(2026, 1, 10, 9), datetime(2026, 3, 14, 9)  # none in February
    complaints = [
        # responded in 2 h, resolved in 10 h: both kept; satisfied
        complaint(
            jan,
            first_response_at=jan + 2 * HOUR,
            resolved_at=jan + 10 * HOUR,
            status=S.CLOSED,
            satisfaction=5,
            cause=ComplaintCause.PRODUCT,
        ),
        # responded in 6 h (missed), resolved in 30 h less 10 h awaiting the customer (kept)
        complaint(
            jan,
            first_response_at=jan + 6 * HOUR,
            resolved_at=jan + 30 * HOUR,
            paused_seconds=10 * 3600,
            status=S.CLOSED,
            satisfaction=2,
            cause=ComplaintCause.PRODUCT,
        ),
        complaint(
            mar,
            category="billing",
            first_response_at=mar + HOUR,
            status=S.INVESTIGATING,
            cause=ComplaintCause.SERVICE,
        ),
        complaint(mar, category="late_delivery", status=S.NEW),  # open, both overdue
        complaint(mar, category="late_delivery", status=S.CANCELLED),  # not counted
    ]
    return complaint_statistics(complaints, NOW)


def test_counts_by_category_as_a_pareto_table(statistics):
    assert statistics.total == 5
    rows = [(r.key, r.count, r.cumulative) for r in statistics.by_category]
    assert rows == [("late_delivery", 2, 0.4), ("quality", 2, 0.8), ("billing", 1, 1.0)]


def test_counts_by_cause_status_and_month(statistics):
    assert statistics.by_cause[0] == (ComplaintCause.PRODUCT, 2)
    assert (None, 2) in statistics.by_cause
    assert statistics.by_status == [
        (S.NEW, 1),
        (S.INVESTIGATING, 1),
        (S.CLOSED, 2),
        (S.CANCELLED, 1),
    ]
    assert statistics.by_month == [("2026-01", 2), ("2026-02", 0), ("2026-03", 3)]


def test_median_times_leave_out_the_wait_for_the_customer(statistics):
    assert statistics.median_response_hours == 2  # of 2, 6 and 1 hours
    assert statistics.median_resolution_hours == 15  # of 10 and 20 hours


def test_hit_rates_count_open_overdue_complaints_as_missed(statistics):
    # response: kept 2 h, missed 6 h, kept 1 h, overdue (open) → 2 of 4
    assert statistics.response_hit_rate == 0.5
    # resolution: kept, kept, and both March ones open past their 24 h → 2 of 4
    assert statistics.resolution_hit_rate == 0.5


def test_satisfaction_after_handling(statistics):
    assert statistics.satisfaction_mean == 3.5
    assert statistics.satisfaction_counts == {1: 0, 2: 1, 3: 0, 4: 0, 5: 1}


def test_no_complaints_no_figures():
    empty = complaint_statistics([], NOW)
    assert (empty.total, empty.by_month, empty.median_response_hours) == (0, [], None)
    assert empty.response_hit_rate is None and empty.satisfaction_mean is None


def test_as_of_an_earlier_day_later_answers_have_not_happened():
    received = datetime(2026, 3, 1, 9)
    answered = complaint(received, first_response_at=received + 30 * HOUR, status=S.CLOSED)
    before = complaint_statistics([answered], received + 10 * HOUR)
    assert before.median_response_hours is None
    assert before.response_hit_rate == 0  # overdue at that moment
    assert complaint_statistics([answered], NOW).median_response_hours == 30
