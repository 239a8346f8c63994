"""Demo sales opportunities: about a quarter of the files have one or two deals, at
every stage. Prospects' deals are still open or were lost; customers who buy also
won some. A few open deals are past their expected close, so the workbench has
stalled ones to show, and the lost ones give the reasons people usually give."""

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.core.enums import CustomerSource
from crmdesk.core.opportunity import Opportunity, Stage, StageOutcome, open_stages, probability
from crmdesk.services.demo_vocabulary import BUYING_STATUSES, PRODUCTS_ZH
from crmdesk.services.opportunities import numbered
from crmdesk.storage.bulk import insert_rows, insert_rows_returning_ids
from crmdesk.storage.models import Customer, OpportunityEvent
from crmdesk.storage.models import Opportunity as OpportunityRow

WITH_DEALS_SHARE = 0.25
LOST_REASONS = ("价格太高", "价格太高", "选了竞争对手", "预算取消", "需求变化", "迟迟没有决策")
COMPETITORS = (None, None, "华信科技", "远景办公", "诚达商贸")
NEXT_STEPS = (None, "发送报价单", "约技术交流", "安排样品试用", "等待客户内部审批", "商务谈判")


def _files(session: Session, customer_ids: list[int]) -> list[tuple]:
    """(id, status, owner, source) of the demo files (picked out here: an IN list of
    100 000 ids is more than a database takes)."""
    made = set(customer_ids)
    rows = session.execute(
        select(Customer.id, Customer.status, Customer.owner_id, Customer.source).order_by(
            Customer.id
        )
    )
    return [row for row in rows if row[0] in made]


def _stage(rng: random.Random, stages: tuple[Stage, ...], buying: bool) -> Stage:
    """Fewer deals at each later stage; only files that buy have won any."""
    opened = open_stages(stages)
    choices = [*opened, _closing(stages, StageOutcome.LOST)]
    weights = [max(6 - i, 1) for i in range(len(opened))] + [3]
    if buying:
        choices.append(_closing(stages, StageOutcome.WON))
        weights.append(8)
    return rng.choices(choices, weights=weights)[0]


def _closing(stages: tuple[Stage, ...], outcome: StageOutcome) -> Stage:
    return next(s for s in stages if s.outcome is outcome)


def _deal(rng: random.Random, file: tuple, stages: tuple[Stage, ...], today: date):
    customer_id, status, owner_id, source = file
    stage = _stage(rng, stages, status in BUYING_STATUSES)
    opened_on = today - timedelta(days=rng.randint(5, 420))
    closed_on = opened_on + timedelta(
        days=rng.randint(min(12, (today - opened_on).days), min(150, (today - opened_on).days))
    )
    amount = Decimal(rng.choice((5, 8, 12, 20, 35, 50, 80, 120, 200, 350)) * 1000)
    product = rng.choice(PRODUCTS_ZH)
    return Opportunity(
        customer_id=customer_id,
        title=f"{product}采购",
        product=product,
        amount=amount + Decimal(rng.randint(0, 9) * 100),
        stage=stage.code,
        probability=rng.choice((None, None, None, min(stage.probability + 10, 100)))
        if stage.is_open
        else None,
        expected_close=(
            today + timedelta(days=rng.randint(-40, 160)) if stage.is_open else closed_on
        ),
        owner_id=owner_id,
        source=source or rng.choice(list(CustomerSource)),
        competitor=rng.choice(COMPETITORS),
        lost_reason=rng.choice(LOST_REASONS) if stage.outcome is StageOutcome.LOST else None,
        next_step=rng.choice(NEXT_STEPS) if stage.is_open else None,
        opened_on=opened_on,
        closed_on=None if stage.is_open else closed_on,
    )


def demo_opportunities(
    session: Session, customer_ids: list[int], stages: tuple[Stage, ...], today: date, seed: int
) -> list[Opportunity]:
    rng = random.Random(seed * 104729)
    deals = [
        _deal(rng, file, stages, today)
        for file in _files(session, customer_ids)
        if rng.random() < WITH_DEALS_SHARE
        for _ in range(rng.choice((1, 1, 2)))
    ]
    return numbered(session, deals)


def _history(deal: Opportunity, stages: tuple[Stage, ...]) -> Iterator[dict]:
    """Through the open stages to its own: all of them before a win, about half
    before a loss; the moves spread evenly over the deal's time."""
    opened = open_stages(stages)
    stage = next(s for s in stages if s.code == deal.stage)
    if stage.is_open:
        path = opened[: [s.code for s in opened].index(stage.code) + 1]
    elif stage.outcome is StageOutcome.WON:
        path = (*opened, stage)
    else:
        path = (*opened[: max(len(opened) // 2, 1)], stage)
    end = min(deal.closed_on or deal.expected_close, deal.opened_on + timedelta(days=365))
    span = max((end - deal.opened_on).days, 0)
    previous = None
    for step, reached in enumerate(path):
        day = deal.opened_on + timedelta(days=span * step // len(path))
        yield {
            "at": datetime.combine(day, time(10)),
            "actor": "demo",
            "from_stage": previous,
            "to_stage": reached.code,
            "probability": probability(None, reached),
        }
        previous = reached.code


def store_opportunities(session: Session, deals: list[Opportunity], stages) -> int:
    fields = [f for f in Opportunity.__dataclass_fields__ if f not in ("id", "version")]
    ids = insert_rows_returning_ids(
        session,
        OpportunityRow.__table__,
        ({name: getattr(d, name) for name in fields} | {"version": 1} for d in deals),
        lambda _n: None,
    )
    events = (
        {**event, "opportunity_id": opportunity_id}
        for opportunity_id, deal in zip(ids, deals, strict=True)
        for event in _history(deal, stages)
    )
    insert_rows(session, OpportunityEvent.__table__, events, lambda _n: None)
    return len(ids)
