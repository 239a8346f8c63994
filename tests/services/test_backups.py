"""Automatic backups through the services: before every import, on close when data
changed, periodically; a server database is left to its server."""

import os
from datetime import datetime, timedelta

import pytest

from crmdesk.core.customer import Customer
from crmdesk.core.imports import ImportKind, ImportMode, ImportOptions, MatchOn
from crmdesk.core.listing import ListQuery
from crmdesk.io.mapping import guess_mapping
from crmdesk.io.tables import read_rows


@pytest.fixture
def sqlite_only(services):
    if not services.backups.available:
        pytest.skip("backups are kept for database files")
    return services


def test_a_server_database_takes_no_backups_here(services):
    if services.backups.available:
        pytest.skip("a database file")
    assert services.backups.take("manual") is None and services.backups.backups() == []


def test_every_import_is_preceded_by_a_backup(sqlite_only, tmp_path):
    services = sqlite_only
    services.customers.create(Customer(name="王伟"))
    sheet = tmp_path / "new.csv"
    sheet.write_text("客户名称,手机\n李娜,13800138000\n", encoding="utf-8")
    rows = read_rows(sheet)
    importer = services.imports.importer(ImportKind.CUSTOMERS)
    options = ImportOptions(ImportMode.CREATE, MatchOn.CODE)
    plan = importer.plan(rows, guess_mapping(rows, importer.fields), options)
    services.imports.commit(ImportKind.CUSTOMERS, plan, source=sheet.name)
    (backup,) = services.backups.backups()
    assert backup.reason == "before-import"
    assert services.customers.count(ListQuery()) == 2
    services.backups.restore(backup.path)  # the import taken back whole
    assert services.customers.count(ListQuery()) == 1


def test_on_close_only_when_something_changed(sqlite_only):
    services = sqlite_only
    services.customers.create(Customer(name="王伟"))
    assert services.backups.take_if_changed("close").reason == "close"
    assert services.backups.take_if_changed("close") is None
    services.customers.create(Customer(name="李娜"))
    assert services.backups.take_if_changed("close") is not None


def test_periodic_backups_wait_half_an_hour(sqlite_only):
    services = sqlite_only
    services.customers.create(Customer(name="王伟"))
    assert services.backups.take_if_due().reason == "periodic"  # the first one
    services.customers.create(Customer(name="李娜"))
    assert services.backups.take_if_due() is None  # changed, but only just backed up
    (backup,) = services.backups.backups()
    half_an_hour_ago = (datetime.now() - timedelta(minutes=31)).timestamp()
    os.utime(backup.path, (half_an_hour_ago, half_an_hour_ago))
    assert services.backups.take_if_due() is not None


def test_a_full_check_is_due_after_a_crash_and_weekly(sqlite_only):
    health = sqlite_only.health
    now = datetime.now()
    assert health.full_check_due(now)  # never checked
    check = health.check_if_due(now)
    assert check.problems == [] and not check.after_unclean_exit
    assert health.check_if_due(now + timedelta(days=6)) is None
    assert health.full_check_due(now + timedelta(days=7))
