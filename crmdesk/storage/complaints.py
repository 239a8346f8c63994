"""Reading and writing complaints and the history of their handling."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.core.complaint import ALL_FIELDS
from crmdesk.core.complaint import Complaint as ComplaintValue
from crmdesk.core.enums import ComplaintStatus
from crmdesk.core.errors import DomainError
from crmdesk.core.messages import Message
from crmdesk.storage.bulk import insert_rows
from crmdesk.storage.models import Complaint, ComplaintEvent, Contact
from crmdesk.storage.records import assign, load_or_missing, to_value


@dataclass(frozen=True)
class ComplaintEventRow:
    at: datetime
    actor: str
    step: int | None
    from_status: ComplaintStatus | None
    to_status: ComplaintStatus
    note: str | None


def to_complaint(row: Complaint) -> ComplaintValue:
    return to_value(ComplaintValue, row)


def load(session: Session, complaint_id: int) -> Complaint:
    return load_or_missing(session, Complaint, complaint_id, "Complaint")


def get(session: Session, complaint_id: int) -> ComplaintValue:
    return to_complaint(load(session, complaint_id))


def write_fields(session: Session, row: Complaint, value: ComplaintValue) -> None:
    if value.contact_id is not None:
        contact = session.get(Contact, value.contact_id)
        if contact is None or contact.customer_id != value.customer_id:
            raise DomainError(Message("The contact chosen does not belong to this customer"))
    if value.duplicate_of_id is not None and session.get(Complaint, value.duplicate_of_id) is None:
        raise DomainError(
            Message("There is no complaint %1 to be a duplicate of", value.duplicate_of_id)
        )
    assign(row, value, ALL_FIELDS)


def find_id(session: Session, number: str) -> int | None:
    return session.scalar(select(Complaint.id).where(Complaint.number == number.strip()))


def add_event(
    session: Session,
    complaint_id: int,
    at: datetime,
    actor: str,
    to_status: ComplaintStatus,
    *,
    step: int | None = None,
    from_status: ComplaintStatus | None = None,
    note: str | None = None,
) -> None:
    session.add(
        ComplaintEvent(
            complaint_id=complaint_id,
            at=at,
            actor=actor,
            step=step,
            from_status=from_status,
            to_status=to_status,
            note=note,
        )
    )


def insert_events(session: Session, events: Iterable[dict]) -> None:
    """Many history rows at once (imports, demo data): complaint_id, at, actor,
    from_status, to_status and note each."""
    insert_rows(session, ComplaintEvent.__table__, events, lambda _count: None)


def events_of(session: Session, complaint_id: int) -> list[ComplaintEventRow]:
    statement = (
        select(
            ComplaintEvent.at,
            ComplaintEvent.actor,
            ComplaintEvent.step,
            ComplaintEvent.from_status,
            ComplaintEvent.to_status,
            ComplaintEvent.note,
        )
        .where(ComplaintEvent.complaint_id == complaint_id)
        .order_by(ComplaintEvent.at, ComplaintEvent.id)
    )
    return [ComplaintEventRow(*row) for row in session.execute(statement)]
