"""The wizard's answers, turned into moves of the state machine."""

from dataclasses import replace
from datetime import datetime

import pytest

from crmdesk.core.complaint import Complaint
from crmdesk.core.complaint_steps import FOLLOW_UP, JUDGE, LISTEN, SOLVE, moves_for_step
from crmdesk.core.enums import ComplaintStatus as S

BASE = Complaint(customer_id=1, received_at=datetime(2026, 3, 1), customer_words="坏了")


@pytest.mark.parametrize(
    ("status", "step", "answers", "fixed", "finishing", "moves"),
    [
        (S.NEW, LISTEN, {}, False, False, []),
        (S.NEW, JUDGE, {"stands": True}, False, False, [S.INVESTIGATING]),
        (S.NEW, JUDGE, {"stands": None}, False, False, [S.INVESTIGATING]),
        (S.NEW, JUDGE, {"stands": False}, False, True, [S.INVESTIGATING, S.REJECTED]),
        (S.INVESTIGATING, JUDGE, {"stands": False}, False, True, [S.REJECTED]),
        (S.IN_PROGRESS, JUDGE, {"stands": True}, False, False, []),  # an edit on the way back
        (S.INVESTIGATING, SOLVE, {"solution": None}, False, False, []),
        (S.INVESTIGATING, SOLVE, {"solution": "换货"}, False, False, [S.AWAITING_CUSTOMER]),
        (
            S.INVESTIGATING,
            SOLVE,
            {"solution": "换货", "accepted": True},
            False,
            False,
            [S.AWAITING_CUSTOMER, S.IN_PROGRESS],
        ),
        (S.AWAITING_CUSTOMER, SOLVE, {"accepted": True}, False, False, [S.IN_PROGRESS]),
        (S.AWAITING_CUSTOMER, SOLVE, {"accepted": False}, False, False, [S.INVESTIGATING]),
        (S.AWAITING_CUSTOMER, SOLVE, {"accepted": None}, False, False, []),
        (S.IN_PROGRESS, FOLLOW_UP, {}, False, False, []),
        (S.IN_PROGRESS, FOLLOW_UP, {}, True, False, [S.RESOLVED]),
        (S.IN_PROGRESS, FOLLOW_UP, {}, True, True, [S.RESOLVED, S.CLOSED]),
        (S.RESOLVED, FOLLOW_UP, {}, True, True, [S.CLOSED]),
        (S.CLOSED, FOLLOW_UP, {}, True, True, []),
    ],
)
def test_moves_for_each_step(status, step, answers, fixed, finishing, moves):
    complaint = replace(BASE, status=status, **answers)
    assert moves_for_step(complaint, step, fixed=fixed, finishing=finishing) == moves
