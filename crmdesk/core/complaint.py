"""A customer complaint (客户投诉, domain.md §4): what the customer said, how it was
judged, the solution and compensation, and the follow-up."""

from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from decimal import Decimal

from crmdesk.core.diff import field_changes
from crmdesk.core.enums import (
    Channel,
    Compensation,
    ComplaintCause,
    ComplaintLevel,
    ComplaintStatus,
)
from crmdesk.core.errors import DomainError, FieldError, ValidationError
from crmdesk.core.messages import Message

# Built-in categories (domain.md §4); a database may add its own in the settings.
BUILT_IN_CATEGORIES = (
    "quality",
    "late_delivery",
    "specification",
    "packaging",
    "service",
    "billing",
    "other",
)
CATEGORY_MAX = 50
COMPLAINT_MASK = "TS{yyyy}-{0000}"
STEPS = 4  # listen → record and judge → solution and compensation → follow-up


@dataclass(frozen=True)
class Complaint:
    id: int | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    # 1 listen
    customer_id: int | None = None
    contact_id: int | None = None
    channel: Channel = Channel.PHONE
    received_at: datetime | None = None
    category: str = "quality"
    level: ComplaintLevel = ComplaintLevel.ORDINARY
    customer_words: str = ""
    # 2 record and judge
    key_points: str | None = None
    stands: bool | None = None
    validity_reason: str | None = None
    cause: ComplaintCause | None = None
    explanation: str | None = None  # to the customer, when it does not stand
    # 3 solution and compensation
    solution: str | None = None
    compensation: Compensation | None = None
    compensation_amount: Decimal | None = None
    accepted: bool | None = None
    # 4 follow-up
    follow_up_on: date | None = None
    satisfaction: int | None = None  # 1–5, asked after handling
    findings: str | None = None
    handler_id: int | None = None
    escalated: bool = False
    step: int = 1  # the wizard step to resume at

    # Written only by the state machine (complaint_flow) and the numbering.
    number: str = ""
    status: ComplaintStatus = ComplaintStatus.NEW
    duplicate_of_id: int | None = None
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    paused_since: datetime | None = None  # awaiting the customer: the deadline waits
    paused_seconds: int = 0  # time awaiting the customer before, in all
    first_response_due: datetime | None = None
    resolution_due: datetime | None = None


SYSTEM_FIELDS = frozenset({"id", "version", "created_at", "updated_at"})
WORKFLOW_FIELDS = frozenset(
    {
        "number",
        "status",
        "duplicate_of_id",
        "first_response_at",
        "resolved_at",
        "closed_at",
        "paused_since",
        "paused_seconds",
        "first_response_due",
        "resolution_due",
    }
)
EDITABLE_FIELDS = tuple(
    f.name for f in fields(Complaint) if f.name not in SYSTEM_FIELDS | WORKFLOW_FIELDS
)
ALL_FIELDS = tuple(f.name for f in fields(Complaint) if f.name not in SYSTEM_FIELDS)
_TEXTS = ("key_points", "validity_reason", "explanation", "solution", "findings")


def checked_categories(names: tuple[str, ...]) -> tuple[str, ...]:
    """The categories a database adds to the built-in ones, trimmed, in order, each
    once; DomainError names one that cannot be a category."""
    kept: list[str] = []
    for raw in names:
        name = raw.strip()
        if not name or name in kept:
            continue
        if len(name) > CATEGORY_MAX or "\n" in name:
            raise DomainError(
                Message("A complaint category is one line of at most %1 characters", CATEGORY_MAX)
            )
        if name in BUILT_IN_CATEGORIES:
            raise DomainError(Message("%1 is a built-in complaint category already", repr(name)))
        kept.append(name)
    return tuple(kept)


def _choice(errors: list[FieldError], name: str, kind, value, optional: bool = True):
    if value is None and optional:
        return None
    try:
        return kind(value)
    except ValueError:
        errors.append(FieldError(name, Message("%1 is not one of the choices", repr(value))))
        return value


def validated(complaint: Complaint, categories: tuple[str, ...] = BUILT_IN_CATEGORIES) -> Complaint:
    """The complaint tidied, or ValidationError naming each wrong field."""
    errors: list[FieldError] = []
    words = (complaint.customer_words or "").strip()
    if not words:
        errors.append(FieldError("customer_words", Message("take down what the customer said")))
    if complaint.customer_id is None:
        errors.append(FieldError("customer_id", Message("choose the customer")))
    if complaint.received_at is None:
        errors.append(FieldError("received_at", Message("when the complaint came in is required")))
    category = (complaint.category or "").strip()
    if category not in categories:
        errors.append(
            FieldError("category", Message("%1 is not a complaint category", repr(category)))
        )
    if complaint.satisfaction is not None and not 1 <= complaint.satisfaction <= 5:
        errors.append(
            FieldError("satisfaction", Message("from 1 (very unhappy) to 5 (very happy)"))
        )
    amount = complaint.compensation_amount
    if amount is not None and (amount < 0 or amount.as_tuple().exponent < -2):
        errors.append(
            FieldError("compensation_amount", Message("a positive amount, at most 2 decimals"))
        )
    if not 1 <= complaint.step <= STEPS:
        errors.append(FieldError("step", Message("a step from 1 to %1", STEPS)))
    if (
        complaint.follow_up_on is not None
        and complaint.received_at is not None
        and complaint.follow_up_on < complaint.received_at.date()
    ):
        errors.append(FieldError("follow_up_on", Message("cannot be before the complaint came in")))
    channel = _choice(errors, "channel", Channel, complaint.channel, optional=False)
    level = _choice(errors, "level", ComplaintLevel, complaint.level, optional=False)
    cause = _choice(errors, "cause", ComplaintCause, complaint.cause)
    compensation = _choice(errors, "compensation", Compensation, complaint.compensation)
    if errors:
        raise ValidationError(errors)
    texts = {name: (getattr(complaint, name) or "").strip() or None for name in _TEXTS}
    return replace(
        complaint,
        customer_words=words,
        category=category,
        channel=channel,
        level=level,
        cause=cause,
        compensation=compensation,
        **texts,
    )


def changed_fields(before: Complaint, after: Complaint) -> dict[str, tuple]:
    return field_changes(before, after, ALL_FIELDS)
