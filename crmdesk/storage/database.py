"""Engine and sessions: one unit of work per service call.

SQLite gets the settings of design.md: WAL, synchronous=FULL (a save that returned
survives power loss), foreign keys, a 5 s busy timeout, and write transactions begun
IMMEDIATE — a deferred transaction that reads then writes fails at once under
contention, whatever the timeout. Any other SQLAlchemy URL (PostgreSQL for a team) is
used as it is.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from crmdesk.storage.visibility import VISIBLE_TO

BUSY_TIMEOUT_MS = 5000
MMAP_BYTES = 1 << 30  # address space only; pages come from the OS cache as read
CACHE_KIB = 64 * 1024
_IMMEDIATE = "crmdesk_begin_immediate"


def resolve_url(target: str | Path) -> URL:
    """A SQLAlchemy URL as given, or a plain file path turned into a SQLite URL."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    return make_url(f"sqlite:///{Path(text).expanduser().resolve()}")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:
        # Take transaction control away from the sqlite3 module (its legacy handling
        # breaks SAVEPOINT and BEGIN IMMEDIATE); we emit BEGIN ourselves below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        # Searches probe customers scattered over the file: reading them through a
        # memory map and a larger page cache instead of a read() per page made the
        # search queries 2-4x faster at 100k customers (bench/RESULTS.md).
        cursor.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection) -> None:
        immediate = connection.get_execution_options().get(_IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """Owns the engine; hands out read and write sessions."""

    def __init__(self, url: str | Path | URL):
        self.url = url if isinstance(url, URL) else resolve_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
        # SQLite connections move between the GUI and the DB worker thread through the
        # pool (one session at a time), so the sqlite3 same-thread check does not apply.
        connect_args = {"check_same_thread": False} if self.is_sqlite else {}
        self.engine = create_engine(
            self.url, pool_pre_ping=not self.is_sqlite, connect_args=connect_args
        )
        if self.is_sqlite:
            _configure_sqlite(self.engine)
        writer = self.engine.execution_options(**{_IMMEDIATE: True})
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(writer, expire_on_commit=False)
        self._narrowed_to: int | None = None

    def narrow_to(self, user_id: int | None) -> None:
        """From now on, sessions see only ``user_id``'s own and shared customers
        (storage.visibility); None lifts that."""
        self._narrowed_to = user_id

    @property
    def path(self) -> Path | None:
        """The database file, for a SQLite database on disk."""
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            return Path(self.url.database)
        return None

    def display_name(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_sessions(info=self._session_info()) as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._write_sessions(info=self._session_info()) as session, session.begin():
            yield session

    def _session_info(self) -> dict:
        return {VISIBLE_TO: self._narrowed_to}

    def dispose(self) -> None:
        self.engine.dispose()
