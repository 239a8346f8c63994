"""Follow-ups (回访, domain.md §3): when to contact a customer next.

Right after first contact the intervals start short and lengthen (1, 2, 4, 7, 15, 30
days), as memory fades fast and then slowly; after that the customer's tier sets the
rhythm (VIP every 14 days, major 30, ordinary 60, small 90 by default; configurable).
"""

import calendar
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType

from crmdesk.core.enums import Tier
from crmdesk.core.errors import DomainError
from crmdesk.core.messages import Message

FIRST_CONTACT_CADENCE = (1, 2, 4, 7, 15, 30)
DEFAULT_TIER_DAYS = MappingProxyType(
    {Tier.VIP: 14, Tier.MAJOR: 30, Tier.ORDINARY: 60, Tier.SMALL: 90}
)
MAX_INTERVAL_DAYS = 3650
# A prospect not converted after about this many contacts is usually paused.
PAUSE_AFTER_CONTACTS = 12


@dataclass(frozen=True)
class TierCadence:
    """Days between contacts for each tier. A customer without a tier yet (the pyramid
    has not been computed) is treated as ordinary."""

    days: Mapping[Tier, int] = field(default_factory=lambda: dict(DEFAULT_TIER_DAYS))

    def __post_init__(self) -> None:
        for tier in Tier:
            days = self.days.get(tier)
            if not isinstance(days, int) or not 1 <= days <= MAX_INTERVAL_DAYS:
                raise DomainError(
                    Message(
                        "The follow-up interval for tier %1 must be a whole number of days from 1 "
                        "to %2, not %3",
                        repr(tier.value),
                        MAX_INTERVAL_DAYS,
                        repr(days),
                    )
                )

    def for_tier(self, tier: Tier | None) -> int:
        return self.days[tier or Tier.ORDINARY]

    def to_text(self) -> str:
        return json.dumps({tier.value: self.days[tier] for tier in Tier})

    @classmethod
    def from_text(cls, text: str) -> "TierCadence":
        try:
            stored = json.loads(text)
            return cls({Tier(key): value for key, value in stored.items()})
        except (ValueError, AttributeError) as exc:
            raise DomainError(
                Message("The stored follow-up intervals are unreadable: %1", repr(text))
            ) from exc


class SuggestionBasis(StrEnum):
    CADENCE = "cadence"  # the first-contact series
    TIER = "tier"


@dataclass(frozen=True)
class FollowUpSuggestion:
    due_on: date
    basis: SuggestionBasis
    days: int  # days after first contact (cadence) or after today (tier)


def suggestions(
    today: date, first_contact: date | None, tier: Tier | None, cadence: TierCadence
) -> list[FollowUpSuggestion]:
    """Follow-up dates to offer, the one to choose by default first: the next step of
    the first-contact series while it lasts, then the tier's interval."""
    start = first_contact or today
    offered = [
        FollowUpSuggestion(start + timedelta(days=offset), SuggestionBasis.CADENCE, offset)
        for offset in FIRST_CONTACT_CADENCE
        if start + timedelta(days=offset) > today
    ][:1]
    tier_days = cadence.for_tier(tier)
    offered.append(
        FollowUpSuggestion(today + timedelta(days=tier_days), SuggestionBasis.TIER, tier_days)
    )
    return offered


def snoozed_until(due_on: date, today: date, days: int) -> date:
    """Put a follow-up off by ``days``: counted from today when it is already due."""
    if days < 1:
        raise DomainError(Message("A follow-up is put off by at least one day"))
    return max(due_on, today) + timedelta(days=days)


def days_overdue(due_on: date, today: date) -> int:
    return max((today - due_on).days, 0)


def birthday_in(year: int, birthday: date) -> date:
    """The birthday's date in ``year``; 29 February falls on the 28th in other years."""
    try:
        return birthday.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def next_birthday(birthday: date, today: date) -> date:
    this_year = birthday_in(today.year, birthday)
    return this_year if this_year >= today else birthday_in(today.year + 1, birthday)


def month_days_ahead(today: date, days: int) -> set[tuple[int, int]]:
    """(month, day) of today and the next ``days`` days; a common year's 28 February
    also brings 29 February, since those birthdays fall on the 28th then."""
    wanted: set[tuple[int, int]] = set()
    for n in range(days + 1):
        day = today + timedelta(days=n)
        wanted.add((day.month, day.day))
        if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
            wanted.add((2, 29))
    return wanted
