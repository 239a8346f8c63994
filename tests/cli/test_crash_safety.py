"""Kill a real crmdesk process with SIGKILL at random moments: the database still passes
integrity_check and holds all of an import or none of it; an export leaves the old
file or the complete new one; a backup leaves no half file (pitfalls.md)."""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from crmdesk.io.tables import read_rows

KILLS = 20
ROWS = 4000

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def start(home, *args: str) -> subprocess.Popen:
    env = {**os.environ, "CRMDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CRMDESK_DB", None)
    return subprocess.Popen(
        [sys.executable, "-m", "crmdesk", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def timed_run(home, *args: str) -> float:
    began = time.perf_counter()
    assert start(home, *args).wait(timeout=300) == 0
    return time.perf_counter() - began


def kill_at(home, delay: float, *args: str) -> None:
    process = start(home, *args)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()


def sound(path) -> bool:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def customers_in(path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM customers").fetchone()[0]


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crash")
    db = folder / "base.db"
    timed_run(folder, "--db", str(db), "demo", "--customers", "50")
    sheet = folder / "new.csv"
    lines = ["客户名称,手机,行业"] + [
        f"压测公司{n:05d}有限公司,139{n:08d},制造业" for n in range(ROWS)
    ]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return db, sheet


def test_a_killed_import_leaves_all_or_nothing(base, tmp_path):
    db, sheet = base
    before = customers_in(db)
    full = tmp_path / "full.db"
    shutil.copy(db, full)
    duration = timed_run(tmp_path, "--db", str(full), "import", "customers", str(sheet))
    assert customers_in(full) == before + ROWS
    chance = random.Random(8)
    outcomes = []
    for kill in range(KILLS):
        target = tmp_path / f"kill{kill}.db"
        shutil.copy(db, target)
        kill_at(tmp_path, chance.uniform(0.2, duration), "--db", str(target), "import",
                "customers", str(sheet))  # fmt: skip
        assert sound(target), f"kill {kill}: integrity_check failed"
        count = customers_in(target)
        assert count in (before, before + ROWS), f"kill {kill}: {count - before} of {ROWS}"
        outcomes.append(count == before + ROWS)
    assert not all(outcomes), "no kill landed before the commit: the test proves nothing"


def test_a_killed_export_leaves_the_old_file_or_the_whole_new_one(base, tmp_path):
    db, _sheet = base
    target = tmp_path / "customers.xlsx"
    target.write_bytes(b"the old export")
    duration = timed_run(tmp_path, "--db", str(db), "export", "customers", str(target))
    complete = read_rows(target)
    chance = random.Random(9)
    for kill in range(KILLS):
        target.write_bytes(b"the old export")
        kill_at(tmp_path, chance.uniform(0.2, duration), "--db", str(db), "export",
                "customers", str(target))  # fmt: skip
        if target.read_bytes() != b"the old export":
            assert read_rows(target) == complete, f"kill {kill}: not the whole new export"


def test_a_killed_backup_leaves_no_half_backup(base, tmp_path):
    db, _sheet = base
    duration = timed_run(tmp_path, "--db", str(db), "backup")
    chance = random.Random(10)
    for _kill in range(KILLS):
        kill_at(tmp_path, chance.uniform(0.1, duration), "--db", str(db), "backup")
    for backup in (db.parent / "backups").glob("*.db"):
        assert sound(backup), f"{backup.name} is damaged"
