"""Customer search: one document per customer, matched by trigram.

A document holds what staff type to find a customer: name, code, pinyin and initials,
phone numbers as stored and as dialled at home (13800138000, 01012345678), e-mail, and
the names, pinyin and phones of its contacts. SQLite matches 3+ characters through FTS5
trigram (migration 0002); shorter terms scan the short keys (name, code, initials,
contact names) with LIKE. PostgreSQL uses ILIKE, served by a pg_trgm index where the
extension could be created.
"""

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy import Select, delete, insert, select, text

from crmdesk.storage.models import Contact, Customer, CustomerSearch
from crmdesk.storage.paging import like_pattern

TRIGRAM = 3  # FTS5 trigram needs at least this many characters
_PHONE_TERM = re.compile(r"[\d\s()+\-]+")
_CHUNK = 5000


def normalize(text: str) -> str:
    """Full-width to half-width, lower case; a phone-like term keeps only its digits."""
    folded = unicodedata.normalize("NFKC", text).strip().lower()
    if _PHONE_TERM.fullmatch(folded) and any(c.isdigit() for c in folded):
        return "".join(c for c in folded if c.isdigit())
    return folded


def phone_forms(stored: str | None) -> list[str]:
    """A stored E.164 number as typed: with country code, and (for Chinese numbers) as
    dialled at home — mobiles as 11 digits, landlines with their leading 0."""
    if not stored:
        return []
    digits = stored.lstrip("+")
    if stored.startswith("+86"):
        national = digits[2:]
        return [
            digits,
            national if national.startswith("1") and len(national) == 11 else "0" + national,
        ]
    return [digits]


def _joined(parts: Iterable[str | None]) -> str:
    return normalize(" ".join(p for p in parts if p))


def document(customer, contacts: Iterable) -> str:
    parts = [
        customer.name,
        customer.code,
        customer.name_pinyin,
        customer.name_initials,
        customer.email,
    ]
    for number in (customer.mobile, customer.phone):
        parts.extend(phone_forms(number))
    for contact in contacts:
        parts.extend([contact.name, contact.name_pinyin])
        for number in (contact.mobile, contact.phone):
            parts.extend(phone_forms(number))
    return _joined(parts)


def short_keys(customer, contacts: Iterable) -> str:
    """What 1–2 character terms are matched against (see CustomerSearch.short_keys)."""
    return _joined(
        [
            customer.name,
            customer.code,
            customer.name_initials,
            *(contact.name for contact in contacts),
        ]
    )


def _documents(connection, customer_ids: list[int]) -> list[dict]:
    customers = connection.execute(
        select(
            Customer.id,
            Customer.name,
            Customer.code,
            Customer.name_pinyin,
            Customer.name_initials,
            Customer.email,
            Customer.mobile,
            Customer.phone,
        ).where(Customer.id.in_(customer_ids))
    ).all()
    contacts = defaultdict(list)
    for contact in connection.execute(
        select(
            Contact.customer_id, Contact.name, Contact.name_pinyin, Contact.mobile, Contact.phone
        ).where(Contact.customer_id.in_(customer_ids))
    ):
        contacts[contact.customer_id].append(contact)
    return [
        {
            "customer_id": c.id,
            "document": document(c, contacts[c.id]),
            "short_keys": short_keys(c, contacts[c.id]),
        }
        for c in customers
    ]


def refresh(
    connection, customer_ids: Iterable[int], on_chunk: Callable[[int], None] = lambda n: None
) -> None:
    """Rewrite the documents of these customers (after any change to them or their
    contacts). ``connection`` is a Session or Connection inside the caller's transaction;
    ``on_chunk(n)`` reports progress and may raise to cancel."""
    ids = list(dict.fromkeys(customer_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        connection.execute(delete(CustomerSearch).where(CustomerSearch.customer_id.in_(chunk)))
        rows = _documents(connection, chunk)
        if rows:
            connection.execute(insert(CustomerSearch), rows)
        on_chunk(len(chunk))


# The insert trigger of migration 0002, dropped during bulk loads (see bulk_refresh).
SQLITE_INSERT_TRIGGER = """CREATE TRIGGER customer_search_ai AFTER INSERT ON customer_search BEGIN
           INSERT INTO customer_search_fts(rowid, document)
           VALUES (new.customer_id, new.document);
       END"""


def bulk_refresh(connection, customer_ids: list[int], on_chunk: Callable[[int], None]) -> None:
    """Documents for many new customers at once. On SQLite, indexing row by row through
    the trigger took ~20 s per 100k; inserting without it and rebuilding the FTS index in
    one pass takes ~5 s. All inside the caller's transaction (SQLite DDL is transactional)."""
    if connection.get_bind().dialect.name != "sqlite":
        refresh(connection, customer_ids, on_chunk)
        return
    connection.execute(text("DROP TRIGGER customer_search_ai"))
    refresh(connection, customer_ids, on_chunk)
    connection.execute(
        text("INSERT INTO customer_search_fts(customer_search_fts) VALUES ('rebuild')")
    )
    connection.execute(text(SQLITE_INSERT_TRIGGER))


def rebuild(connection) -> None:
    """Every document anew (after a bulk load or the migration that adds search)."""
    connection.execute(delete(CustomerSearch))
    last = 0
    while (
        ids := connection.execute(
            select(Customer.id).where(Customer.id > last).order_by(Customer.id).limit(_CHUNK)
        )
        .scalars()
        .all()
    ):
        rows = _documents(connection, ids)
        connection.execute(insert(CustomerSearch), rows)
        last = ids[-1]


def matching_ids(term: str, dialect: str) -> Select:
    """The ids of customers whose document contains ``term``."""
    needle = normalize(term)
    if dialect == "sqlite" and len(needle) >= TRIGRAM:
        phrase = '"' + needle.replace('"', '""') + '"'
        return (
            select(text("rowid"))
            .select_from(text("customer_search_fts"))
            .where(text("customer_search_fts MATCH :phrase").bindparams(phrase=phrase))
        )
    pattern = like_pattern(needle)
    column = CustomerSearch.short_keys if len(needle) < TRIGRAM else CustomerSearch.document
    condition = (
        column.like(pattern, escape="\\")
        if dialect == "sqlite"
        else column.ilike(pattern, escape="\\")
    )
    return select(CustomerSearch.customer_id).where(condition)
