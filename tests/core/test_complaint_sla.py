"""Deadlines per level, the pause while awaiting the customer, and the colours' states,
against a controlled clock."""

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from crmdesk.core.complaint import Complaint
from crmdesk.core.complaint_flow import move
from crmdesk.core.complaint_sla import (
    SlaPolicy,
    SlaState,
    SlaTerms,
    resolution_state,
    response_state,
    with_deadlines,
)
from crmdesk.core.enums import ComplaintLevel as L
from crmdesk.core.enums import ComplaintStatus as S
from crmdesk.core.errors import DomainError

RECEIVED = datetime(2026, 3, 2, 9, 0)  # a Monday
POLICY = SlaPolicy()


def complaint(level=L.ORDINARY, **fields) -> Complaint:
    value = Complaint(
        id=1, number="TS2026-0001", customer_id=1, received_at=RECEIVED, level=level, **fields
    )
    return with_deadlines(value, POLICY)


@pytest.mark.parametrize(
    ("level", "response", "resolution"),
    [(L.MAJOR, 4, 24), (L.SERIOUS, 8, 72), (L.ORDINARY, 24, 168)],
)
def test_default_deadlines_per_level(level, response, resolution):
    due = complaint(level)
    assert due.first_response_due == RECEIVED + timedelta(hours=response)
    assert due.resolution_due == RECEIVED + timedelta(hours=resolution)


def test_the_response_clock_through_its_states():
    major = complaint(L.MAJOR)  # 4 h: due soon in the last hour
    assert response_state(major, RECEIVED + timedelta(hours=2)) is SlaState.ON_TIME
    assert response_state(major, RECEIVED + timedelta(hours=3, minutes=30)) is SlaState.DUE_SOON
    assert response_state(major, RECEIVED + timedelta(hours=4, minutes=1)) is SlaState.OVERDUE
    answered = move(major, S.INVESTIGATING, RECEIVED + timedelta(hours=3))
    assert response_state(answered, RECEIVED + timedelta(days=9)) is SlaState.MET
    late = move(major, S.INVESTIGATING, RECEIVED + timedelta(hours=5))
    assert response_state(late, RECEIVED + timedelta(hours=5)) is SlaState.FAILED


def test_time_awaiting_the_customer_does_not_count():
    serious = complaint(L.SERIOUS, stands=True, solution="退款", accepted=True)  # 72 h
    judged = move(serious, S.INVESTIGATING, RECEIVED + timedelta(hours=1))
    waiting = move(judged, S.AWAITING_CUSTOMER, RECEIVED + timedelta(hours=10))
    assert resolution_state(waiting, RECEIVED + timedelta(hours=100)) is SlaState.PAUSED
    answered = with_deadlines(move(waiting, S.IN_PROGRESS, RECEIVED + timedelta(hours=60)), POLICY)
    assert answered.resolution_due == RECEIVED + timedelta(hours=72 + 50)
    now = RECEIVED + timedelta(hours=100)  # 50 h counted of 72
    assert resolution_state(answered, now) is SlaState.ON_TIME
    assert resolution_state(answered, RECEIVED + timedelta(hours=110)) is SlaState.DUE_SOON
    assert resolution_state(answered, RECEIVED + timedelta(hours=123)) is SlaState.OVERDUE


def test_a_failed_deadline_stays_failed_after_closing_and_reopening():
    major = complaint(L.MAJOR, stands=True, solution="换货", accepted=True, satisfaction=3)
    late = RECEIVED + timedelta(hours=30)
    resolved = move(replace(major, status=S.IN_PROGRESS), S.RESOLVED, late)
    closed = move(resolved, S.CLOSED, late + timedelta(days=3))
    assert resolution_state(closed, late + timedelta(days=30)) is SlaState.FAILED
    reopened = move(closed, S.INVESTIGATING, late + timedelta(days=40), reason="复发")
    assert resolution_state(reopened, late + timedelta(days=40)) is SlaState.FAILED


def test_cancelled_and_duplicates_leave_the_clocks_unjudged():
    cancelled = move(complaint(), S.CANCELLED, RECEIVED + timedelta(days=30), reason="撤回")
    assert response_state(cancelled, RECEIVED + timedelta(days=30)) is SlaState.NOT_APPLICABLE
    assert resolution_state(cancelled, RECEIVED + timedelta(days=30)) is SlaState.NOT_APPLICABLE


def test_a_level_raised_later_tightens_the_deadlines():
    raised = with_deadlines(replace(complaint(), level=L.MAJOR), POLICY)
    assert raised.first_response_due == RECEIVED + timedelta(hours=4)


def test_policies_are_checked_and_round_trip():
    custom = SlaPolicy({**POLICY.terms, L.MAJOR: SlaTerms(2, 12)})
    assert SlaPolicy.from_text(custom.to_text()) == custom
    with pytest.raises(DomainError, match="cannot come before the first response"):
        SlaPolicy({**POLICY.terms, L.MAJOR: SlaTerms(8, 4)})
    with pytest.raises(DomainError, match="whole hours"):
        SlaPolicy({**POLICY.terms, L.SERIOUS: SlaTerms(0, 4)})
    with pytest.raises(DomainError, match="No deadlines"):
        SlaPolicy({L.MAJOR: SlaTerms(4, 24)})
    with pytest.raises(DomainError, match="unreadable"):
        SlaPolicy.from_text('{"major": 3}')
