"""Reading and writing customer files; callers get core.Customer values back."""

from collections.abc import Iterable
from operator import attrgetter

from sqlalchemy import Enum, String, exists, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from crmdesk.core.changes import Entity
from crmdesk.core.customer import EDITABLE_FIELDS
from crmdesk.core.customer import Customer as CustomerValue
from crmdesk.core.errors import NotFoundError
from crmdesk.core.messages import Message
from crmdesk.core.pinyin import pinyin_keys
from crmdesk.storage import search
from crmdesk.storage.audit import blank_values
from crmdesk.storage.bulk import (
    OnChunk,
    ValuesInsert,
    chunks,
    insert_rows,
    insert_rows_returning_ids,
    lean_page_cache,
    placeholders,
)
from crmdesk.storage.models import (
    Activity,
    Complaint,
    Contact,
    Customer,
    Opportunity,
    Survey,
    Tag,
    Transaction,
    customer_tags,
    now,
)
from crmdesk.storage.records import assign, load_or_missing, to_value

# What a customer file owns, each with its own entries in the audit trail.
OWNED = {
    Entity.CONTACT: Contact,
    Entity.ACTIVITY: Activity,
    Entity.TRANSACTION: Transaction,
    Entity.COMPLAINT: Complaint,
    Entity.SURVEY: Survey,
    Entity.OPPORTUNITY: Opportunity,
}

_COLUMN_FIELDS = tuple(name for name in EDITABLE_FIELDS if name != "tags")
_IN_CHUNK = 500  # ids or codes per IN (...) list


def to_customer(row: Customer) -> CustomerValue:
    return to_value(CustomerValue, row, tags=tuple(sorted(t.name for t in row.tags)))


def load(session: Session, customer_id: int, *, include_deleted: bool = False) -> Customer:
    row = load_or_missing(session, Customer, customer_id, "Customer")
    if row.deleted_at is not None and not include_deleted:
        raise NotFoundError(Message("Customer %1 is in the bin", customer_id))
    return row


def load_any(session: Session, customer_id: int) -> Customer:
    """The file, in the bin or not."""
    return load(session, customer_id, include_deleted=True)


def code_taken(session: Session, code: str) -> bool:
    """Codes stay taken after a delete: a deleted file keeps its code for good."""
    return bool(session.scalar(select(exists().where(Customer.code == code))))


def codes_taken(session: Session, codes: Iterable[str]) -> set[str]:
    """Those of ``codes`` a file holds (in the bin or not)."""
    wanted = sorted(set(codes))
    taken: set[str] = set()
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        taken.update(session.scalars(select(Customer.code).where(Customer.code.in_(chunk))))
    return taken


def values_by_id(session: Session, customer_ids: Iterable[int]) -> dict[int, CustomerValue]:
    """The files with these ids as core values, read in chunks without ORM objects."""
    wanted = sorted(set(customer_ids))
    found: dict[int, CustomerValue] = {}
    table = Customer.__table__
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        tags = tags_of(session, chunk)
        for row in session.execute(select(table).where(table.c.id.in_(chunk))):
            found[row.id] = to_value(CustomerValue, row, tags=tags.get(row.id, ()))
    return found


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


def insert_many(
    session: Session, values: list[CustomerValue], codes: list[str], on_chunk: OnChunk
) -> list[int]:
    """Insert validated files with their codes in bulk (not ORM objects), with their
    tags and search entries; returns their ids in order. ``on_chunk`` is told of the
    rows inserted, then of the rows indexed for search, each time while no statement
    runs. The statements run on a thread of their own (search.BulkIndex), so that
    long ones overlap the making of the next chunk's rows and search entries."""
    dialect = session.get_bind().dialect
    ids: list[int] = []
    with lean_page_cache(session):
        inserting = ValuesInsert(session.connection(), Customer.__table__, _INSERTED)
        indexing = 0
        with search.bulk_index(session) as index:
            for chunk in chunks(zip(values, codes, strict=True)):
                rows, keys = _new_rows(chunk)
                new = search.entries(keys)
                index.writer.executemany(inserting.statement, inserting.parameters(rows))
                index.write_grams()  # the previous chunk's, while this thread waits for ids
                # A plain executemany, then the ids by code: RETURNING in parameter
                # order makes SQLAlchemy insert one row at a time on SQLite.
                chunk_codes = [code for _, code in chunk]
                found = index.writer.fetch(
                    _ID_BY_CODE.format(placeholders(dialect, len(chunk))), chunk_codes
                )
                id_of = dict(found.result())
                chunk_ids = [id_of[code] for code in chunk_codes]
                on_chunk(len(chunk) + indexing)
                index.add(chunk_ids, new)
                ids.extend(chunk_ids)
                indexing = len(chunk)
        on_chunk(indexing)
        tag_ids = _tag_ids(session, {name for value in values for name in value.tags})
        pairs = (
            {"customer_id": customer_id, "tag_id": tag_ids[name]}
            for customer_id, value in zip(ids, values, strict=True)
            for name in value.tags
        )
        insert_rows(session, customer_tags, pairs, lambda _: None)
    return ids


_INSERTED = (*_COLUMN_FIELDS, "code", "name_pinyin", "name_initials")
_ID_BY_CODE = "SELECT code, id FROM customers WHERE code IN ({})"
_column_values = attrgetter(*_COLUMN_FIELDS)


def _new_rows(chunk: list[tuple[CustomerValue, str]]) -> tuple[list[tuple], list[search.Keys]]:
    """New files' values in _INSERTED order, and what their search documents are made of."""
    rows, keys = [], []
    for value, code in chunk:
        pinyin, initials = pinyin_keys(value.name)
        rows.append((*_column_values(value), code, pinyin, initials))
        keys.append(
            search.Keys(value.name, code, pinyin, initials, value.email, value.mobile, value.phone)
        )
    return rows, keys


def _tag_ids(session: Session, names: set[str]) -> dict[str, int]:
    found = dict(session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(names))).all())
    missing = sorted(names - found.keys())
    if missing:
        new = insert_rows_returning_ids(
            session, Tag.__table__, ({"name": name} for name in missing), lambda _: None
        )
        found.update(zip(missing, new, strict=True))
    return found


def insert(session: Session, value: CustomerValue, code: str) -> Customer:
    row = Customer(code=code)
    write_fields(session, row, value)
    session.add(row)
    session.flush()
    search.refresh(session, [row.id])
    return row


def export_chunk(
    session: Session, fields: tuple[str, ...], *, after_code: str, limit: int
) -> list[list]:
    """The next ``limit`` files not in the bin after ``after_code`` in code order, each
    a list laid out as ``fields``: values as stored (a choice as its text, which equals
    its member), tags a tuple of names. Plain rows: neither ORM objects nor a mapping
    and an enum member per value (a third of an export's own time)."""
    stored = [
        type_coerce(column, String) if isinstance(column.type, Enum) else column
        for column in (getattr(Customer, name) for name in fields if name != "tags")
    ]
    rows = session.execute(
        select(Customer.id, *stored)
        .where(Customer.deleted_at.is_(None), Customer.code > after_code)
        .order_by(Customer.code)
        .limit(limit)
    ).all()
    if "tags" not in fields:
        return [list(row[1:]) for row in rows]
    at = fields.index("tags")
    tags = tags_of(session, [row[0] for row in rows])
    return [[*row[1 : at + 1], tags.get(row[0], ()), *row[at + 1 :]] for row in rows]


def tags_of(session: Session, customer_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Each customer's tag names, sorted, for the customers that have any."""
    found: dict[int, list[str]] = {}
    rows = session.execute(
        select(customer_tags.c.customer_id, Tag.name)
        .join(Tag, Tag.id == customer_tags.c.tag_id)
        .where(customer_tags.c.customer_id.in_(customer_ids))
    )
    for customer_id, name in rows:
        found.setdefault(customer_id, []).append(name)
    return {customer_id: tuple(sorted(names)) for customer_id, names in found.items()}


def purge(session: Session, row: Customer) -> None:
    """Delete for good; contacts, activities, sales, complaints and surveys go with it by
    cascade, and what any of them held leaves the audit trail (personal data is erased;
    that they existed is kept)."""
    for entity, model in OWNED.items():
        ids = session.scalars(select(model.id).where(model.customer_id == row.id))
        blank_values(session, entity, ids)
    blank_values(session, Entity.CUSTOMER, [row.id])
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
