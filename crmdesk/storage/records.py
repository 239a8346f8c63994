"""Copying between ORM rows and the plain core values handed to callers."""

from dataclasses import fields
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.core.errors import NotFoundError
from crmdesk.core.messages import Message
from crmdesk.storage.models import Contact, Customer

T = TypeVar("T")


def to_value(cls: type[T], row: Any, **overrides: Any) -> T:
    """Build the dataclass ``cls`` from the same-named attributes of an ORM row."""
    names = [f.name for f in fields(cls) if f.name not in overrides]
    return cls(**{name: getattr(row, name) for name in names}, **overrides)


def assign(row: Any, value: Any, names: tuple[str, ...]) -> None:
    for name in names:
        setattr(row, name, getattr(value, name))


def load_or_missing(session: Session, model: type[T], row_id: int, what: str) -> T:
    """The row with this id, or NotFoundError saying which ``what`` is missing."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(Message("%1 %2 does not exist", what, row_id))
    return row


def numbered_chunk(
    session: Session, model: type, value_type: type, after_id: int, limit: int
) -> list[tuple]:
    """(record as ``value_type``, customer code, customer name, contact name) of the
    ``model`` rows (complaints, opportunities) by id after ``after_id``; those of files
    in the bin are left out."""
    statement = (
        select(model, Customer.code, Customer.name, Contact.name)
        .join(Customer, model.customer_id == Customer.id)
        .outerjoin(Contact, model.contact_id == Contact.id)
        .where(model.id > after_id, Customer.deleted_at.is_(None))
        .order_by(model.id)
        .limit(limit)
    )
    return [
        (to_value(value_type, row), code, name, contact)
        for row, code, name, contact in session.execute(statement)
    ]
