"""All complaints as SQL-backed windows, newest first by default, and those whose
deadline comes soon."""

from dataclasses import dataclass, fields
from datetime import datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, and_, case, or_, select
from sqlalchemy.orm import Session

from crmdesk.core.complaint_flow import OPEN_STATES
from crmdesk.core.complaint_sla import SlaState
from crmdesk.core.complaint_stats import ComplaintFacts
from crmdesk.core.enums import Channel, ComplaintLevel, ComplaintStatus
from crmdesk.core.listing import ListQuery
from crmdesk.storage.models import Complaint, Customer, User
from crmdesk.storage.paging import contains_any, count_rows, sort_order, with_query


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    number: str
    received_at: datetime
    customer_id: int
    customer: str
    channel: Channel
    category: str
    level: ComplaintLevel
    status: ComplaintStatus
    handler: str | None
    escalated: bool
    first_response_due: datetime
    resolution_due: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    paused_since: datetime | None
    paused_seconds: int
    version: int
    # How each deadline stands now: filled in by the service, which knows the time.
    response_sla: SlaState | None = None
    resolution_sla: SlaState | None = None


COLUMNS = (
    Complaint.id,
    Complaint.number,
    Complaint.received_at,
    Customer.id,
    Customer.name,
    Complaint.channel,
    Complaint.category,
    Complaint.level,
    Complaint.status,
    User.display_name,
    Complaint.escalated,
    Complaint.first_response_due,
    Complaint.resolution_due,
    Complaint.first_response_at,
    Complaint.resolved_at,
    Complaint.paused_since,
    Complaint.paused_seconds,
    Complaint.version,
)
SORT_COLUMNS = {
    "number": Complaint.number,
    "received_at": Complaint.received_at,
    "customer": Customer.name_pinyin,
    "category": Complaint.category,
    "level": Complaint.level,
    "status": Complaint.status,
    "handler": User.display_name,
    "response_due": Complaint.first_response_due,
    "resolution_due": Complaint.resolution_due,
}
EQUAL_FILTERS = {
    "status": Complaint.status,
    "level": Complaint.level,
    "category": Complaint.category,
    "handler_id": Complaint.handler_id,
    "customer_id": Complaint.customer_id,
}
DAY = timedelta(days=1)
SEARCH_COLUMNS = (Complaint.number, Complaint.customer_words, Customer.name)


def running_deadline_before(moment: datetime) -> ColumnElement[bool]:
    """Open complaints with a deadline still running that falls before ``moment``: the
    first response not yet given, or the resolution (unless awaiting the customer)."""
    return and_(
        Complaint.status.in_(OPEN_STATES),
        or_(
            and_(Complaint.first_response_at.is_(None), Complaint.first_response_due < moment),
            and_(
                Complaint.resolved_at.is_(None),
                Complaint.paused_since.is_(None),
                Complaint.resolution_due < moment,
            ),
        ),
    )


def _filter(statement: Select, name: str, value: object) -> Select:
    if name in EQUAL_FILTERS:
        return statement.where(EQUAL_FILTERS[name] == value)
    if name == "overdue_at":  # a time: complaints with a deadline passed by then
        return statement.where(running_deadline_before(value))
    if name == "from":
        return statement.where(Complaint.received_at >= datetime.combine(value, time.min))
    if name == "to":
        return statement.where(Complaint.received_at < datetime.combine(value, time.min) + DAY)
    if name == "customer":  # its code, or part of its name
        return statement.where(
            or_(Customer.code == value, contains_any(str(value), (Customer.name,)))
        )
    raise ValueError(f"The complaint list has no filter {name!r}")


def _filtered(query: ListQuery) -> Select:
    statement = (
        select(*COLUMNS)
        .join(Customer, Complaint.customer_id == Customer.id)
        .outerjoin(User, Complaint.handler_id == User.id)
        .where(Customer.deleted_at.is_(None))
    )
    return with_query(statement, query, _filter, SEARCH_COLUMNS)


def count(session: Session, query: ListQuery) -> int:
    return count_rows(session, _filtered(query), Complaint.id)


def page(session: Session, query: ListQuery, offset: int, limit: int) -> list[ComplaintRow]:
    order = sort_order(query, SORT_COLUMNS, Complaint.received_at.desc())
    statement = _filtered(query).order_by(order, Complaint.id.desc()).offset(offset).limit(limit)
    return [ComplaintRow(*row) for row in session.execute(statement)]


def facts(session: Session, query: ListQuery) -> list[ComplaintFacts]:
    """The facts of every complaint the list's filters let through."""
    names = [f.name for f in fields(ComplaintFacts)]
    statement = _filtered(query).with_only_columns(*(getattr(Complaint, n) for n in names))
    return [ComplaintFacts(*row) for row in session.execute(statement)]


def due_before(
    session: Session, moment: datetime, user_id: int | None, limit: int
) -> list[ComplaintRow]:
    """Open complaints with a running deadline before ``moment``, the most pressing
    first: those this user handles or whose customer they own, and those nobody has
    yet (None: everyone's)."""
    statement = _filtered(ListQuery()).where(running_deadline_before(moment))
    if user_id is not None:
        statement = statement.where(
            or_(
                Complaint.handler_id == user_id,
                Customer.owner_id == user_id,
                and_(Complaint.handler_id.is_(None), Customer.owner_id.is_(None)),
            )
        )
    # The deadline that runs: the first response until given, then the resolution.
    running = case(
        (Complaint.first_response_at.is_(None), Complaint.first_response_due),
        else_=Complaint.resolution_due,
    )
    return [
        ComplaintRow(*row)
        for row in session.execute(statement.order_by(running, Complaint.id).limit(limit))
    ]
