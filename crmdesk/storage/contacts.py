"""Reading and writing contacts; callers get core.Contact values back."""

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.core.contact import EDITABLE_FIELDS
from crmdesk.core.contact import Contact as ContactValue
from crmdesk.core.pinyin import pinyin_keys
from crmdesk.storage import search
from crmdesk.storage.models import Contact
from crmdesk.storage.records import assign, load_or_missing, to_value


def to_contact(row: Contact) -> ContactValue:
    return to_value(ContactValue, row)


def load(session: Session, contact_id: int) -> Contact:
    return load_or_missing(session, Contact, contact_id, "Contact")


def of_customer(session: Session, customer_id: int) -> list[ContactValue]:
    """Primary contact first, then by name in pinyin order."""
    rows = session.scalars(
        select(Contact)
        .where(Contact.customer_id == customer_id)
        .order_by(Contact.is_primary.desc(), Contact.name_pinyin, Contact.id)
    )
    return [to_contact(row) for row in rows]


def values_by_id(session: Session, contact_ids: Iterable[int]) -> dict[int, ContactValue]:
    wanted = sorted(set(contact_ids))
    found: dict[int, ContactValue] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for row in session.scalars(select(Contact).where(Contact.id.in_(chunk))):
            found[row.id] = to_contact(row)
    return found


def name_pinyin(name: str) -> str:
    """The sort key stored beside a contact's name."""
    return pinyin_keys(name)[0]


def write_fields(session: Session, row: Contact, value: ContactValue) -> None:
    """Copy the editable fields; the customer's search document follows its contacts."""
    assign(row, value, EDITABLE_FIELDS)
    row.name_pinyin = name_pinyin(value.name)
    session.add(row)
    session.flush()
    search.refresh(session, [row.customer_id])
