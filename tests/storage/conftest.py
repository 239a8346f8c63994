import pytest


@pytest.fixture
def database_target(db_path):
    """Storage tests check SQLite files themselves (integrity, backups)."""
    return str(db_path)
