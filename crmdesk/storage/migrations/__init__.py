"""Alembic revisions, bundled in the package so the app can upgrade a database on start."""

from pathlib import Path

DIRECTORY = Path(__file__).parent

# The newest revision. tests/storage/test_migrations.py checks it against Alembic's own
# view, so the app can skip loading Alembic when a database is already current.
HEAD = "0001"
