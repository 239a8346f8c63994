"""Loyalty types (attitude × behaviour), the loyalty measures and cohort retention on
hand-computed cases."""

from datetime import date

import pytest

from crmdesk.analytics.cohorts import cohort_retention
from crmdesk.analytics.loyalty import (
    CustomerFacts,
    Fact,
    LoyaltyRules,
    classify,
    gap_variation,
    measures,
)
from crmdesk.core.enums import LoyaltyType

RULES = LoyaltyRules()  # 2 repeats, gaps varying by at most 100 %, c ≥ 1, would recommend
REGULAR = [0, 30, 60, 90]  # 3 repeat purchases, gaps 30, 30, 30
ONCE = [0]


def test_gap_variation_is_the_spread_of_the_gaps_over_their_mean():
    # gaps 10 and 30: mean 20, population standard deviation 10
    assert gap_variation([0, 10, 40]) == pytest.approx(0.5)
    assert gap_variation([0, 10]) is None  # one gap: nothing to compare


@pytest.mark.parametrize(
    ("days", "c", "recommend", "kind"),
    [
        (REGULAR, 1.2, True, LoyaltyType.TRUE),
        (ONCE, 1.2, True, LoyaltyType.LATENT),
        (REGULAR, 0.8, True, LoyaltyType.INERTIAL),
        (REGULAR, 1.2, False, LoyaltyType.INERTIAL),  # satisfied, yet would not recommend
        (ONCE, 0.8, False, LoyaltyType.NONE),
        ([0, 1, 2, 300], 1.2, True, LoyaltyType.LATENT),  # bursts, not regular buying
    ],
)
def test_the_four_types(days, c, recommend, kind):
    assert classify(days, c, recommend, RULES).type is kind


def test_the_reasons_say_each_fact_and_whether_it_passed():
    loyalty = classify([0, 10, 40], 0.9, True, RULES)
    facts = {r.fact: r for r in loyalty.reasons}
    assert (facts[Fact.REPEAT_PURCHASES].value, facts[Fact.REPEAT_PURCHASES].met) == (2, True)
    assert facts[Fact.GAP_VARIATION].value == pytest.approx(0.5)
    assert (facts[Fact.SATISFACTION].value, facts[Fact.SATISFACTION].met) == (0.9, False)
    assert facts[Fact.WOULD_RECOMMEND].met
    assert loyalty.type is LoyaltyType.INERTIAL


def test_never_surveyed_has_no_type_and_the_thresholds_are_configurable():
    assert classify(REGULAR, None, None, RULES).type is None
    lenient = LoyaltyRules(min_repeat_purchases=1, min_satisfaction=0.8, recommend_needed=False)
    assert classify([0, 40], 0.8, None, lenient).type is LoyaltyType.TRUE


def test_measures_by_hand():
    as_of = date(2026, 3, 15)
    day = as_of.toordinal()
    customers = [
        # bought last year and this year, on 3 days 300 days apart end to end
        CustomerFacts([day - 500, day - 400, day - 200], resolved_complaints=2, resolved_well=1),
        CustomerFacts([day - 500]),  # bought last year only: lost
        CustomerFacts([day - 10]),  # new this year
        CustomerFacts([], resolved_complaints=1, resolved_well=1),  # never bought
    ]
    found = measures(customers, as_of)
    assert found.buyers == 3
    assert found.repeat_rate == pytest.approx(1 / 3)
    assert found.retention_rate == pytest.approx(1 / 2)  # of the two who bought last year
    assert found.churn_rate == pytest.approx(1 / 2)
    assert found.relationship_months == pytest.approx((300 / (365.25 / 12)) / 3)
    assert found.complaints_resolved_well == pytest.approx(2 / 3)


def test_cohort_retention_by_hand():
    as_of = date(2026, 3, 15)
    customers = [
        (date(2026, 1, 5), date(2026, 1, 20)),  # January: gone after its first month
        (date(2026, 1, 9), date(2026, 3, 2)),  # January: still buying in March
        (date(2026, 2, 1), date(2026, 3, 1)),  # February
        (date(2025, 12, 1), date(2026, 3, 1)),  # December: outside three cohorts
    ]
    cohorts = cohort_retention(customers, as_of, cohorts=3)
    assert [(c.month, c.size) for c in cohorts] == [(date(2026, 1, 1), 2), (date(2026, 2, 1), 1)]
    january, february = cohorts
    assert january.retained == (1.0, 0.5, 0.5)  # months 0, 1, 2 (March has begun)
    assert february.retained == (1.0, 1.0)
    assert january.churn_rate == pytest.approx(0.5)
