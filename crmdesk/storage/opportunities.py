"""Reading and writing sales opportunities and the history of their stages."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.core.errors import DomainError
from crmdesk.core.messages import Message
from crmdesk.core.opportunity import ALL_FIELDS
from crmdesk.core.opportunity import Opportunity as OpportunityValue
from crmdesk.storage.bulk import insert_rows
from crmdesk.storage.models import Contact, Opportunity, OpportunityEvent
from crmdesk.storage.records import assign, load_or_missing, to_value


@dataclass(frozen=True)
class StageChange:
    at: datetime
    actor: str
    from_stage: str | None
    to_stage: str
    probability: int
    note: str | None


def to_opportunity(row: Opportunity) -> OpportunityValue:
    return to_value(OpportunityValue, row)


def load(session: Session, opportunity_id: int) -> Opportunity:
    return load_or_missing(session, Opportunity, opportunity_id, "Opportunity")


def write_fields(session: Session, row: Opportunity, value: OpportunityValue) -> None:
    if value.contact_id is not None:
        contact = session.get(Contact, value.contact_id)
        if contact is None or contact.customer_id != value.customer_id:
            raise DomainError(Message("The contact chosen does not belong to this customer"))
    assign(row, value, ALL_FIELDS)


def of_customer(session: Session, customer_id: int) -> list[OpportunityValue]:
    """Open ones by expected close first, then those closed, newest first."""
    statement = (
        select(Opportunity)
        .where(Opportunity.customer_id == customer_id)
        .order_by(
            Opportunity.closed_on.is_not(None),
            Opportunity.closed_on.desc(),
            Opportunity.expected_close,
            Opportunity.id,
        )
    )
    return [to_opportunity(row) for row in session.scalars(statement)]


def count_by_stage(session: Session) -> dict[str, int]:
    statement = select(Opportunity.stage, func.count()).group_by(Opportunity.stage)
    return dict(session.execute(statement).all())


def add_event(session: Session, opportunity_id: int, at: datetime, actor: str, change) -> None:
    """``change``: (from stage or None, to stage, probability, note or None)."""
    from_stage, to_stage, probability, note = change
    session.add(
        OpportunityEvent(
            opportunity_id=opportunity_id,
            at=at,
            actor=actor,
            from_stage=from_stage,
            to_stage=to_stage,
            probability=probability,
            note=note,
        )
    )


def insert_events(session: Session, events: Iterable[dict]) -> None:
    """Many history rows at once (imports, demo data)."""
    insert_rows(session, OpportunityEvent.__table__, events, lambda _count: None)


def events_of(session: Session, opportunity_id: int) -> list[StageChange]:
    statement = (
        select(
            OpportunityEvent.at,
            OpportunityEvent.actor,
            OpportunityEvent.from_stage,
            OpportunityEvent.to_stage,
            OpportunityEvent.probability,
            OpportunityEvent.note,
        )
        .where(OpportunityEvent.opportunity_id == opportunity_id)
        .order_by(OpportunityEvent.at, OpportunityEvent.id)
    )
    return [StageChange(*row) for row in session.execute(statement)]
