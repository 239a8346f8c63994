"""All activities as SQL-backed windows, newest first by default."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from crmdesk.core.enums import Channel, Direction
from crmdesk.core.listing import ListQuery
from crmdesk.storage.models import Activity, Customer, User
from crmdesk.storage.paging import count_rows, like_pattern


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


def _filtered(query: ListQuery) -> Select:
    statement = (
        select(Activity)
        .join(Customer, Activity.customer_id == Customer.id)
        .outerjoin(User, Activity.owner_id == User.id)
        .where(Customer.deleted_at.is_(None))
    )
    term = query.search.strip()
    if term:
        pattern = like_pattern(term.lower())
        statement = statement.where(
            or_(
                func.lower(Activity.subject).like(pattern, escape="\\"),
                func.lower(Customer.name).like(pattern, escape="\\"),
                Customer.name_pinyin.like(pattern, escape="\\"),
            )
        )
    return statement


def count(session: Session, query: ListQuery) -> int:
    return count_rows(session, _filtered(query), Activity.id)


def page(session: Session, query: ListQuery, offset: int, limit: int) -> list[ActivityRow]:
    column = SORT_COLUMNS.get(query.sort_key)
    if column is None:
        order = (Activity.occurred_at.desc(),)
    else:
        order = (column.desc() if query.descending else column.asc(),)
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
        .order_by(*order, Activity.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [ActivityRow(*row) for row in session.execute(statement)]
