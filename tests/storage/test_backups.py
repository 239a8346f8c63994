"""Backups of a real database file: taken verified, rotated, restored — also over a
damaged file — and the markers that tell a crash and a second instance apart."""

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crmdesk.core.customer import Customer
from crmdesk.core.listing import ListQuery
from crmdesk.storage.backup import BackupError, BackupFolder
from crmdesk.storage.integrity import damage_in
from crmdesk.storage.location import RiskKind, risky_location
from crmdesk.storage.open_marker import OpenMarker, OpenState

NOW = datetime(2026, 11, 22, 18, 0)


def customer_count(path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM customers").fetchone()[0]


def test_a_backup_is_a_sound_copy_listed_newest_first(services, db_path):
    services.customers.create(Customer(name="王伟"))
    folder = BackupFolder(db_path)
    first = folder.take("manual", NOW)
    second = folder.take("before-import", NOW + timedelta(minutes=1))
    assert [b.reason for b in folder.backups()] == ["before-import", "manual"]
    assert first.path.parent == db_path.parent / "backups" and first.size > 0
    assert damage_in(second.path) == [] and customer_count(second.path) == 1


def test_rotation_deletes_what_the_plan_no_longer_keeps(services, db_path):
    folder = BackupFolder(db_path)
    for day in range(40):
        folder.take("close", NOW - timedelta(days=day))
    dropped = folder.prune()
    left = folder.backups()
    assert len(left) + len(dropped) == 40 and dropped and all(not p.exists() for p in dropped)
    assert left[0].taken_at == NOW  # the newest always stays


def test_restore_puts_the_backup_back_and_keeps_what_was_there(services, db_path):
    services.customers.create(Customer(name="王伟"))
    folder = BackupFolder(db_path)
    backup = folder.take("manual", NOW)
    services.customers.create(Customer(name="李娜"))
    kept = folder.restore(backup.path, NOW + timedelta(minutes=5))
    # The open services see the restored file at once.
    assert services.customers.count(ListQuery()) == 1
    assert kept.reason == "before-restore" and customer_count(kept.path) == 2


def test_restore_refuses_a_file_that_is_not_a_sound_crmdesk_database(services, db_path, tmp_path):
    folder = BackupFolder(db_path)
    services.customers.create(Customer(name="王伟"))
    picture = tmp_path / "photo.db"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(4000))
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text)")
    for wrong in (picture, other):
        with pytest.raises(BackupError, match="Not restored"):
            folder.restore(wrong, NOW)
    assert services.customers.count(ListQuery()) == 1
    assert folder.backups() == []  # nothing was even backed up


def test_a_damaged_database_is_set_aside_and_replaced(services, db_path):
    services.customers.create(Customer(name="王伟"))
    folder = BackupFolder(db_path)
    backup = folder.take("manual", NOW)
    services.close()
    with db_path.open("r+b") as file:  # wreck the pages after the header
        file.seek(4096)
        file.write(b"\xff" * 8192)
    assert damage_in(db_path)
    aside = folder.restore(backup.path, NOW + timedelta(hours=1))
    assert aside.reason == "damaged" and damage_in(db_path) == []
    assert customer_count(db_path) == 1


def test_backing_up_into_a_folder_that_cannot_be_written_says_so(services, db_path, tmp_path):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    with pytest.raises(BackupError, match="No backup of"):
        BackupFolder(db_path, blocked / "backups").take("manual", NOW)


HOLD = """
import sys, time
from pathlib import Path
from crmdesk.storage.open_marker import OpenMarker, OpenState
marker = OpenMarker(Path(sys.argv[1]))  # the lock lives as long as the marker
marker.enter()
print("open", flush=True)
time.sleep(60)
"""


def test_a_killed_session_is_told_from_a_live_second_one(tmp_path):
    database = tmp_path / "crm.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(database)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        second = OpenMarker(database).enter()
        assert second.open_elsewhere and not second.unclean_exit
    finally:
        holder.kill()  # SIGKILL: no clean close
        holder.wait()
    after_crash = OpenMarker(database)
    assert after_crash.enter().unclean_exit
    after_crash.leave()  # a clean close this time
    assert OpenMarker(database).enter() == OpenState(unclean_exit=False, open_elsewhere=False)


def test_sync_folders_and_network_shares_are_risky(tmp_path):
    assert risky_location(tmp_path / "crm.db") is None
    synced = risky_location(tmp_path / "Dropbox" / "crm.db")
    assert synced.kind is RiskKind.SYNC_FOLDER and synced.where == "Dropbox"
    assert risky_location(tmp_path / "我的坚果云" / "crm.db").kind is RiskKind.SYNC_FOLDER
    assert risky_location(Path("//server/share/crm.db")).kind is RiskKind.NETWORK
