"""c = b / a (domain.md §6) on hand-computed cases: per question, a survey's overall
Σb / Σa, the mean gaps of a group, and what a survey may not hold."""

from datetime import date

import pytest

from crmdesk.core.enums import SurveyGroup
from crmdesk.core.errors import ValidationError
from crmdesk.core.satisfaction import (
    DEFAULT_DIMENSIONS,
    Dimension,
    Gap,
    Survey,
    Verdict,
    checked_dimensions,
    mean_gaps,
    overall,
    validated,
)

TODAY = date(2026, 3, 15)


@pytest.mark.parametrize(
    ("a", "b", "c", "verdict"),
    [
        (4, 5, 1.25, Verdict.DELIGHTED),
        (4, 4, 1.0, Verdict.MET),
        (5, 3, 0.6, Verdict.DISAPPOINTED),
        (3, 1, 1 / 3, Verdict.DISAPPOINTED),
    ],
)
def test_c_is_perception_over_expectation(a, b, c, verdict):
    gap = Gap(a, b)
    assert gap.c == pytest.approx(c)
    assert gap.verdict is verdict


def test_overall_c_is_the_sum_of_perceptions_over_the_sum_of_expectations():
    survey = Survey(answers={"product_quality": (5, 4), "price": (3, 4), "delivery": (4, 3)})
    gap = overall([survey])
    # Σb / Σa = (4 + 4 + 3) / (5 + 3 + 4) = 11 / 12, not the mean of 0.8, 1.33 and 0.75
    assert gap.c == pytest.approx(11 / 12)
    assert gap.verdict is Verdict.DISAPPOINTED
    assert overall([Survey(answers={"price": (3, 4), "delivery": (4, 3)})]).verdict is Verdict.MET
    assert overall([Survey()]) is None


def test_mean_gaps_average_each_question_over_the_surveys_in_questionnaire_order():
    first = Survey(answers={"delivery": (4, 2), "product_quality": (5, 5)})
    second = Survey(answers={"delivery": (2, 4)})
    gaps = mean_gaps([first, second], DEFAULT_DIMENSIONS)
    assert list(gaps) == ["product_quality", "delivery"]
    assert (gaps["delivery"].expectation, gaps["delivery"].perception) == (3, 3)
    assert gaps["delivery"].answers == 2
    assert gaps["delivery"].verdict is Verdict.MET
    assert gaps["product_quality"].c == 1


def test_a_survey_is_refused_naming_each_wrong_answer():
    survey = Survey(
        customer_id=1,
        taken_on=TODAY,
        answers={"price": (0, 4), "delivery": (3, 6), "colour": (3, 3)},
        overall_score=7,
    )
    with pytest.raises(ValidationError) as refused:
        validated(survey, DEFAULT_DIMENSIONS, TODAY)
    assert refused.value.fields() == {"price", "delivery", "colour", "overall_score"}
    assert "Price: expectation must be 1 to 5" in str(refused.value)


def test_a_survey_needs_an_answer_and_a_day_not_to_come():
    with pytest.raises(ValidationError) as refused:
        validated(Survey(customer_id=1, taken_on=date(2026, 3, 16)), DEFAULT_DIMENSIONS, TODAY)
    assert refused.value.fields() == {"answers", "taken_on"}


def test_a_questionnaire_needs_names_unique_codes_and_one_question_asked():
    blank = Dimension("q8", SurveyGroup.RELATIONSHIP, "", "Warmth", active=False)
    twice = Dimension("price", SurveyGroup.CORE_PRODUCT, "价格", "Price", active=False)
    with pytest.raises(ValidationError) as refused:
        checked_dimensions([twice, twice, blank])
    assert refused.value.fields() == {"question 2", "question 3", "dimensions"}
