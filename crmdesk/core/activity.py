"""An activity on the customer tracking record (客户跟踪记录, domain.md §3)."""

from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from crmdesk.core.diff import field_changes
from crmdesk.core.enums import Channel, Direction
from crmdesk.core.errors import FieldError, ValidationError
from crmdesk.core.messages import Message

SUBJECT_MAX = 200


@dataclass(frozen=True)
class Activity:
    id: int | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    customer_id: int | None = None
    contact_id: int | None = None
    owner_id: int | None = None
    channel: Channel = Channel.PHONE
    direction: Direction = Direction.OUTBOUND
    occurred_at: datetime | None = None
    subject: str = ""
    content: str | None = None
    outcome: str | None = None
    next_follow_up: date | None = None
    # The follow-up this activity set: who makes it (None: the activity's owner), when it
    # was done, and when its reminder was shown (once per due date).
    follow_up_assignee_id: int | None = None
    follow_up_done_at: datetime | None = None
    follow_up_notified_at: datetime | None = None


SYSTEM_FIELDS = frozenset({"id", "version", "created_at", "updated_at"})
# Written only by the follow-up bookkeeping, never by an edit of the activity: a form
# opened before a reminder was shown must not clear the mark when it is saved.
FOLLOW_UP_STATE = frozenset({"follow_up_done_at", "follow_up_notified_at"})
EDITABLE_FIELDS = tuple(
    f.name for f in fields(Activity) if f.name not in SYSTEM_FIELDS | FOLLOW_UP_STATE
)


def validated(activity: Activity) -> Activity:
    errors: list[FieldError] = []
    subject = (activity.subject or "").strip()
    if not subject:
        errors.append(FieldError("subject", Message("a subject is required")))
    elif len(subject) > SUBJECT_MAX:
        errors.append(FieldError("subject", Message("at most %1 characters", SUBJECT_MAX)))
    if activity.customer_id is None:
        errors.append(FieldError("customer_id", Message("choose the customer")))
    if activity.occurred_at is None:
        errors.append(FieldError("occurred_at", Message("a date and time is required")))
    try:
        channel = Channel(activity.channel)
    except ValueError:
        errors.append(FieldError("channel", Message("%1 is not a channel", repr(activity.channel))))
        channel = activity.channel
    try:
        direction = Direction(activity.direction)
    except ValueError:
        errors.append(
            FieldError("direction", Message("%1 is not a direction", repr(activity.direction)))
        )
        direction = activity.direction
    if (
        activity.next_follow_up is not None
        and activity.occurred_at is not None
        and activity.next_follow_up < activity.occurred_at.date()
    ):
        errors.append(FieldError("next_follow_up", Message("cannot be before the activity itself")))
    if errors:
        raise ValidationError(errors)
    return replace(
        activity,
        subject=subject,
        channel=channel,
        direction=direction,
        content=(activity.content or "").strip() or None,
        outcome=(activity.outcome or "").strip() or None,
    )


def changed_fields(before: Activity, after: Activity) -> dict[str, tuple]:
    return field_changes(before, after, EDITABLE_FIELDS)
