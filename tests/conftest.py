"""Shared fixtures: a real SQLite file per test, a fixed clock."""

import os
import subprocess
from datetime import datetime

import pytest

# Qt tests never need a display; set before any test creates the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crmdesk.services.app_services import open_services

FIXED_NOW = datetime(2026, 3, 15, 10, 30)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "crm.db"


@pytest.fixture(scope="session")
def postgres_url():
    """One PostgreSQL server for the whole run (CRMDESK_TEST_POSTGRES_URL to use your own)."""
    url = os.environ.get("CRMDESK_TEST_POSTGRES_URL")
    if url:
        yield url
        return
    from tests.postgres_server import PostgresServer

    try:
        server = PostgresServer().start()
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"no PostgreSQL server: {exc}")
    yield server.url
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_target(request, db_path):
    """A fresh, empty database: a SQLite file, or an emptied PostgreSQL database, so
    the same tests run on both (design.md)."""
    if request.param == "sqlite":
        return str(db_path)
    from sqlalchemy import create_engine, text

    url = request.getfixturevalue("postgres_url")
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture
def services(database_target):
    opened = open_services(database_target, username="tester", clock=lambda: FIXED_NOW)
    yield opened
    opened.close()
