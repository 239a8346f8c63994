"""Shared fixtures: a real SQLite file per test, a fixed clock."""

from datetime import datetime

import pytest

from crmdesk.services.app_services import open_services

FIXED_NOW = datetime(2026, 3, 15, 10, 30)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "crm.db"


@pytest.fixture
def services(db_path):
    opened = open_services(db_path, username="tester", clock=lambda: FIXED_NOW)
    yield opened
    opened.close()
