"""The 1- and 2-character grams of each customer's short keys (name, code, initials,
contact names), which serve search terms too short for a trigram index.

SQLite keeps them as the tokens of a contentless FTS5 table (migration 0015): building
it for 100 000 customers takes ~1.4 s and 5 MB, where the (gram, customer) table it
replaced took ~5 s and 53 MB. PostgreSQL keeps that table (migration 0004).
Either way a customer's grams are removed by recomputing them from the short keys
they were made from, which storage.search keeps with each document.
"""

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import NamedTuple

from sqlalchemy import Dialect, Select, bindparam, delete, select, text
from sqlalchemy.orm import Session

from crmdesk.storage.bulk import placeholders
from crmdesk.storage.models import SearchGram

# Rows as storage.search keeps them: each with a customer_id and its short_keys.
Documents = Iterable[Mapping]


class Staging(NamedTuple):
    """Where a bulk load puts one (customer id, text) row per customer, and that text
    made from the customer's short keys (Python's work alone, which can go on while
    the database does other work)."""

    into: str  # a table and its two columns
    text: Callable[[str], str]

    def statement(self, dialect: Dialect) -> str:
        """The INSERT of such rows, for the dialect's driver."""
        return _pairs_insert(self.into, dialect)

    def write(self, connection, rows: list[tuple[int, str]]) -> None:
        _insert_pairs(connection, self.into, rows)


def grams(keys: str) -> set[str]:
    """Every 1- and 2-character piece of each word of the short keys."""
    found = set()
    for word in keys.split():
        found.update(word)
        found.update(word[i : i + 2] for i in range(len(word) - 1))
    return found


def _insert_pairs(connection, into: str, rows: list[tuple]) -> None:
    """Many two-column rows straight to the driver: SQLAlchemy's per-row parameter
    handling took 35 of the 50 s that staging the grams of 100k customers once cost."""
    if not rows:
        return
    connection = _driver(connection)
    connection.exec_driver_sql(_pairs_insert(into, connection.dialect), rows)


def _pairs_insert(into: str, dialect: Dialect) -> str:
    return f"INSERT INTO {into} VALUES ({placeholders(dialect, 2)})"


class GramFts:
    """SQLite: one row per customer in customer_search_grams_fts, its grams written as
    hex tokens, since the unicode61 tokenizer would split a gram such as "-1" or fold
    its case; hex digits make each gram exactly one token. Contentless, no positions:
    the index holds which customers have each token, and nothing else."""

    TABLE = "customer_search_grams_fts"

    def add(self, connection, documents: Documents) -> None:
        _insert_pairs(connection, f"{self.TABLE} (rowid, grams)", _token_rows(documents))

    def remove(self, connection, documents: Documents) -> None:
        # A contentless table forgets a row when told the tokens it was given.
        if rows := _token_rows(documents):
            _driver(connection).exec_driver_sql(
                f"INSERT INTO {self.TABLE} ({self.TABLE}, rowid, grams) VALUES ('delete', ?, ?)",
                rows,
            )

    @contextmanager
    def staged(self, connection) -> Iterator[Staging]:
        # FTS5 gathers a transaction's tokens in memory and writes them sorted itself.
        yield Staging(f"{self.TABLE} (rowid, grams)", _tokens)

    def customers_with(self, gram: str) -> Select:
        token = '"' + gram.encode().hex() + '"'
        return (
            select(text("rowid"))
            .select_from(text(self.TABLE))
            .where(text(f"{self.TABLE} MATCH :gram_token").bindparams(gram_token=token))
        )


class GramTable:
    """PostgreSQL (and SQLite before migration 0015): one (gram, customer_id) row per
    gram in customer_search_grams."""

    def add(self, connection, documents: Documents) -> None:
        _insert_pairs(
            connection, "customer_search_grams (gram, customer_id)", _gram_rows(documents)
        )

    def remove(self, connection, documents: Documents) -> None:
        old = _gram_rows(documents)
        if old:
            table = SearchGram.__table__
            connection.execute(
                delete(table).where(
                    table.c.gram == bindparam("old_gram"),
                    table.c.customer_id == bindparam("old_customer_id"),
                ),
                [{"old_gram": gram, "old_customer_id": customer} for gram, customer in old],
            )

    @contextmanager
    def staged(self, connection) -> Iterator[Staging]:
        """Collects grams in a temporary table, then adds them to the index in its
        order: inserting 4 M grams of 100k customers in the order they come took ~20 s,
        this ~5 s. Each customer's grams are staged as one list that the database
        unpacks: sending 4.4 M (gram, customer) pairs through the driver took ~4 s."""
        connection.execute(
            text("CREATE TEMPORARY TABLE staged_grams (customer_id INT, grams TEXT)")
        )
        yield Staging("staged_grams (customer_id, grams)", _gram_list)
        connection.execute(
            text(
                "INSERT INTO customer_search_grams (gram, customer_id)"
                f" {_UNPACKED_STAGED_GRAMS[_dialect(connection)]} ORDER BY 1, 2"
            )
        )
        connection.execute(text("DROP TABLE staged_grams"))

    def customers_with(self, gram: str) -> Select:
        return select(SearchGram.customer_id).where(SearchGram.gram == gram)


# Every staged customer's grams as (gram, customer_id) rows.
_UNPACKED_STAGED_GRAMS = {
    "sqlite": "SELECT g.value, s.customer_id FROM staged_grams s, json_each(s.grams) g",
    "postgresql": "SELECT g.value, s.customer_id FROM staged_grams s,"
    " jsonb_array_elements_text(CAST(s.grams AS jsonb)) AS g(value)",
}


def gram_index(connection) -> GramFts | GramTable:
    """The gram index of this connection's database."""
    return GramFts() if _dialect(connection) == "sqlite" else GramTable()


def _tokens(keys: str) -> str:
    return " ".join(sorted(g.encode().hex() for g in grams(keys)))


def _token_rows(documents: Documents) -> list[tuple[int, str]]:
    return [(doc["customer_id"], _tokens(doc["short_keys"])) for doc in documents]


def _gram_rows(documents: Documents) -> list[tuple[str, int]]:
    return [(gram, doc["customer_id"]) for doc in documents for gram in grams(doc["short_keys"])]


def _gram_list(keys: str) -> str:
    return json.dumps(list(grams(keys)), ensure_ascii=False)


def _driver(connection):
    return connection.connection() if isinstance(connection, Session) else connection


def _dialect(connection) -> str:
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    return bind.dialect.name
