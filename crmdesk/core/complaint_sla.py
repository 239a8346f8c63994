"""Service levels for complaints: a first-response and a resolution deadline per level.
Time spent awaiting the customer's answer does not count against the resolution."""

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from crmdesk.core.complaint import Complaint
from crmdesk.core.enums import ComplaintLevel, ComplaintStatus
from crmdesk.core.errors import DomainError
from crmdesk.core.messages import Message

MAX_HOURS = 24 * 365
# A running deadline is "due soon" in the last quarter of its term.
DUE_SOON_SHARE = 0.25


@dataclass(frozen=True)
class SlaTerms:
    first_response_hours: int
    resolution_hours: int


DEFAULT_SLA = {
    ComplaintLevel.MAJOR: SlaTerms(4, 24),
    ComplaintLevel.SERIOUS: SlaTerms(8, 3 * 24),
    ComplaintLevel.ORDINARY: SlaTerms(24, 7 * 24),
}


@dataclass(frozen=True)
class SlaPolicy:
    terms: Mapping[ComplaintLevel, SlaTerms] = field(default_factory=lambda: dict(DEFAULT_SLA))

    def __post_init__(self) -> None:
        for level in ComplaintLevel:
            terms = self.terms.get(level)
            if terms is None:
                raise DomainError(Message("No deadlines for %1 complaints", repr(level.value)))
            hours = (terms.first_response_hours, terms.resolution_hours)
            if not all(isinstance(h, int) and 1 <= h <= MAX_HOURS for h in hours):
                raise DomainError(
                    Message(
                        "The deadlines for %1 complaints must be whole hours from 1 to %2",
                        repr(level.value),
                        MAX_HOURS,
                    )
                )
            if terms.resolution_hours < terms.first_response_hours:
                raise DomainError(
                    Message(
                        "For %1 complaints the resolution deadline cannot come before the first "
                        "response",
                        repr(level.value),
                    )
                )

    def for_level(self, level: ComplaintLevel) -> SlaTerms:
        return self.terms[level]

    def to_text(self) -> str:
        return json.dumps(
            {
                level.value: [t.first_response_hours, t.resolution_hours]
                for level, t in self.terms.items()
            }
        )

    @classmethod
    def from_text(cls, text: str) -> "SlaPolicy":
        try:
            stored = json.loads(text)
            return cls({ComplaintLevel(k): SlaTerms(*v) for k, v in stored.items()})
        except (ValueError, TypeError, AttributeError) as exc:
            raise DomainError(
                Message("The stored complaint deadlines are unreadable: %1", repr(text))
            ) from exc


def with_deadlines(complaint: Complaint, policy: SlaPolicy) -> Complaint:
    """The complaint with its due times worked out from when it came in, its level and
    the time it has spent awaiting the customer. A deadline whose clock has stopped
    keeps the due time it was judged by, whatever the level or policy says later."""
    terms = policy.for_level(ComplaintLevel(complaint.level))
    received = complaint.received_at
    response_due = received + timedelta(hours=terms.first_response_hours)
    resolution_due = received + timedelta(
        hours=terms.resolution_hours, seconds=complaint.paused_seconds
    )
    if complaint.first_response_at is not None and complaint.first_response_due is not None:
        response_due = complaint.first_response_due
    if complaint.resolved_at is not None and complaint.resolution_due is not None:
        resolution_due = complaint.resolution_due
    return replace(complaint, first_response_due=response_due, resolution_due=resolution_due)


class SlaState(StrEnum):
    ON_TIME = "on_time"  # running, plenty of time
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"  # running, past due
    PAUSED = "paused"  # awaiting the customer
    MET = "met"
    FAILED = "failed"  # done late: stays failed whatever happens next
    NOT_APPLICABLE = "not_applicable"  # cancelled or a duplicate before it was done


STOPPED_WITHOUT_SLA = (ComplaintStatus.CANCELLED, ComplaintStatus.DUPLICATE)


def _state(
    due: datetime, term: timedelta, done_at: datetime | None, now: datetime, status: str
) -> SlaState:
    if done_at is not None:
        return SlaState.MET if done_at <= due else SlaState.FAILED
    if status in STOPPED_WITHOUT_SLA:
        return SlaState.NOT_APPLICABLE
    if now > due:
        return SlaState.OVERDUE
    if due - now <= term * DUE_SOON_SHARE:
        return SlaState.DUE_SOON
    return SlaState.ON_TIME


def response_state(complaint: Complaint, now: datetime) -> SlaState:
    due = complaint.first_response_due
    term = due - complaint.received_at
    return _state(due, term, complaint.first_response_at, now, complaint.status)


def resolution_state(complaint: Complaint, now: datetime) -> SlaState:
    if complaint.resolved_at is None and complaint.paused_since is not None:
        return SlaState.PAUSED
    due = complaint.resolution_due
    term = due - complaint.received_at - timedelta(seconds=complaint.paused_seconds)
    return _state(due, term, complaint.resolved_at, now, complaint.status)
