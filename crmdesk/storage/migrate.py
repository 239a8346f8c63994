"""Bring a database to the current schema, taking a backup first when it holds data."""

from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from crmdesk.core.errors import DatabaseUnavailable
from crmdesk.storage import migrations
from crmdesk.storage.backup import BackupFolder
from crmdesk.storage.database import Database


class NotACrmdeskDatabase(DatabaseUnavailable):
    pass


def _alembic_config(connection: Connection):
    from alembic.config import Config  # loaded only when a migration has to run

    config = Config()
    config.set_main_option("script_location", str(migrations.DIRECTORY))
    config.attributes["connection"] = connection
    return config


def current_revision(db: Database) -> str | None:
    """The stored revision, None for an empty database; refuses a foreign one."""
    with db.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if "alembic_version" in tables:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if tables:
        raise NotACrmdeskDatabase(
            f"{db.display_name()} is not a crmdesk database (it has other tables)"
        )
    return None


def upgrade(db: Database, backup_dir: Path | None = None) -> Path | None:
    """Upgrade to HEAD. Returns the backup taken before migrating an existing database."""
    revision = current_revision(db)
    if revision == migrations.HEAD:
        return None
    backup = None
    if revision is not None and db.path is not None:
        folder = BackupFolder(db.path, backup_dir)
        backup = folder.take(f"before-upgrade-{revision}", datetime.now()).path
    from alembic import command

    with db.engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
    return backup


def alembic_head() -> str:
    """Alembic's own idea of the head revision (slow: reads every revision file)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(migrations.DIRECTORY)).get_current_head()
