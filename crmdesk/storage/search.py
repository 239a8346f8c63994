"""Customer search: one document per customer, matched by trigram.

A document holds what staff type to find a customer: name, code, pinyin and initials,
phone numbers as stored and as dialled at home (13800138000, 01012345678), e-mail, and
the names, pinyin and phones of its contacts. SQLite matches 3+ characters through FTS5
trigram (migration 0002); PostgreSQL uses ILIKE, served by a pg_trgm index where the
extension could be created. Shorter terms are looked up, on both, among the 1- and
2-character grams of the short keys (name, initials, contact names; storage.gram_index).
"""

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

from sqlalchemy import ColumnElement, Dialect, delete, func, insert, select, text
from sqlalchemy.orm import Session

from crmdesk.storage.bulk import BackgroundWriter, background_writer, placeholders
from crmdesk.storage.gram_index import GramFts, GramTable, Staging, gram_index
from crmdesk.storage.models import Contact, Customer, CustomerSearch
from crmdesk.storage.paging import like_pattern

TRIGRAM = 3  # FTS5 trigram needs at least this many characters
# Up to this many matches, a list fetches them and sorts; beyond, walking its sort index
# and testing each customer reaches the first window sooner (60k matches: 60 → 3 ms).
SORTED_MATCHES = 5000
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
    """The words whose grams serve 1–2 character terms (see SearchGram)."""
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


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def refresh(
    connection, customer_ids: Iterable[int], on_chunk: Callable[[int], None] = lambda n: None
) -> None:
    """Rewrite the documents of these customers (after any change to them or their
    contacts). ``connection`` is a Session or Connection inside the caller's transaction;
    ``on_chunk(n)`` reports progress and may raise to cancel."""
    for chunk in _chunks(list(dict.fromkeys(customer_ids))):
        forget(connection, chunk)
        documents = _documents(connection, chunk)
        if documents:
            connection.execute(insert(CustomerSearch), documents)
            gram_index(connection).add(connection, documents)
        on_chunk(len(chunk))


def forget(connection, customer_ids: list[int]) -> None:
    """Remove these customers' documents, and their grams, found by the stored short keys
    they were made from (before the customers are rewritten or purged)."""
    stored = connection.execute(
        select(CustomerSearch.customer_id, CustomerSearch.short_keys).where(
            CustomerSearch.customer_id.in_(customer_ids)
        )
    ).mappings()
    gram_index(connection).remove(connection, stored)
    connection.execute(delete(CustomerSearch).where(CustomerSearch.customer_id.in_(customer_ids)))


BULK_MIN = 5_000

# The insert trigger of migration 0002, dropped during bulk loads (see bulk_index).
SQLITE_INSERT_TRIGGER = """CREATE TRIGGER customer_search_ai AFTER INSERT ON customer_search BEGIN
           INSERT INTO customer_search_fts(rowid, document)
           VALUES (new.customer_id, new.document);
       END"""
_INDEXED_TRIGRAMS = (
    "INSERT INTO customer_search_fts (rowid, document)"
    " SELECT customer_id, document FROM customer_search WHERE customer_id IN ({})"
)


class Keys(NamedTuple):
    """What a new customer's document is made of: it has no contacts yet."""

    name: str
    code: str
    name_pinyin: str | None
    name_initials: str | None
    email: str | None
    mobile: str | None
    phone: str | None


def entries(new: Iterable[Keys]) -> list[tuple[str, str]]:
    """Each new customer's document and short keys."""
    return [(document(keys, ()), short_keys(keys, ())) for keys in new]


class BulkIndex:
    """Indexes many customers a chunk at a time through its writer (a BackgroundWriter,
    the caller's too for the rows being indexed): their documents, while this thread
    waits; on SQLite their trigrams, by one INSERT … SELECT during which this thread
    makes the chunk's grams and goes on with the caller's next work (100 000
    customers' trigrams take ~2 s, their grams ~1.6 s); the grams when the caller is
    next about to wait (``write_grams``), since a statement run for each of many rows
    is slow beside Python's work."""

    def __init__(self, dialect: Dialect, staging: Staging, writer: BackgroundWriter):
        self._dialect, self._staging, self.writer = dialect, staging, writer
        self._documents_insert = (
            "INSERT INTO customer_search (customer_id, document, short_keys)"
            f" VALUES ({placeholders(dialect, 3)})"
        )
        self._grams_due: list[tuple[int, str]] = []

    def add(self, ids: list[int], new: list[tuple[str, str]]) -> None:
        """Index customers by id, each with its document and short keys."""
        self.write_grams()
        self.writer.executemany(
            self._documents_insert,
            [(customer, *entry) for customer, entry in zip(ids, new, strict=True)],
        ).result()
        if self._dialect.name == "sqlite":
            trigrams = _INDEXED_TRIGRAMS.format(placeholders(self._dialect, len(ids)))
            self.writer.execute(trigrams, ids)
        text_of = self._staging.text
        self._grams_due = [
            (customer, text_of(keys)) for customer, (_, keys) in zip(ids, new, strict=True)
        ]

    def write_grams(self) -> None:
        """Queue the grams of the customers added last, if not yet written."""
        if self._grams_due:
            self.writer.executemany(self._staging.statement(self._dialect), self._grams_due)
            self._grams_due = []


@contextmanager
def bulk_index(session: Session) -> Iterator[BulkIndex]:
    """A BulkIndex inside the caller's transaction, its writer waited for on leaving.
    On SQLite the documents go in without the trigger that would index them one by
    one (~20 s per 100k)."""
    dialect = session.get_bind().dialect
    sqlite = dialect.name == "sqlite"
    if sqlite:
        session.execute(text("DROP TRIGGER customer_search_ai"))  # SQLite DDL rolls back
    with gram_index(session).staged(session) as staging, background_writer(session) as writer:
        index = BulkIndex(dialect, staging, writer)
        yield index
        index.write_grams()
    if sqlite:
        session.execute(text(SQLITE_INSERT_TRIGGER))


def bulk_refresh(
    session: Session, customer_ids: list[int], on_chunk: Callable[[int], None]
) -> None:
    """Documents and grams for many new customers with their contacts, inside the
    caller's transaction. Fewer customers than BULK_MIN are indexed the ordinary way."""
    if len(customer_ids) < BULK_MIN:
        refresh(session, customer_ids, on_chunk)
        return
    with bulk_index(session) as index:
        for chunk in _chunks(customer_ids):
            documents = _documents(session, chunk)
            index.add(
                [doc["customer_id"] for doc in documents],
                [(doc["document"], doc["short_keys"]) for doc in documents],
            )
            index.write_grams()
            index.writer.wait()  # the connection is this thread's again for the next read
            on_chunk(len(chunk))


def rebuild_documents(connection) -> None:
    """Every document anew, without grams (for migration 0002, which adds search to
    databases with customers; 0004 adds the grams through index_grams)."""
    connection.execute(delete(CustomerSearch))
    for chunk in _id_chunks(connection, Customer.id):
        connection.execute(insert(CustomerSearch), _documents(connection, chunk))


def index_grams(connection, index: GramFts | GramTable | None = None) -> None:
    """Grams for every stored document into ``index``, by default the database's own
    (for the migrations that add a gram index to databases with customers)."""
    index = index or gram_index(connection)
    with index.staged(connection) as stage:
        for chunk in _id_chunks(connection, CustomerSearch.customer_id):
            stored = connection.execute(
                select(CustomerSearch.customer_id, CustomerSearch.short_keys).where(
                    CustomerSearch.customer_id.in_(chunk)
                )
            )
            stage.write(connection, [(customer, stage.text(keys)) for customer, keys in stored])


def _id_chunks(connection, column) -> Iterator[list[int]]:
    last = 0
    while ids := (
        connection.execute(select(column).where(column > last).order_by(column).limit(_CHUNK))
        .scalars()
        .all()
    ):
        yield ids
        last = ids[-1]


def matches(session: Session, term: str) -> ColumnElement[bool]:
    """A condition on Customer: its document contains ``term``."""
    needle = normalize(term)
    if len(needle) < TRIGRAM:
        ids = gram_index(session).customers_with(needle)
        capped = select(func.count()).select_from(ids.limit(SORTED_MATCHES).subquery())
        many = session.scalar(capped) >= SORTED_MATCHES
        # "+ 0" keeps the planner from driving the query by these ids (then sorting them).
        return (Customer.id + 0).in_(ids) if many else Customer.id.in_(ids)
    if session.get_bind().dialect.name == "sqlite":
        phrase = '"' + needle.replace('"', '""') + '"'
        return Customer.id.in_(
            select(text("rowid"))
            .select_from(text("customer_search_fts"))
            .where(text("customer_search_fts MATCH :phrase").bindparams(phrase=phrase))
        )
    return Customer.id.in_(
        select(CustomerSearch.customer_id).where(
            CustomerSearch.document.ilike(like_pattern(needle), escape="\\")
        )
    )
