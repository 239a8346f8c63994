"""Demo complaints: each one taken through the real state machine at made-up times, so
its fields, deadlines and history agree with each other. Most are closed, some were
rejected, the newest are still open; some missed their deadlines."""

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from crmdesk.core.complaint import ALL_FIELDS, Complaint
from crmdesk.core.complaint_flow import move
from crmdesk.core.complaint_sla import SlaPolicy, with_deadlines
from crmdesk.core.enums import (
    Channel,
    Compensation,
    ComplaintCause,
    ComplaintLevel,
    ComplaintStatus,
)
from crmdesk.services import demo_vocabulary as words
from crmdesk.services.complaints import numbered_by_year
from crmdesk.storage.bulk import insert_rows_returning_ids
from crmdesk.storage.complaints import insert_events
from crmdesk.storage.models import Complaint as ComplaintRow

S = ComplaintStatus
COMPLAINING_SHARE = 0.07  # of buying customers, over the last two years
STILL_OPEN_DAYS = 30  # complaints this recent may still be being handled
REJECTED_SHARE = 0.15


@dataclass(frozen=True)
class Complainant:
    customer_id: int
    chinese: bool
    since: date  # when the customer's file was opened


@dataclass(frozen=True)
class StatusChange:
    at: datetime
    from_status: ComplaintStatus | None
    to_status: ComplaintStatus


class ComplaintDemo:
    def __init__(self, seed: int, now: datetime, policy: SlaPolicy, handler_ids: tuple[int, ...]):
        self.rng = random.Random(seed)
        self.now, self.policy, self.handler_ids = now, policy, handler_ids

    def complaints(
        self, complainants: list[Complainant]
    ) -> Iterator[tuple[Complaint, list[StatusChange]]]:
        """Complaints in the order they came in, each with its status changes."""
        rng = self.rng
        chosen = [c for c in complainants if rng.random() < COMPLAINING_SHARE]
        received = []
        for complainant in chosen:
            earliest = max(complainant.since, (self.now - timedelta(days=730)).date())
            span = max((self.now.date() - earliest).days, 1)
            day = earliest + timedelta(days=rng.randrange(span))
            at = datetime.combine(day, datetime.min.time()).replace(
                hour=rng.randrange(8, 19), minute=rng.randrange(60)
            )
            received.append((at, complainant))
        received.sort(key=lambda pair: pair[0])
        for at, complainant in received:
            yield self._handled(self._listened(at, complainant))

    def _listened(self, at: datetime, complainant: Complainant) -> Complaint:
        rng = self.rng
        category = rng.choices(
            list(words.COMPLAINT_CATEGORY_WEIGHTS), list(words.COMPLAINT_CATEGORY_WEIGHTS.values())
        )[0]
        said = words.COMPLAINT_WORDS_ZH if complainant.chinese else words.COMPLAINT_WORDS_EN
        complaint = Complaint(
            customer_id=complainant.customer_id,
            channel=rng.choice((Channel.PHONE, Channel.PHONE, Channel.EMAIL, Channel.MESSAGE)),
            received_at=at,
            category=category,
            level=rng.choices(list(ComplaintLevel), words.COMPLAINT_LEVEL_WEIGHTS)[0],
            customer_words=rng.choice(said[category]),
            handler_id=rng.choice(self.handler_ids),
            cause=ComplaintCause(words.COMPLAINT_CAUSES[category]),
        )
        return with_deadlines(complaint, self.policy)

    def _handled(self, complaint: Complaint) -> tuple[Complaint, list[StatusChange]]:
        """Moves at times drawn around the deadlines (about one in six late); the
        newest stop at a random step along the way."""
        rng = self.rng
        terms = self.policy.for_level(complaint.level)
        at = complaint.received_at
        changes = [StatusChange(at, None, S.NEW)]
        open_until = self.now - timedelta(days=STILL_OPEN_DAYS)
        stop_at = rng.randrange(1, 6) if complaint.received_at > open_until else 99

        def step(current: Complaint, to: ComplaintStatus, hours: float, **reason):
            nonlocal at
            later = (at + timedelta(hours=hours)).replace(microsecond=0)
            at = min(later, self.now)  # nothing happens in the future
            changes.append(StatusChange(at, current.status, to))
            return with_deadlines(move(current, to, at, **reason), self.policy)

        def late_or_not(term_hours: int) -> float:
            return term_hours * (rng.uniform(1.05, 2.0) if rng.random() < 0.17 else rng.random())

        stands = rng.random() >= REJECTED_SHARE
        complaint = replace(
            complaint,
            key_points=complaint.customer_words,
            stands=stands,
            validity_reason="核实属实" if stands else "超出保修范围",
            cause=complaint.cause if stands else ComplaintCause.MISUSE,
            explanation=None if stands else "已向客户说明原因",
            step=2,
        )
        if stop_at <= 1:
            return complaint, changes
        complaint = step(complaint, S.INVESTIGATING, late_or_not(terms.first_response_hours))
        if not stands:
            return step(complaint, S.REJECTED, rng.uniform(1, 24)), changes
        compensation = rng.choice(list(Compensation))
        complaint = replace(
            complaint,
            solution="按客户要求处理",
            compensation=compensation,
            compensation_amount=None
            if compensation is Compensation.APOLOGY
            else Decimal(rng.randrange(50, 2000)),
            step=3,
        )
        if stop_at <= 2:
            return complaint, changes
        complaint = step(complaint, S.AWAITING_CUSTOMER, rng.uniform(1, 8))
        if stop_at <= 3:
            return complaint, changes
        complaint = step(replace(complaint, accepted=True), S.IN_PROGRESS, rng.uniform(2, 48))
        spent = (
            at - complaint.received_at
        ).total_seconds() / 3600 - complaint.paused_seconds / 3600
        complaint = replace(complaint, step=4)
        if stop_at <= 4:
            return complaint, changes
        complaint = step(complaint, S.RESOLVED, max(late_or_not(terms.resolution_hours) - spent, 1))
        follow_up = complaint.resolved_at + timedelta(days=rng.randrange(1, 8))
        if stop_at <= 5 or follow_up > self.now:
            return replace(complaint, follow_up_on=follow_up.date()), changes
        satisfaction = rng.choices((1, 2, 3, 4, 5), (0.05, 0.1, 0.2, 0.4, 0.25))[0]
        complaint = replace(complaint, satisfaction=satisfaction, follow_up_on=follow_up.date())
        return step(complaint, S.CLOSED, (follow_up - at).total_seconds() / 3600), changes


def store_complaints(
    session: Session, handled: Iterator[tuple[Complaint, list[StatusChange]]]
) -> int:
    """Number the complaints by the year they came in, store them and their history;
    returns how many."""
    handled = list(handled)
    complaints = numbered_by_year(session, [complaint for complaint, _ in handled])
    rows = [
        {
            **{name: getattr(complaint, name) for name in ALL_FIELDS},
            "version": 1,
            "created_at": complaint.received_at,
            "updated_at": complaint.received_at,
        }
        for complaint in complaints
    ]
    ids = insert_rows_returning_ids(session, ComplaintRow.__table__, rows, lambda _n: None)
    insert_events(
        session,
        (
            {
                "complaint_id": complaint_id,
                "at": change.at,
                "actor": "demo",
                "from_status": change.from_status,
                "to_status": change.to_status,
            }
            for complaint_id, (_, changes) in zip(ids, handled, strict=True)
            for change in changes
        ),
    )
    return len(ids)
