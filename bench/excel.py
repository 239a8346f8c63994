"""Excel import and export at scale, each side by side with its floor in one run.

    python bench/excel.py DATABASE [--runs 3] [--workdir DIR]

DATABASE is one built by `crmdesk demo --customers 100000`. The script:
- exports its customers with crmdesk, and times a bare openpyxl write-only loop over
  the same rows (the floor for export);
- imports that sheet into a new empty database with crmdesk (create mode, codes kept),
  and times python-calamine reading it plus sqlite3 executemany of the same rows into a
  table of the same columns (the floor for import).
Each measurement runs in its own process so peak memory (ru_maxrss) is its own. The
four steps are run --runs times in turn and the table gives the median seconds (and the
highest peak): on a shared machine one run's speed can drift by a quarter.
Prints a Markdown table.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _measured(started: float) -> dict:
    return {
        "seconds": time.perf_counter() - started,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def export_crmdesk(database: str, out: str) -> dict:
    from crmdesk.services.app_services import open_services

    services = open_services(database)
    started = time.perf_counter()
    services.customer_export.export(Path(out), "zh")
    result = _measured(started)
    services.close()
    return result


def export_floor(database: str, out: str) -> dict:
    """The same rows as crmdesk exports them, appended as plain values."""
    from openpyxl import Workbook

    from crmdesk.services.app_services import open_services

    services = open_services(database)
    rows = list(services.customer_export.rows("zh"))  # read outside the timed loop
    headers = services.customer_export.headers("zh")
    started = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(out)
    return _measured(started)


def import_crmdesk(sheet: str, database: str) -> dict:
    from crmdesk.core.imports import ImportKind, ImportMode, ImportOptions, MatchOn
    from crmdesk.io.mapping import guess_mapping
    from crmdesk.io.tables import read_rows
    from crmdesk.services.app_services import open_services

    services = open_services(database)
    started = time.perf_counter()
    rows = read_rows(Path(sheet))
    importer = services.imports.importer(ImportKind.CUSTOMERS)
    mapping = guess_mapping(rows, importer.fields)
    plan = importer.plan(rows, mapping, ImportOptions(ImportMode.CREATE, MatchOn.CODE))
    outcome = importer.commit(plan)
    result = _measured(started)
    result["rows"] = len(outcome.value.created)
    services.close()
    return result


def import_floor(sheet: str, database: str) -> dict:
    import sqlite3

    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    book = CalamineWorkbook.from_path(sheet)
    rows = book.get_sheet_by_name(book.sheet_names[0]).to_python()
    width = len(rows[0])
    connection = sqlite3.connect(database)
    columns = ", ".join(f"c{i}" for i in range(width))
    connection.execute(f"CREATE TABLE sheet (id INTEGER PRIMARY KEY, {columns})")
    with connection:
        connection.executemany(
            f"INSERT INTO sheet ({columns}) VALUES ({', '.join('?' * width)})",
            [[None if v == "" else str(v) for v in row] for row in rows[1:]],
        )
    connection.close()
    return _measured(started)


STEPS = {f.__name__: f for f in (export_crmdesk, export_floor, import_crmdesk, import_floor)}


def run_step(name: str, *args: str) -> dict:
    # The previous step's files are flushed to disk first: an import leaves ~0.5 GB to
    # write back, which slowed whichever step came next by up to a quarter.
    os.sync()
    output = subprocess.run(
        [sys.executable, __file__, "--step", name, *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database", nargs="?")
    parser.add_argument("--workdir", default=tempfile.gettempdir())
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--step", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.step:
        name, *args = options.step
        print(json.dumps(STEPS[name](*args)))
        return 0
    work = Path(options.workdir)
    sheet, floor_sheet = str(work / "bench_export.xlsx"), str(work / "bench_floor.xlsx")
    ours_db, floor_db = work / "bench_import.db", work / "bench_floor.db"
    from crmdesk.services.app_services import open_services

    arguments = {
        "export_crmdesk": (options.database, sheet),
        "export_floor": (options.database, floor_sheet),
        "import_crmdesk": (sheet, str(ours_db)),
        "import_floor": (sheet, str(floor_db)),
    }
    runs = {name: [] for name in STEPS}
    for run in range(options.runs):
        for stale in (ours_db, floor_db):
            stale.unlink(missing_ok=True)
        open_services(ours_db).close()  # the empty schema is made outside the timed step
        # Odd runs time each floor before crmdesk's step, so neither always follows the
        # same work. The imports read the sheet crmdesk exported in the first run.
        for pair in (("export_crmdesk", "export_floor"), ("import_crmdesk", "import_floor")):
            for name in reversed(pair) if run % 2 else pair:
                runs[name].append(run_step(name, *arguments[name]))
    print(f"rows imported: {runs['import_crmdesk'][0]['rows']:,}; median of {options.runs} runs\n")
    print("| measurement | seconds (each run) | peak MiB | × floor |")
    print("|---|---|---|---|")
    for label, ours, floor in (
        ("export, bare openpyxl write-only loop (floor)", "export_floor", "export_floor"),
        ("export, `crmdesk export customers`", "export_crmdesk", "export_floor"),
        ("import, calamine + sqlite3 executemany (floor)", "import_floor", "import_floor"),
        ("import, crmdesk plan + commit", "import_crmdesk", "import_floor"),
    ):
        seconds = [run["seconds"] for run in runs[ours]]
        ratio = statistics.median(seconds) / statistics.median(r["seconds"] for r in runs[floor])
        each = ", ".join(f"{s:.1f}" for s in seconds)
        peak = max(run["peak_mib"] for run in runs[ours])
        print(f"| {label} | {statistics.median(seconds):.1f} ({each}) | {peak:.0f} | {ratio:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
