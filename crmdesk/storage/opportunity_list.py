"""Sales opportunities as SQL-backed windows (the pipeline's list and board), their
totals per stage weighted by probability, and the facts the pipeline charts count."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session

from crmdesk.analytics.pipeline import OpportunityFacts
from crmdesk.core.enums import CustomerSource, CustomerStatus, Tier
from crmdesk.core.listing import ListQuery
from crmdesk.storage.models import Customer, Opportunity, User
from crmdesk.storage.paging import count_rows, sort_order, with_query


@dataclass(frozen=True)
class OpportunityRow:
    id: int
    number: str
    title: str
    customer_id: int
    customer: str
    customer_status: CustomerStatus
    man_money: bool
    man_authority: bool
    man_need: bool
    amount: Decimal
    stage: str
    probability: int | None  # the owner's own, if given
    expected_close: date | None
    owner: str | None
    source: CustomerSource | None
    next_step: str | None
    closed_on: date | None
    version: int


@dataclass(frozen=True)
class StageTotal:
    stage: str
    count: int
    amount: Decimal
    weighted: Decimal


CENT = Decimal("0.01")
customer_tier = func.coalesce(Customer.tier_override, Customer.tier)
COLUMNS = (
    Opportunity.id,
    Opportunity.number,
    Opportunity.title,
    Customer.id,
    Customer.name,
    Customer.status,
    Customer.man_money,
    Customer.man_authority,
    Customer.man_need,
    Opportunity.amount,
    Opportunity.stage,
    Opportunity.probability,
    Opportunity.expected_close,
    User.display_name,
    Opportunity.source,
    Opportunity.next_step,
    Opportunity.closed_on,
    Opportunity.version,
)
SORT_COLUMNS = {
    "number": Opportunity.number,
    "title": Opportunity.title,
    "customer": Customer.name_pinyin,
    "amount": Opportunity.amount,
    "stage": Opportunity.stage,
    "expected_close": Opportunity.expected_close,
    "owner": User.display_name,
}
EQUAL_FILTERS = {
    "owner_id": Opportunity.owner_id,
    "stage": Opportunity.stage,
    "customer_id": Opportunity.customer_id,
    "source": Opportunity.source,
}
SEARCH_COLUMNS = (Opportunity.number, Opportunity.title, Opportunity.product, Customer.name)


def month_range(month: str) -> tuple[date, date]:
    """The first day of "YYYY-MM" and of the month after."""
    year, number = (int(part) for part in month.split("-"))
    after = date(year + number // 12, number % 12 + 1, 1)
    return date(year, number, 1), after


def _filter(statement: Select, name: str, value: object) -> Select:
    if name in EQUAL_FILTERS:
        return statement.where(EQUAL_FILTERS[name] == value)
    if name == "stages":  # a tuple of stage codes: the open ones, say
        return statement.where(Opportunity.stage.in_(value))
    if name == "close_month":  # "YYYY-MM"
        first, after = month_range(str(value))
        return statement.where(
            Opportunity.expected_close >= first, Opportunity.expected_close < after
        )
    if name == "close_before":  # a date: open ones should have closed by then
        return statement.where(Opportunity.expected_close < value)
    if name == "tier":
        return statement.where(customer_tier == Tier(value))
    raise ValueError(f"The opportunity list has no filter {name!r}")


def _filtered(query: ListQuery) -> Select:
    statement = (
        select(*COLUMNS)
        .join(Customer, Opportunity.customer_id == Customer.id)
        .outerjoin(User, Opportunity.owner_id == User.id)
        .where(Customer.deleted_at.is_(None))
    )
    return with_query(statement, query, _filter, SEARCH_COLUMNS)


def count(session: Session, query: ListQuery) -> int:
    return count_rows(session, _filtered(query), Opportunity.id)


def page(session: Session, query: ListQuery, offset: int, limit: int) -> list[OpportunityRow]:
    order = sort_order(query, SORT_COLUMNS, Opportunity.expected_close.asc())
    statement = _filtered(query).order_by(order, Opportunity.id).offset(offset).limit(limit)
    return [OpportunityRow(*row) for row in session.execute(statement)]


def effective_probability(defaults: Mapping[str, int]) -> ColumnElement:
    """The owner's probability, or the stage's default."""
    stage_default = case(dict(defaults), value=Opportunity.stage, else_=0)
    return func.coalesce(Opportunity.probability, stage_default)


def stage_totals(
    session: Session, query: ListQuery, defaults: Mapping[str, int]
) -> dict[str, StageTotal]:
    """Per stage: how many, their amount, and that amount weighted by probability."""
    amount = func.coalesce(func.sum(Opportunity.amount), 0)
    weighted = func.coalesce(func.sum(Opportunity.amount * effective_probability(defaults)), 0)
    statement = (
        _filtered(query)
        .with_only_columns(Opportunity.stage, func.count(Opportunity.id), amount, weighted)
        .group_by(Opportunity.stage)
    )
    return {
        stage: StageTotal(
            stage, number, Decimal(str(total)), (Decimal(str(weight)) / 100).quantize(CENT)
        )
        for stage, number, total, weight in session.execute(statement)
    }


def facts(session: Session, query: ListQuery) -> list[OpportunityFacts]:
    statement = _filtered(query).with_only_columns(
        Opportunity.stage,
        Opportunity.amount,
        Opportunity.probability,
        Opportunity.expected_close,
        User.display_name,
        Opportunity.source,
        Opportunity.opened_on,
        Opportunity.closed_on,
        Opportunity.lost_reason,
    )
    return [OpportunityFacts(*row) for row in session.execute(statement)]
