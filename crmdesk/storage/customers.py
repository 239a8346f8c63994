"""Reading and writing customer files; callers get core.Customer values back."""

from sqlalchemy import exists, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from crmdesk.core.customer import EDITABLE_FIELDS
from crmdesk.core.customer import Customer as CustomerValue
from crmdesk.core.errors import NotFoundError
from crmdesk.core.pinyin import pinyin_keys
from crmdesk.storage import search
from crmdesk.storage.models import Customer, Tag, now
from crmdesk.storage.records import assign, load_or_missing, to_value

_COLUMN_FIELDS = tuple(name for name in EDITABLE_FIELDS if name != "tags")


def to_customer(row: Customer) -> CustomerValue:
    return to_value(CustomerValue, row, tags=tuple(sorted(t.name for t in row.tags)))


def load(session: Session, customer_id: int, *, include_deleted: bool = False) -> Customer:
    row = load_or_missing(session, Customer, customer_id, "Customer")
    if row.deleted_at is not None and not include_deleted:
        raise NotFoundError(f"Customer {customer_id} is in the bin")
    return row


def code_taken(session: Session, code: str) -> bool:
    """Codes stay taken after a delete: a deleted file keeps its code for good."""
    return bool(session.scalar(select(exists().where(Customer.code == code))))


def write_fields(session: Session, row: Customer, value: CustomerValue) -> None:
    """Copy the editable fields onto the row; a stored row's search document follows."""
    assign(row, value, _COLUMN_FIELDS)
    row.name_pinyin, row.name_initials = pinyin_keys(value.name)
    row.tags = _tags_named(session, value.tags)
    if row.id is not None:
        # An UPDATE even when only the tags changed, so the version moves on.
        row.updated_at = now()
        flag_modified(row, "updated_at")
        session.flush()
        search.refresh(session, [row.id])


def insert(session: Session, value: CustomerValue, code: str) -> Customer:
    row = Customer(code=code)
    write_fields(session, row, value)
    session.add(row)
    session.flush()
    search.refresh(session, [row.id])
    return row


def purge(session: Session, row: Customer) -> None:
    """Delete for good; contacts, activities and sales go with it by cascade."""
    search.forget(session, [row.id])
    session.delete(row)


def _tags_named(session: Session, names: tuple[str, ...]) -> list[Tag]:
    if not names:
        return []
    found = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(names)))}
    for name in names:
        if name not in found:
            found[name] = Tag(name=name)
            session.add(found[name])
    return [found[name] for name in names]
