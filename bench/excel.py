"""Excel import and export at scale, each side by side with its floor in one run.

    python bench/excel.py DATABASE [--runs 3] [--workdir DIR]

DATABASE is one built by `crmdesk demo --customers 100000`. The script:
- exports its customers with crmdesk, and times a bare openpyxl write-only loop over
  the same rows (the floor for export);
- imports that sheet into a new empty database with crmdesk (create mode, codes kept),
  and times python-calamine reading it plus sqlite3 executemany of the same rows into a
  table of the same columns (the floor for import);
- gives lower bounds on how fast an import writing what crmdesk writes could be:
  - calamine parsing the sheet (nothing can be written before it ends), then SQLite's
    own cost of crmdesk's statements, run one after another on the import's thread with
    no Python beside them (a database has one writer);
  - the same with the rest of reading and planning, which must end before the preview
    and so before anything is written, shared perfectly by this machine's cores;
  - the import's CPU seconds, all threads, shared perfectly by the cores.
Each measurement runs in its own process so peak memory (ru_maxrss) is its own. The
steps are run --runs times in turn and the table gives the median seconds (and the
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
from concurrent.futures import Future
from pathlib import Path


def _start() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _measured(started: tuple[float, float]) -> dict:
    wall, cpu = started
    return {
        "seconds": time.perf_counter() - wall,
        "cpu_seconds": time.process_time() - cpu,  # all threads, user and system
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def export_crmdesk(database: str, out: str) -> dict:
    from crmdesk.services.app_services import open_services

    services = open_services(database)
    started = _start()
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
    started = _start()
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
    started = _start()
    rows = read_rows(Path(sheet))
    importer = services.imports.importer(ImportKind.CUSTOMERS)
    mapping = guess_mapping(rows, importer.fields)
    plan = importer.plan(rows, mapping, ImportOptions(ImportMode.CREATE, MatchOn.CODE))
    planned = time.perf_counter() - started[0]
    outcome = importer.commit(plan)
    result = _measured(started) | {"planning_seconds": planned}
    result["rows"] = len(outcome.value.created)
    services.close()
    return result


def import_floor(sheet: str, database: str) -> dict:
    import sqlite3

    from python_calamine import CalamineWorkbook

    started = _start()
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


def parse_calamine(sheet: str) -> dict:
    from python_calamine import CalamineWorkbook

    started = _start()
    book = CalamineWorkbook.from_path(sheet)
    book.get_sheet_by_name(book.sheet_names[0])
    return _measured(started)


class _InlineWriter:
    """Stands in for the bulk writer's thread pool: runs each statement at once on the
    caller's thread and adds up the time, so no Python runs beside SQLite."""

    seconds = 0.0

    def __init__(self, *args, **kwargs):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        return False

    def shutdown(self, **kwargs):
        pass

    def submit(self, job) -> Future:
        future = Future()
        started = time.perf_counter()
        try:
            future.set_result(job())
        except BaseException as error:
            future.set_exception(error)
        _InlineWriter.seconds += time.perf_counter() - started
        return future


def sqlite_writes(sheet: str, database: str) -> dict:
    """crmdesk's import, timing only its bulk writer's statements, each run alone."""
    from crmdesk.storage import bulk

    bulk.ThreadPoolExecutor = _InlineWriter
    measured = import_crmdesk(sheet, database)
    return measured | {"seconds": _InlineWriter.seconds}


STEPS = {
    f.__name__: f
    for f in (
        export_crmdesk,
        export_floor,
        import_crmdesk,
        import_floor,
        parse_calamine,
        sqlite_writes,
    )
}


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
    ours_db, floor_db, writes_db = (
        work / f"bench_{name}.db" for name in ("import", "floor", "writes")
    )
    from crmdesk.services.app_services import open_services

    arguments = {
        "export_crmdesk": (options.database, sheet),
        "export_floor": (options.database, floor_sheet),
        "import_crmdesk": (sheet, str(ours_db)),
        "import_floor": (sheet, str(floor_db)),
        "parse_calamine": (sheet,),
        "sqlite_writes": (sheet, str(writes_db)),
    }
    runs = {name: [] for name in STEPS}
    for run in range(options.runs):
        for stale in (ours_db, floor_db, writes_db):
            stale.unlink(missing_ok=True)
        for empty in (ours_db, writes_db):
            open_services(empty).close()  # the schema is made outside the timed step
        # Odd runs time each floor before crmdesk's step, so neither always follows the
        # same work. The imports read the sheet crmdesk exported in the first run.
        for pair in (
            ("export_crmdesk", "export_floor"),
            ("import_crmdesk", "import_floor"),
            ("parse_calamine", "sqlite_writes"),
        ):
            for name in reversed(pair) if run % 2 else pair:
                runs[name].append(run_step(name, *arguments[name]))
    print(f"rows imported: {runs['import_crmdesk'][0]['rows']:,}; median of {options.runs} runs\n")
    _print_table(runs)
    return 0


def _median(runs: list[dict], key: str = "seconds") -> float:
    return statistics.median(run[key] for run in runs)


def _print_table(runs: dict[str, list[dict]]) -> None:
    print("| measurement | seconds (each run) | peak MiB | × floor |")
    print("|---|---|---|---|")
    for label, ours, floor in (
        ("export, bare openpyxl write-only loop (floor)", "export_floor", "export_floor"),
        ("export, `crmdesk export customers`", "export_crmdesk", "export_floor"),
        ("import, calamine + sqlite3 executemany (floor)", "import_floor", "import_floor"),
        ("import, crmdesk plan + commit", "import_crmdesk", "import_floor"),
        ("calamine parsing the sheet", "parse_calamine", "import_floor"),
        ("SQLite running crmdesk's import statements alone", "sqlite_writes", "import_floor"),
    ):
        each = ", ".join(f"{run['seconds']:.1f}" for run in runs[ours])
        peak = max(run["peak_mib"] for run in runs[ours])
        ratio = _median(runs[ours]) / _median(runs[floor])
        print(f"| {label} | {_median(runs[ours]):.1f} ({each}) | {peak:.0f} | {ratio:.2f} |")
    floor = _median(runs["import_floor"])
    parsing, writes = _median(runs["parse_calamine"]), _median(runs["sqlite_writes"])
    planning = _median(runs["import_crmdesk"], "planning_seconds")
    cores = os.cpu_count() or 1
    cpu = _median(runs["import_crmdesk"], "cpu_seconds")
    for label, seconds in (
        ("crmdesk reading and planning, before the preview", planning),
        ("lower bound: parsing, then SQLite's writes", parsing + writes),
        (
            f"lower bound with the preview: parsing, the rest of reading and planning "
            f"shared by {cores} cores, then SQLite's writes",
            parsing + (planning - parsing) / cores + writes,
        ),
        (f"lower bound: crmdesk's CPU seconds ({cpu:.1f}) shared by {cores} cores", cpu / cores),
    ):
        print(f"| {label} | {seconds:.1f} | | {seconds / floor:.2f} |")


if __name__ == "__main__":
    sys.exit(main())
