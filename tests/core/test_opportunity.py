"""Stages, probabilities and moves of a sales opportunity, and the MAN gate."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from crmdesk.core.enums import CustomerStatus, LifecycleStage
from crmdesk.core.errors import DomainError, ValidationError
from crmdesk.core.opportunity import (
    DEFAULT_STAGES,
    LOST,
    WON,
    Opportunity,
    Stage,
    after_win,
    checked_stages,
    missing_man,
    moved,
    probability,
    stage_of,
    stages_from_text,
    stages_to_text,
    validated,
    weighted,
)

TODAY = date(2026, 3, 15)
NEGOTIATION = stage_of(DEFAULT_STAGES, "negotiation")


def deal(**fields) -> Opportunity:
    given = {
        "customer_id": 1,
        "title": "  年度框架采购 ",
        "amount": Decimal("100000"),
        "expected_close": date(2026, 4, 30),
        **fields,
    }
    return Opportunity(**given)


def test_the_default_stages_and_their_probabilities_follow_the_book():
    assert [(s.name_zh, s.probability) for s in DEFAULT_STAGES] == [
        ("初步接触", 10),
        ("需求确认", 30),
        ("方案报价", 50),
        ("谈判", 70),
        ("赢单", 100),
        ("输单", 0),
    ]


def test_the_probability_comes_from_the_stage_unless_the_owner_gives_theirs():
    assert probability(None, NEGOTIATION) == 70
    assert probability(85, NEGOTIATION) == 85
    assert probability(85, WON) == 100  # won and lost are what they are
    assert probability(85, LOST) == 0
    assert weighted(Decimal("123456.78"), 70) == Decimal("86419.75")


def test_a_move_takes_the_new_stages_probability_and_closing_dates_the_deal():
    judged = validated(deal(stage="needs", probability=45), DEFAULT_STAGES, TODAY)
    assert (judged.title, judged.opened_on, judged.closed_on) == ("年度框架采购", TODAY, None)
    onward = moved(judged, NEGOTIATION, TODAY)
    assert onward.probability is None  # the owner's 45% was about the old stage
    won = moved(onward, WON, date(2026, 4, 2))
    assert won.closed_on == date(2026, 4, 2)
    with pytest.raises(DomainError, match="won"):
        moved(won, NEGOTIATION, TODAY)


def test_a_lost_deal_needs_its_reason_and_can_be_taken_up_again():
    judged = validated(deal(stage="proposal"), DEFAULT_STAGES, TODAY)
    with pytest.raises(ValidationError) as refused:
        moved(judged, LOST, TODAY, lost_reason="  ")
    assert refused.value.fields() == {"lost_reason"}
    lost = moved(judged, LOST, TODAY, lost_reason=" 价格太高 ")
    assert (lost.lost_reason, lost.closed_on) == ("价格太高", TODAY)
    again = moved(lost, NEGOTIATION, TODAY)
    assert (again.lost_reason, again.closed_on) == (None, None)


def test_validation_names_every_wrong_field():
    with pytest.raises(ValidationError) as refused:
        validated(
            deal(title=" ", amount=Decimal(-1), probability=120, expected_close=None),
            DEFAULT_STAGES,
            TODAY,
        )
    assert refused.value.fields() == {"title", "amount", "probability", "expected_close"}
    with pytest.raises(ValidationError, match="stage"):
        validated(deal(stage="gone"), DEFAULT_STAGES, TODAY)


def test_a_database_may_name_its_own_open_stages_but_keeps_won_and_lost():
    own = (Stage("visit", " 拜访 ", "Visit", 20), Stage("quote", "报价", "Quote", 60))
    checked = checked_stages(own)
    assert [s.code for s in checked] == ["visit", "quote", "won", "lost"]
    assert checked[0].name_zh == "拜访"
    assert stages_from_text(stages_to_text(checked)) == checked
    for wrong in (
        (),
        (Stage("a", "甲", "A", 101),),
        (Stage("a", "甲", "A", 10), Stage("b", "甲", "B", 20)),
        (Stage("a", "", "A", 10),),
    ):
        with pytest.raises(DomainError):
            checked_stages(wrong)


def test_man_flags_a_prospect_lacking_money_authority_or_need():
    assert missing_man(CustomerStatus.PROSPECT, True, False, True) == "A"
    assert missing_man(CustomerStatus.TARGET, False, False, False) == "MAN"
    assert missing_man(CustomerStatus.PROSPECT, True, True, True) == ""
    assert missing_man(CustomerStatus.REPEAT, False, False, False) == ""  # they buy


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            (CustomerStatus.PROSPECT, LifecycleStage.ACQUISITION),
            (CustomerStatus.FIRST_TIME, LifecycleStage.GROWTH),
        ),
        (
            (CustomerStatus.TARGET, LifecycleStage.MATURITY),
            (CustomerStatus.FIRST_TIME, LifecycleStage.MATURITY),
        ),
        (
            (CustomerStatus.REPEAT, LifecycleStage.MATURITY),
            (CustomerStatus.REPEAT, LifecycleStage.MATURITY),
        ),
    ],
)
def test_a_win_makes_a_prospect_a_first_time_customer(before, after):
    assert after_win(*before) == after


def test_an_open_deal_keeps_the_owners_probability_until_it_closes():
    lost = validated(
        replace(deal(stage="lost", lost_reason="预算取消"), probability=40), DEFAULT_STAGES, TODAY
    )
    assert (lost.probability, lost.closed_on) == (None, TODAY)
