"""Every transition of the complaint state machine, and what each one needs."""

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from crmdesk.core.complaint import Complaint
from crmdesk.core.complaint_flow import move
from crmdesk.core.enums import ComplaintStatus as S
from crmdesk.core.errors import DomainError

AT = datetime(2026, 3, 15, 10, 0)

# The process of domain.md §4, written out pair by pair.
EXPECTED = {
    (S.NEW, S.INVESTIGATING),
    (S.INVESTIGATING, S.REJECTED),
    (S.INVESTIGATING, S.AWAITING_CUSTOMER),
    (S.AWAITING_CUSTOMER, S.IN_PROGRESS),
    (S.AWAITING_CUSTOMER, S.INVESTIGATING),
    (S.IN_PROGRESS, S.RESOLVED),
    (S.RESOLVED, S.CLOSED),
    (S.RESOLVED, S.IN_PROGRESS),
    (S.CLOSED, S.INVESTIGATING),
    (S.REJECTED, S.INVESTIGATING),
} | {
    (open_, closing)
    for open_ in (S.NEW, S.INVESTIGATING, S.AWAITING_CUSTOMER, S.IN_PROGRESS, S.RESOLVED)
    for closing in (S.DUPLICATE, S.CANCELLED)
}


def ready(status: S) -> Complaint:
    """A complaint in ``status`` with everything any move out of it could need."""
    return Complaint(
        id=1,
        number="TS2026-0001",
        customer_id=1,
        received_at=AT - timedelta(hours=2),
        customer_words="货到了是坏的",
        status=status,
        stands=True,
        validity_reason="查验属实",
        explanation="已向客户说明",
        solution="换货",
        accepted=True,
        satisfaction=4,
        paused_since=AT - timedelta(hours=1) if status is S.AWAITING_CUSTOMER else None,
    )


def arguments(start: S, to: S) -> dict:
    if to is S.DUPLICATE:
        return {"duplicate_of_id": 7}
    if to is S.CANCELLED or start in (S.CLOSED, S.REJECTED):
        return {"reason": "客户要求"}
    return {}


@pytest.mark.parametrize("start", list(S))
@pytest.mark.parametrize("to", list(S))
def test_only_the_processs_moves_are_allowed(start, to):
    complaint = ready(start)
    if to is S.REJECTED:
        complaint = replace(complaint, stands=False)
    if start is S.AWAITING_CUSTOMER and to is S.INVESTIGATING:
        complaint = replace(complaint, accepted=False)
    if (start, to) in EXPECTED:
        assert move(complaint, to, AT, **arguments(start, to)).status is to
    else:
        with pytest.raises(DomainError, match=f"is {start.value} and cannot become {to.value}"):
            move(complaint, to, AT, reason="x", duplicate_of_id=7)


def test_the_refusal_lists_what_is_possible():
    with pytest.raises(DomainError, match="it can become: cancelled, duplicate, investigating"):
        move(ready(S.NEW), S.CLOSED, AT)


def test_rejecting_needs_the_judgement_its_reason_and_the_explanation():
    judging = ready(S.INVESTIGATING)
    with pytest.raises(DomainError, match="judged not to stand"):
        move(replace(judging, stands=None), S.REJECTED, AT)
    with pytest.raises(DomainError, match="judged not to stand"):
        move(replace(judging, stands=False, validity_reason=None), S.REJECTED, AT)
    with pytest.raises(DomainError, match="explanation given to the customer"):
        move(replace(judging, stands=False, explanation=None), S.REJECTED, AT)
    rejected = move(replace(judging, stands=False), S.REJECTED, AT)
    assert (rejected.resolved_at, rejected.closed_at) == (AT, AT)


def test_a_solution_needs_a_complaint_that_stands_and_the_solution():
    judging = ready(S.INVESTIGATING)
    with pytest.raises(DomainError, match="judged to stand"):
        move(replace(judging, stands=False), S.AWAITING_CUSTOMER, AT)
    with pytest.raises(DomainError, match="Propose a solution"):
        move(replace(judging, stands=True, solution=None), S.AWAITING_CUSTOMER, AT)


def test_the_customers_answer_decides_the_way_on():
    waiting = ready(S.AWAITING_CUSTOMER)
    with pytest.raises(DomainError, match="has not accepted"):
        move(replace(waiting, accepted=None), S.IN_PROGRESS, AT)
    with pytest.raises(DomainError, match="only when the customer declines"):
        move(replace(waiting, accepted=True), S.INVESTIGATING, AT)
    assert move(replace(waiting, accepted=False), S.INVESTIGATING, AT).status is S.INVESTIGATING


def test_closing_needs_the_satisfaction_after_handling():
    with pytest.raises(DomainError, match="how satisfied"):
        move(replace(ready(S.RESOLVED), satisfaction=None), S.CLOSED, AT)


def test_reopening_and_cancelling_need_a_reason():
    for status in (S.CLOSED, S.REJECTED):
        with pytest.raises(DomainError, match="re-opened"):
            move(ready(status), S.INVESTIGATING, AT, reason="  ")
    reopened = move(ready(S.CLOSED), S.INVESTIGATING, AT, reason="又坏了")
    assert reopened.closed_at is None
    with pytest.raises(DomainError, match="cancelled"):
        move(ready(S.NEW), S.CANCELLED, AT)


def test_a_duplicate_names_another_complaint():
    with pytest.raises(DomainError, match="Name the complaint"):
        move(ready(S.NEW), S.DUPLICATE, AT)
    with pytest.raises(DomainError, match="Name the complaint"):
        move(ready(S.NEW), S.DUPLICATE, AT, duplicate_of_id=1)  # itself
    duplicate = move(ready(S.NEW), S.DUPLICATE, AT, duplicate_of_id=7)
    assert (duplicate.duplicate_of_id, duplicate.closed_at) == (7, AT)
    assert duplicate.first_response_at is None  # no response was given to it


def test_the_first_response_and_resolution_are_kept_from_the_first_time():
    first = move(ready(S.NEW), S.INVESTIGATING, AT)
    assert first.first_response_at == AT
    later = AT + timedelta(days=1)
    resolved = move(replace(first, status=S.IN_PROGRESS), S.RESOLVED, later)
    again = move(resolved, S.IN_PROGRESS, later + timedelta(hours=1))
    assert move(again, S.RESOLVED, later + timedelta(days=2)).resolved_at == later
    assert again.first_response_at == AT


def test_awaiting_the_customer_pauses_the_resolution_clock():
    proposed = move(ready(S.INVESTIGATING), S.AWAITING_CUSTOMER, AT)
    assert proposed.paused_since == AT
    answered = move(proposed, S.IN_PROGRESS, AT + timedelta(hours=5))
    assert (answered.paused_since, answered.paused_seconds) == (None, 5 * 3600)
    declined = replace(move(answered, S.RESOLVED, AT), status=S.AWAITING_CUSTOMER)
    declined = replace(declined, paused_since=AT, accepted=False)
    back = move(declined, S.INVESTIGATING, AT + timedelta(hours=1))
    assert back.paused_seconds == 6 * 3600
