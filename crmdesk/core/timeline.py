"""The customer tracking record (客户跟踪记录) as one timeline, newest first."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from crmdesk.core.enums import Channel, ChurnCause, ChurnOutcome, Direction


class TimelineKind(StrEnum):
    ACTIVITY = "activity"
    SALE = "sale"
    CHANGE = "change"  # status or tier changed
    MERGE = "merge"
    COMPLAINT = "complaint"  # a step of its handling saved, or its status changed
    CHURN = "churn"  # marked lost, or won back


# Customer fields whose changes the timeline shows.
TRACKED_FIELDS = ("status", "tier", "tier_override")


@dataclass(frozen=True)
class TimelineEntry:
    kind: TimelineKind
    record_id: int
    at: datetime
    title: str  # subject, product, field changed, or the other file of a merge
    detail: str | None = None  # content, notes, or "old → new"
    outcome: str | None = None
    channel: Channel | None = None
    direction: Direction | None = None
    contact: str | None = None
    by: str | None = None  # owner or whoever made the change
    amount: Decimal | None = None
    follow_up_on: date | None = None
    follow_up_done: bool = False
    kept_this_file: bool = True  # a merge: this file stayed and took in the other
    undone: bool = False  # a merge taken back
    old_value: str | None = None
    new_value: str | None = None
    step: int | None = None  # a complaint's wizard step saved
    outcome_of_churn: ChurnOutcome | None = None  # marked lost or won back …
    churn_cause: ChurnCause | None = None  # … and why it was lost

    @property
    def day(self) -> date:
        return self.at.date()

    @property
    def has_time(self) -> bool:
        """Sales carry a date only."""
        return self.kind is not TimelineKind.SALE
