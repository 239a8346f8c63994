"""All activities as SQL-backed windows, newest first by default."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from crmdesk.core.enums import Channel, Direction
from crmdesk.core.listing import ListQuery
from crmdesk.storage.models import Activity, Customer, User
from crmdesk.storage.paging import contains_any, count_rows, sort_order, with_query


@dataclass(frozen=True)
class ActivityRow:
    id: int
    occurred_at: datetime
    customer_id: int
    customer: str
    channel: Channel
    direction: Direction
    subject: str
    outcome: str | None
    next_follow_up: date | None
    owner: str | None


SORT_COLUMNS = {
    "occurred_at": Activity.occurred_at,
    "customer": Customer.name_pinyin,
    "channel": Activity.channel,
    "direction": Activity.direction,
    "subject": Activity.subject,
    "outcome": Activity.outcome,
    "next_follow_up": Activity.next_follow_up,
    "owner": User.display_name,
}


DAY = timedelta(days=1)
SEARCH_COLUMNS = (Activity.subject, Customer.name, Customer.name_pinyin)


# Filters that compare one column with the value chosen.
EQUAL_FILTERS = {
    "channel": Activity.channel,
    "direction": Activity.direction,
    "owner_id": Activity.owner_id,
    "customer_id": Activity.customer_id,
}


def _filter(statement: Select, name: str, value: object) -> Select:
    if name in EQUAL_FILTERS:
        return statement.where(EQUAL_FILTERS[name] == value)
    if name == "from":  # a date: activities on or after it
        return statement.where(Activity.occurred_at >= datetime.combine(value, time.min))
    if name == "to":  # a date: activities on or before it
        return statement.where(Activity.occurred_at < datetime.combine(value, time.min) + DAY)
    if name == "customer":  # its code, or part of its name
        return statement.where(
            or_(Customer.code == value, contains_any(str(value), (Customer.name,)))
        )
    if name == "outcome":
        return statement.where(contains_any(str(value), (Activity.outcome,)))
    raise ValueError(f"The activity list has no filter {name!r}")


def _filtered(query: ListQuery) -> Select:
    statement = (
        select(Activity)
        .join(Customer, Activity.customer_id == Customer.id)
        .where(Customer.deleted_at.is_(None))
    )
    return with_query(statement, query, _filter, SEARCH_COLUMNS)


def count(session: Session, query: ListQuery) -> int:
    return count_rows(session, _filtered(query), Activity.id)


def page(session: Session, query: ListQuery, offset: int, limit: int) -> list[ActivityRow]:
    order = sort_order(query, SORT_COLUMNS, Activity.occurred_at.desc())
    statement = (
        _filtered(query)
        .with_only_columns(
            Activity.id,
            Activity.occurred_at,
            Customer.id,
            Customer.name,
            Activity.channel,
            Activity.direction,
            Activity.subject,
            Activity.outcome,
            Activity.next_follow_up,
            User.display_name,
        )
        .outerjoin(User, Activity.owner_id == User.id)
        .order_by(order, Activity.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [ActivityRow(*row) for row in session.execute(statement)]
