"""The complaint state machine (domain.md §4):

    New → Investigating → Rejected (closed: does not stand, explained to the customer)
                        | Awaiting customer (solution proposed) → In progress
                          → Resolved (awaiting follow-up) → Closed
    Duplicate (of another complaint) and Cancelled close it from any open state;
    Closed and Rejected re-open to Investigating, with a reason.

Each move returns the complaint with its workflow fields updated: the first response,
the pause while awaiting the customer, when it was resolved and closed."""

from dataclasses import replace
from datetime import datetime

from crmdesk.core.complaint import Complaint
from crmdesk.core.enums import ComplaintStatus as S
from crmdesk.core.errors import DomainError
from crmdesk.core.messages import Message

OPEN_STATES = frozenset({S.NEW, S.INVESTIGATING, S.AWAITING_CUSTOMER, S.IN_PROGRESS, S.RESOLVED})
CLOSED_STATES = frozenset({S.REJECTED, S.CLOSED, S.DUPLICATE, S.CANCELLED})
REOPENABLE = frozenset({S.CLOSED, S.REJECTED})

_FORWARD = {
    S.NEW: {S.INVESTIGATING},
    S.INVESTIGATING: {S.REJECTED, S.AWAITING_CUSTOMER},
    # The customer accepts the solution, or declines it and another is sought.
    S.AWAITING_CUSTOMER: {S.IN_PROGRESS, S.INVESTIGATING},
    S.IN_PROGRESS: {S.RESOLVED},
    # The follow-up finds it fixed, or not yet.
    S.RESOLVED: {S.CLOSED, S.IN_PROGRESS},
}
ALLOWED: dict[S, frozenset[S]] = {
    status: frozenset(
        _FORWARD.get(status, set())
        | ({S.DUPLICATE, S.CANCELLED} if status in OPEN_STATES else set())
        | ({S.INVESTIGATING} if status in REOPENABLE else set())
    )
    for status in S
}
# Moves that must say why, and the statuses that stop each clock.
NEEDS_REASON = frozenset({S.CANCELLED})
RESOLVING = frozenset({S.REJECTED, S.RESOLVED, S.CLOSED})


def can_move(status: S, to: S) -> bool:
    return to in ALLOWED[S(status)]


def move(
    complaint: Complaint,
    to: S,
    at: datetime,
    reason: str | None = None,
    duplicate_of_id: int | None = None,
) -> Complaint:
    """The complaint after moving to ``to`` at ``at``, or DomainError saying why not."""
    current = S(complaint.status)
    to = S(to)
    if not can_move(current, to):
        allowed = ", ".join(sorted(s.value for s in ALLOWED[current])) or "nothing"
        raise DomainError(
            Message(
                "Complaint %1 is %2 and cannot become %3; it can become: %4",
                complaint.number,
                current,
                to,
                allowed,
            )
        )
    reason = (reason or "").strip() or None
    _check_requirements(complaint, current, to, reason, duplicate_of_id)
    moved = replace(
        complaint,
        status=to,
        duplicate_of_id=duplicate_of_id if to is S.DUPLICATE else complaint.duplicate_of_id,
        first_response_at=complaint.first_response_at
        or (at if to not in (S.DUPLICATE, S.CANCELLED) else None),
        resolved_at=complaint.resolved_at or (at if to in RESOLVING else None),
        closed_at=at if to in CLOSED_STATES else None,
    )
    return _paused(moved, current, to, at)


def _paused(complaint: Complaint, current: S, to: S, at: datetime) -> Complaint:
    """Awaiting the customer stops the resolution clock; leaving it adds the wait."""
    if to is S.AWAITING_CUSTOMER:
        return replace(complaint, paused_since=at)
    if current is S.AWAITING_CUSTOMER and complaint.paused_since is not None:
        waited = int((at - complaint.paused_since).total_seconds())
        return replace(
            complaint, paused_since=None, paused_seconds=complaint.paused_seconds + max(waited, 0)
        )
    return complaint


def _check_requirements(
    complaint: Complaint, current: S, to: S, reason: str | None, duplicate_of_id: int | None
) -> None:
    # Each a Message of its own, so a translation can word them as its language does.
    if complaint.number:
        what, What = (
            Message("complaint %1", complaint.number),
            Message("Complaint %1", complaint.number),
        )
    else:
        what, What = Message("the complaint"), Message("The complaint")
    if current in REOPENABLE and to is S.INVESTIGATING and reason is None:
        raise DomainError(Message("Say why %1 is re-opened", what))
    if to in NEEDS_REASON and reason is None:
        raise DomainError(Message("Say why %1 is cancelled", what))
    if to is S.REJECTED:
        if complaint.stands is not False or not complaint.validity_reason:
            raise DomainError(
                Message("%1 can only be rejected once judged not to stand, with the reason", What)
            )
        if not complaint.explanation:
            raise DomainError(
                Message("Write the explanation given to the customer before rejecting %1", what)
            )
    if to is S.AWAITING_CUSTOMER:
        if complaint.stands is not True:
            raise DomainError(Message("%1 must be judged to stand before a solution", What))
        if not complaint.solution:
            raise DomainError(Message("Propose a solution for %1 first", what))
    if current is S.AWAITING_CUSTOMER and to is S.IN_PROGRESS and complaint.accepted is not True:
        raise DomainError(Message("The customer has not accepted the solution to %1", what))
    if current is S.AWAITING_CUSTOMER and to is S.INVESTIGATING and complaint.accepted is not False:
        raise DomainError(
            Message("%1 goes back to investigation only when the customer declines", What)
        )
    if to is S.CLOSED and complaint.satisfaction is None:
        raise DomainError(
            Message("Ask the customer how satisfied they are now before closing %1", what)
        )
    if to is S.DUPLICATE and (duplicate_of_id is None or duplicate_of_id == complaint.id):
        raise DomainError(Message("Name the complaint that %1 duplicates", what))


# The way along the process to each status an imported complaint may already have.
_PATH_TO = {
    S.NEW: (),
    S.INVESTIGATING: (S.INVESTIGATING,),
    S.REJECTED: (S.INVESTIGATING, S.REJECTED),
    S.AWAITING_CUSTOMER: (S.INVESTIGATING, S.AWAITING_CUSTOMER),
    S.IN_PROGRESS: (S.INVESTIGATING, S.AWAITING_CUSTOMER, S.IN_PROGRESS),
    S.RESOLVED: (S.INVESTIGATING, S.AWAITING_CUSTOMER, S.IN_PROGRESS, S.RESOLVED),
    S.CLOSED: (S.INVESTIGATING, S.AWAITING_CUSTOMER, S.IN_PROGRESS, S.RESOLVED, S.CLOSED),
}


def brought_to(complaint: Complaint, status: S, resolved_at: datetime | None) -> Complaint:
    """A complaint kept elsewhere, taken along the process to the ``status`` it has
    there: answered when it came in, resolved (and closed) at ``resolved_at`` or then
    too. Each step needs what the process needs (a rejection its explanation, a closed
    complaint its satisfaction, ...); DomainError says what is missing."""
    status = S(status)
    if status not in _PATH_TO:
        raise DomainError(
            Message(
                "A complaint cannot be imported as %1; import it open and change it in crmdesk",
                status,
            )
        )
    resolved_at = resolved_at or complaint.received_at
    if resolved_at < complaint.received_at:
        raise DomainError(Message("It cannot be resolved before it came in"))
    for to in _PATH_TO[status]:
        at = resolved_at if to in RESOLVING else complaint.received_at
        if to is S.IN_PROGRESS and complaint.accepted is None:
            complaint = replace(complaint, accepted=True)  # it went ahead, so they did
        complaint = move(complaint, to, at)
    return complaint
