"""Demo satisfaction surveys: about a third of the buyers answered one to three
surveys half a year apart. Each customer has a leaning (delighted, content or let
down) that the perceptions follow, and some drift down from survey to survey, so the
gap charts, the loyalty matrix and the churn warning all have something to show."""

import random
from collections.abc import Iterator
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.core.enums import SurveySource
from crmdesk.core.satisfaction import Dimension, asked
from crmdesk.storage.bulk import insert_rows
from crmdesk.storage.models import Survey, Transaction

SURVEYED_SHARE = 0.35
# What the firm does well or badly, whoever is asked: delivery lets people down.
QUESTION_LEANING = {"delivery": -0.8, "price": -0.4, "staff_attitude": 0.5, "trust": 0.3}
SURVEY_GAP_DAYS = 182
COMMENTS = ("", "", "", "交货可以再快一些", "价格有点高", "服务很好,继续保持", "希望多一些沟通")


def _buyers(session: Session, customer_ids: list[int]) -> list[tuple[int, date]]:
    """(customer, first purchase day) of the demo customers who bought (picked out
    here: an IN list of 100 000 ids is more than a database takes)."""
    made = set(customer_ids)
    everyone = session.execute(
        select(Transaction.customer_id, func.min(Transaction.occurred_on))
        .group_by(Transaction.customer_id)
        .order_by(Transaction.customer_id)
    )
    return [(customer_id, first) for customer_id, first in everyone if customer_id in made]


def demo_surveys(
    session: Session,
    customer_ids: list[int],
    questionnaire: tuple[Dimension, ...],
    today: date,
    seed: int,
) -> Iterator[dict]:
    rng = random.Random(seed * 7919)
    codes = [d.code for d in asked(questionnaire)]
    for customer_id, first in _buyers(session, customer_ids):
        if rng.random() > SURVEYED_SHARE:
            continue
        leaning = rng.choice((0.8, 0.4, 0.1, -0.4, -1.0))
        drift = rng.choice((0.0, 0.0, -0.6))  # some grow less happy with each survey
        surveys = rng.randint(1, 3)
        for n in range(surveys):
            taken_on = today - timedelta(
                days=SURVEY_GAP_DAYS * (surveys - 1 - n) + rng.randint(5, 90)
            )
            if taken_on < first:
                continue
            mood = leaning + drift * n
            answers = {}
            for code in rng.sample(codes, k=rng.randint(max(len(codes) - 2, 1), len(codes))):
                expectation = rng.choice((2, 3, 3, 4, 4, 5))
                leaning = mood + QUESTION_LEANING.get(code, 0.0)
                perception = round(expectation + leaning + rng.gauss(0, 0.6))
                answers[code] = [expectation, min(max(perception, 1), 5)]
            c = sum(b for _, b in answers.values()) / sum(a for a, _ in answers.values())
            yield {
                "customer_id": customer_id,
                "taken_on": taken_on,
                "answers": answers,
                "overall_score": min(max(round(3 + 4 * (c - 1) + rng.gauss(0, 0.5)), 1), 5),
                "would_recommend": rng.random() < (0.85 if c >= 1 else 0.3),
                "comment": rng.choice(COMMENTS) or None,
                "source": SurveySource.FORM,
                "recorded_by": "demo",
            }


def store_surveys(session: Session, surveys: Iterator[dict]) -> int:
    return insert_rows(session, Survey.__table__, surveys, lambda _n: None)
