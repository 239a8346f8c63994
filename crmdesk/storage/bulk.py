"""Bulk writes through SQLAlchemy Core in chunks, inside the caller's one transaction
(design.md: ~1.25× raw sqlite3; ORM add_all is 10× slower and uses GBs)."""

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

CHUNK_ROWS = 10_000
# SQLite's page cache during a bulk write (database.py gives connections 64 MB for
# searches). 100 000 imported customers filled that cache, and their search grams' sort
# as much again: 554 MB at the peak; this cache took it to 485 MB, no slower.
BULK_CACHE_KIB = 16 * 1024

OnChunk = Callable[[int], None]  # rows just written; may raise to cancel


def _chunks(rows: Iterable[dict]) -> Iterator[list[dict]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, CHUNK_ROWS)):
        yield chunk


def insert_rows(session: Session, table: Table, rows: Iterable[dict], on_chunk: OnChunk) -> int:
    """Insert every row; returns how many."""
    total = 0
    for chunk in _chunks(rows):
        session.execute(insert(table), chunk)
        total += len(chunk)
        on_chunk(len(chunk))
    return total


def insert_rows_returning_ids(
    session: Session, table: Table, rows: Iterable[dict], on_chunk: OnChunk
) -> list[int]:
    """Insert every row and return the new primary keys in the order of the rows, so
    dependent rows can refer to them (ids come from the database, never guessed)."""
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    ids: list[int] = []
    for chunk in _chunks(rows):
        ids.extend(session.scalars(statement, chunk))
        on_chunk(len(chunk))
    return ids


@contextmanager
def lean_page_cache(session: Session) -> Iterator[None]:
    """Within: SQLite keeps at most BULK_CACHE_KIB of pages (and of sorting) in memory."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    kept = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {kept}")
