"""Bulk writes in chunks inside the caller's one transaction: through SQLAlchemy Core
(design.md: ~1.25× raw sqlite3; ORM add_all is 10× slower and uses GBs), or, for the
widest rows, straight to the driver with values converted as Core would; and a long
statement run beside Python work (executing)."""

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

CHUNK_ROWS = 10_000
# SQLite's page cache during a bulk write (database.py gives connections 64 MB for
# searches). 100 000 imported customers filled that cache, and the sort of their search
# grams (then a table) as much again: 554 MB at the peak; this cache took it to 485 MB,
# no slower.
BULK_CACHE_KIB = 16 * 1024

OnChunk = Callable[[int], None]  # rows just written; may raise to cancel


def _chunks(rows: Iterable) -> Iterator[list]:
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


def insert_values(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[Sequence],
    on_chunk: OnChunk,
) -> int:
    """Insert rows of values in ``columns`` order; returns how many. Each value is
    converted by its column's type as SQLAlchemy would, and the rows go to the driver's
    executemany: SQLAlchemy's own per-row handling of 56 named parameters took half the
    time of inserting 100 000 customers. Columns left out take their defaults, the
    Python-side ones worked out once for all rows."""
    connection = session.connection()
    dialect = connection.dialect
    defaults = {
        column.name: column.default.arg(None) if column.default.is_callable else column.default.arg
        for column in table.columns
        if column.name not in columns
        and column.default is not None
        and (column.default.is_scalar or column.default.is_callable)
    }
    names = [*columns, *defaults]
    converters = [
        (index, convert)
        for index, name in enumerate(names)
        if (convert := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
    ]
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, names))})"
        f" VALUES ({', '.join([mark] * len(names))})"
    )
    fixed = list(defaults.values())
    total = 0
    for chunk in _chunks(rows):
        parameters = []
        for row in chunk:
            values = [*row, *fixed]
            for index, convert in converters:
                values[index] = convert(values[index])
            parameters.append(tuple(values))
        connection.exec_driver_sql(statement, parameters)
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


@contextmanager
def executing(session: Session, statement: str, parameters: Sequence = ()) -> Iterator[None]:
    """Runs ``statement`` in the session's transaction on a thread of its own while the
    body does work that leaves the database alone: SQLite lets go of the GIL while it
    executes a statement, so a long one and Python work overlap on two cores. The
    statement's error, if any, is raised when the body is done."""
    driver = session.connection().connection.driver_connection
    failed: list[BaseException] = []

    def run() -> None:
        try:
            driver.execute(statement, parameters)
        except BaseException as error:  # handed over to the caller's thread
            failed.append(error)

    thread = threading.Thread(target=run, name="bulk-statement")
    thread.start()
    try:
        yield
    finally:
        thread.join()
    if failed:
        raise failed[0]
