from datetime import date

import pytest

from crmdesk.core.enums import Tier
from crmdesk.core.errors import DomainError
from crmdesk.core.follow_up import (
    SuggestionBasis,
    TierCadence,
    days_overdue,
    month_days_ahead,
    next_birthday,
    snoozed_until,
    suggestions,
)

TODAY = date(2026, 3, 15)


@pytest.mark.parametrize(
    ("first_contact", "expected"),
    [
        (date(2026, 3, 15), date(2026, 3, 16)),  # day 1 after first contact
        (date(2026, 3, 14), date(2026, 3, 16)),  # day 2
        (date(2026, 3, 13), date(2026, 3, 17)),  # day 4
        (date(2026, 3, 10), date(2026, 3, 17)),  # day 7
        (date(2026, 3, 1), date(2026, 3, 16)),  # day 15
        (date(2026, 2, 20), date(2026, 3, 22)),  # day 30
    ],
)
def test_the_first_contact_series_lengthens_1_2_4_7_15_30(first_contact, expected):
    first = suggestions(TODAY, first_contact, Tier.VIP, TierCadence())[0]
    assert (first.basis, first.due_on) == (SuggestionBasis.CADENCE, expected)


def test_after_the_series_the_tier_sets_the_interval():
    cadence = TierCadence()
    offered = {
        tier: suggestions(TODAY, date(2025, 1, 1), tier, cadence)
        for tier in (Tier.VIP, Tier.MAJOR, Tier.ORDINARY, Tier.SMALL, None)
    }
    assert {tier: [(s.basis, s.days) for s in found] for tier, found in offered.items()} == {
        Tier.VIP: [(SuggestionBasis.TIER, 14)],
        Tier.MAJOR: [(SuggestionBasis.TIER, 30)],
        Tier.ORDINARY: [(SuggestionBasis.TIER, 60)],
        Tier.SMALL: [(SuggestionBasis.TIER, 90)],
        None: [(SuggestionBasis.TIER, 60)],  # no tier computed yet: ordinary
    }
    assert offered[Tier.VIP][0].due_on == date(2026, 3, 29)


def test_a_new_customer_is_offered_tomorrow_then_its_tier():
    offered = suggestions(TODAY, None, Tier.SMALL, TierCadence())
    assert [(s.basis, s.due_on) for s in offered] == [
        (SuggestionBasis.CADENCE, date(2026, 3, 16)),
        (SuggestionBasis.TIER, date(2026, 6, 13)),
    ]


def test_configured_intervals_round_trip_and_bad_ones_are_refused():
    cadence = TierCadence({Tier.VIP: 7, Tier.MAJOR: 21, Tier.ORDINARY: 45, Tier.SMALL: 120})
    assert TierCadence.from_text(cadence.to_text()) == cadence
    with pytest.raises(DomainError, match="'small'"):
        TierCadence({Tier.VIP: 7, Tier.MAJOR: 21, Tier.ORDINARY: 45, Tier.SMALL: 0})
    with pytest.raises(DomainError, match="'major'"):
        TierCadence({Tier.VIP: 7})
    with pytest.raises(DomainError, match="unreadable"):
        TierCadence.from_text("[1, 2]")


def test_snoozing_counts_from_today_once_due():
    assert snoozed_until(date(2026, 3, 10), TODAY, 1) == date(2026, 3, 16)
    assert snoozed_until(date(2026, 3, 20), TODAY, 7) == date(2026, 3, 27)
    with pytest.raises(DomainError):
        snoozed_until(TODAY, TODAY, 0)
    assert days_overdue(date(2026, 3, 12), TODAY) == 3
    assert days_overdue(date(2026, 3, 16), TODAY) == 0


def test_birthdays_across_the_new_year_and_on_29_february():
    assert next_birthday(date(1990, 1, 2), date(2026, 12, 30)) == date(2027, 1, 2)
    assert next_birthday(date(1992, 2, 29), date(2026, 2, 25)) == date(2026, 2, 28)
    assert next_birthday(date(1992, 2, 29), date(2028, 2, 25)) == date(2028, 2, 29)
    assert month_days_ahead(date(2026, 12, 30), 3) == {(12, 30), (12, 31), (1, 1), (1, 2)}
    assert (2, 29) in month_days_ahead(date(2026, 2, 25), 7)  # 2026 has no 29 February
    assert (2, 29) not in month_days_ahead(date(2028, 2, 21), 7)  # ends on the 28th
