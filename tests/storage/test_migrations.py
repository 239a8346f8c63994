import sqlite3
import warnings
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from crmdesk.core.customer import Customer
from crmdesk.core.listing import ListQuery
from crmdesk.core.satisfaction import Survey
from crmdesk.services.app_services import open_services
from crmdesk.storage import migrate, migrations
from crmdesk.storage.database import Database
from crmdesk.storage.migrations import include_object
from crmdesk.storage.models import Base


def test_head_constant_matches_the_revision_files():
    assert migrate.alembic_head() == migrations.HEAD


def test_upgrade_builds_exactly_the_schema_of_the_models(tmp_path):
    db = Database(tmp_path / "crm.db")
    assert migrate.upgrade(db) is None  # a new database needs no backup
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        with warnings.catch_warnings():  # the birthday-day indexes, made by hand in 0007
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression")
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
        assert "customers" in inspect(connection).get_table_names()
    assert migrate.current_revision(db) == migrations.HEAD
    db.dispose()


def test_upgrade_of_a_current_database_does_nothing(tmp_path):
    db = Database(tmp_path / "crm.db")
    migrate.upgrade(db)
    assert migrate.upgrade(db) is None
    db.dispose()


def test_an_existing_database_is_backed_up_before_migrating(tmp_path):
    path = tmp_path / "crm.db"
    db = Database(path)
    migrate.upgrade(db)
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO app_settings (key, value, created_at, updated_at)"
            " VALUES ('marker', 'kept', '2026-01-01', '2026-01-01')"
        )
        # As if written by a release this one does not know: migrating must fail,
        # and only after the data was copied aside.
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0000'")
    with pytest.raises(Exception, match="0000"):
        migrate.upgrade(db, backup_dir=tmp_path / "backups")
    db.dispose()
    (backup,) = (tmp_path / "backups").glob("crm-*-before-upgrade-0000.db")
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT value FROM app_settings").fetchone() == ("kept",)
    copy.close()


def test_a_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.close()
    db = Database(path)
    with pytest.raises(migrate.NotACrmdeskDatabase, match="not a crmdesk database"):
        migrate.upgrade(db)
    db.dispose()


# Before the grams existed; with them in a table, as SQLite kept them until 0015.
@pytest.mark.parametrize("revision", ["0003", "0014"])
def test_upgrading_indexes_the_grams_of_the_customers_already_stored(tmp_path, revision):
    path = tmp_path / "crm.db"
    services = open_services(str(path), username="tester")
    services.customers.create(Customer(name="王伟"))
    services.close()
    db = Database(path)
    from alembic import command

    with db.engine.begin() as connection:
        command.downgrade(migrate._alembic_config(connection), revision)
        if revision == "0014":  # 0015's downgrade refills the table it replaced
            table = connection.exec_driver_sql("SELECT gram FROM customer_search_grams")
            assert {"王", "伟", "王伟"} <= set(table.scalars())
    assert migrate.upgrade(db, backup_dir=tmp_path / "backups") is not None
    with db.engine.connect() as connection:
        assert "customer_search_grams" not in inspect(connection).get_table_names()
    db.dispose()
    services = open_services(str(path), username="tester")
    assert [row.name for row in services.customers.page(ListQuery(search="伟"), 0, 5)] == ["王伟"]
    services.close()


def test_upgrading_keeps_each_stored_surveys_overall_c(tmp_path):
    path = tmp_path / "crm.db"
    services = open_services(str(path), username="tester")
    who = services.customers.create(Customer(name="王伟")).value.id
    answers = {"price": (4, 5), "delivery": (3, 3)}
    taken = Survey(customer_id=who, taken_on=date(2026, 1, 5), answers=answers)
    services.satisfaction.record(taken)
    services.close()
    db = Database(path)
    from alembic import command

    with db.engine.begin() as connection:
        command.downgrade(migrate._alembic_config(connection), "0013")
    migrate.upgrade(db, backup_dir=tmp_path / "backups")
    with db.engine.connect() as connection:
        kept = connection.exec_driver_sql("SELECT overall_c FROM surveys").scalar_one()
    assert kept == pytest.approx(8 / 7)
    db.dispose()
