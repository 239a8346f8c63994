"""Bulk writes in chunks inside the caller's one transaction: through SQLAlchemy Core
(design.md: ~1.25× raw sqlite3; ORM add_all is 10× slower and uses GBs), or, for the
widest rows, straight to the driver with values converted as Core would; and a writer
that runs statements on a thread of its own while Python prepares the next."""

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from itertools import islice
from types import MappingProxyType

from sqlalchemy import Column, Connection, Dialect, Table, insert
from sqlalchemy.orm import Session

CHUNK_ROWS = 10_000
# SQLite's page cache during a bulk write (database.py gives connections 64 MB for
# searches). 100 000 imported customers filled that cache, and the sort of their search
# grams (then a table) as much again: 554 MB at the peak; 16 MB took it to 485 MB, no
# slower. Once the writes ran on a thread of their own, 8 MB took 8–18 MiB more off.
BULK_CACHE_KIB = 8 * 1024

OnChunk = Callable[[int], None]  # rows just written; may raise to cancel


def chunks(rows: Iterable) -> Iterator[list]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, CHUNK_ROWS)):
        yield chunk


def insert_rows(session: Session, table: Table, rows: Iterable[dict], on_chunk: OnChunk) -> int:
    """Insert every row; returns how many."""
    total = 0
    for chunk in chunks(rows):
        session.execute(insert(table), chunk)
        total += len(chunk)
        on_chunk(len(chunk))
    return total


class ValuesInsert:
    """An INSERT of rows of values in ``columns`` order, for the driver's executemany:
    SQLAlchemy's own per-row handling of 56 named parameters took half the time of
    inserting 100 000 customers. Each value is converted by its column's type as
    SQLAlchemy would. Columns left out take ``constants``, else their Python-side
    defaults, worked out and converted once for all rows."""

    def __init__(
        self,
        connection: Connection,
        table: Table,
        columns: Sequence[str],
        constants: Mapping[str, object] = MappingProxyType({}),
    ):
        dialect = connection.dialect
        fixed = {
            column.name: _python_default(column)
            for column in table.columns
            if column.name not in columns
            and column.default is not None
            and (column.default.is_scalar or column.default.is_callable)
        } | dict(constants)
        names = [*columns, *fixed]
        processors = [
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
        ]
        self._converters = [
            (index, convert) for index, convert in enumerate(processors[: len(columns)]) if convert
        ]
        self._fixed = tuple(
            convert(value) if convert else value
            for value, convert in zip(fixed.values(), processors[len(columns) :], strict=True)
        )
        quote = dialect.identifier_preparer.quote
        self.statement = (
            f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, names))})"
            f" VALUES ({placeholders(dialect, len(names))})"
        )

    def parameters(self, rows: Iterable[Sequence]) -> list[tuple]:
        """The rows' values converted for the driver, with the fixed ones after them."""
        converted = []
        for row in rows:
            values = list(row)
            for index, convert in self._converters:
                values[index] = convert(values[index])
            converted.append((*values, *self._fixed))
        return converted


def _python_default(column: Column) -> object:
    default = column.default
    return default.arg(None) if default.is_callable else default.arg


def placeholders(dialect: Dialect, count: int) -> str:
    """``count`` parameter marks as the dialect's driver takes them."""
    return ", ".join(["?" if dialect.paramstyle == "qmark" else "%s"] * count)


def insert_values(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[Sequence],
    on_chunk: OnChunk,
    constants: Mapping[str, object] = MappingProxyType({}),
) -> int:
    """Insert rows of values in ``columns`` order (see ValuesInsert); returns how many."""
    connection = session.connection()
    inserting = ValuesInsert(connection, table, columns, constants)
    total = 0
    for chunk in chunks(rows):
        connection.exec_driver_sql(inserting.statement, inserting.parameters(chunk))
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
    for chunk in chunks(rows):
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


class BackgroundWriter:
    """Statements run in the caller's transaction, in the order given, on one thread of
    their own, while the caller's thread prepares what comes next: SQLite and the
    PostgreSQL driver let go of the GIL while a statement runs, so on two cores one
    long statement and Python's work overlap. A statement run for many rows takes the
    GIL back for each row: beside Python's work, inserting 100 000 search documents
    took 4 s instead of 0.4, so wait for such statements rather than work beside them.
    Until the writer is waited for, the caller must leave the connection alone. After
    a statement fails, the ones queued behind it are skipped, and the failure is
    raised by ``wait``."""

    def __init__(self, driver, pool: ThreadPoolExecutor):
        self._driver, self._pool = driver, pool
        self._queued: list[Future] = []
        self._failure: BaseException | None = None

    def executemany(self, statement: str, rows: Sequence[Sequence]) -> Future:
        return self._submit(lambda cursor: cursor.executemany(statement, rows))

    def execute(self, statement: str, parameters: Sequence = ()) -> Future:
        return self._submit(lambda cursor: cursor.execute(statement, parameters) and None)

    def fetch(self, statement: str, parameters: Sequence = ()) -> Future:
        """A query's rows, once the statements queued before it have run."""
        return self._submit(lambda cursor: cursor.execute(statement, parameters).fetchall())

    def wait(self) -> None:
        """Return when every statement given so far has run; raise the first failure."""
        futures.wait(self._queued)
        self._queued.clear()
        if self._failure is not None:
            raise self._failure

    def _submit(self, job: Callable) -> Future:
        def run():
            if self._failure is not None:
                raise self._failure
            cursor = self._driver.cursor()
            try:
                return job(cursor)
            except BaseException as error:  # raised again on the caller's thread
                self._failure = error
                raise
            finally:
                cursor.close()

        # Finished statements are forgotten (a failure is kept in _failure): their
        # results, such as fetched rows, held 15 MB by the end of a 100 000-row import.
        self._queued = [queued for queued in self._queued if not queued.done()]
        future = self._pool.submit(run)
        self._queued.append(future)
        return future


@contextmanager
def background_writer(session: Session) -> Iterator[BackgroundWriter]:
    """A BackgroundWriter for the session's transaction, waited for on leaving: its
    failure is raised then, unless the body's own error is already on its way (the
    statements not yet begun are then dropped)."""
    driver = session.connection().connection.driver_connection
    with ThreadPoolExecutor(1, thread_name_prefix="bulk-writer") as pool:
        writer = BackgroundWriter(driver, pool)
        try:
            yield writer
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise
        writer.wait()
