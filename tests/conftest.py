"""Shared fixtures: a real SQLite file per test, a fixed clock."""

import os
from datetime import datetime

import pytest

# Qt tests never need a display; set before any test creates the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
