"""Reliability benchmark on a large database: the start's quick check, the weekly full
check, a verified backup and a restore.

    python bench/reliability.py DATABASE [--runs 3]

DATABASE is copied first (a `crmdesk demo --customers 100000` file); nothing is written
to it. Prints a Markdown table of medians.
"""

import argparse
import shutil
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from crmdesk.storage.backup import BackupFolder
from crmdesk.storage.integrity import START_TABLES, damage_in


def timed(job) -> float:
    began = time.perf_counter()
    job()
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="crmdesk-reliability-") as folder:
        database = Path(folder) / "crm.db"
        shutil.copy(options.database, database)
        backups = BackupFolder(database)
        start = datetime(2026, 11, 22)
        steps = {
            "quick check at start (core tables)": lambda: damage_in(database, START_TABLES),
            "full integrity_check": lambda: damage_in(database),
        }
        results = {name: [timed(job) for _ in range(options.runs)] for name, job in steps.items()}
        taken = []
        results["verified backup"] = [
            timed(lambda n=n: taken.append(backups.take("manual", start + timedelta(hours=n))))
            for n in range(options.runs)
        ]
        results["restore (backup of the current state, then copy back)"] = [
            timed(lambda n=n: backups.restore(taken[0].path, start + timedelta(days=1, hours=n)))
            for n in range(options.runs)
        ]
        size = database.stat().st_size / 2**20
    print(f"database: {size:,.0f} MiB\n")
    print("| step | median (s) | runs (s) |\n|---|---|---|")
    for name, runs in results.items():
        shown = ", ".join(f"{r:.2f}" for r in runs)
        print(f"| {name} | {statistics.median(runs):.2f} | {shown} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
