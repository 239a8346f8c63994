"""The command line (design.md): open the app, or run one job and exit.

Exit 0 on success; otherwise a one-line reason on stderr and a non-zero status.
"""

import argparse
import sys
from datetime import date
from pathlib import Path

from crmdesk import __version__, process_clock  # noqa: F401 - starts the clock early
from crmdesk.cli_access import (
    add_sign_in_option,
    add_user_commands,
    run_user_command,
    signed_in_services,
)
from crmdesk.core.imports import ImportKind, ImportMode, ImportOptions, ImportPlan, MatchOn
from crmdesk.settings import LANGUAGES, database_target, load_settings

DEMO_DEFAULT_CUSTOMERS = 2000


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crmdesk", description="crmdesk — desktop customer-relationship manager"
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database file or SQLAlchemy URL (default: CRMDESK_DB, the "
        "settings, then crmdesk.db in the user data folder)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")
    add_sign_in_option(parser)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the main window, wait for the first page's data, print "
        "the seconds since start and exit",
    )
    parser.add_argument("--version", action="version", version=f"crmdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="add realistic demo customers, activities, sales")
    demo.add_argument("--customers", type=int, default=DEMO_DEFAULT_CUSTOMERS, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    commands.add_parser("check", help="check the database file is sound (exit 1 if not)")
    commands.add_parser("backup", help="back the database file up now (verified)")
    restore = commands.add_parser(
        "restore", help="list the backups, or put one back in place of the database"
    )
    restore.add_argument(
        "backup", nargs="?", help="a backup file, or its number in the list (1: the newest)"
    )
    kinds = [kind.value for kind in ImportKind]
    load = commands.add_parser("import", help="import a spreadsheet or CSV file")
    load.add_argument("kind", choices=kinds)
    load.add_argument("file", type=Path)
    load.add_argument("--mode", choices=[m.value for m in ImportMode], default="create")
    load.add_argument("--match", choices=[m.value for m in MatchOn], default="code")
    load.add_argument("--sheet", help="the sheet to read (default: the first)")
    load.add_argument("--day-first", action="store_true", help="05/03/2024 is 5 March")
    load.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    load.add_argument("--errors", type=Path, metavar="OUT.xlsx", help="write the error rows")
    load.add_argument("--mapping", type=Path, metavar="FILE", help="a saved mapping template")
    load.add_argument(
        "--create-missing", action="store_true", help="make a file for each unknown customer"
    )
    load.add_argument("--skip-errors", action="store_true", help="import the good rows")
    commands.add_parser("undo-import", help="undo the last import")
    blank = commands.add_parser("template", help="write an empty import sheet for a kind")
    blank.add_argument("kind", choices=kinds)
    blank.add_argument("file", type=Path)
    dump = commands.add_parser("export", help="write all records of a kind to .xlsx or .csv")
    dump.add_argument("kind", choices=["customers", "complaints", "opportunities"])
    dump.add_argument("file", type=Path)
    dump.add_argument("--mask", action="store_true", help="mask phones, e-mails and ID numbers")
    report = commands.add_parser("report", help="print a report; write it to .xlsx or .png")
    report.add_argument(
        "name",
        choices=[
            "complaints",
            "pyramid",
            "abc",
            "rfm",
            "clv",
            "churn",
            "manager",
            "satisfaction",
            "loyalty",
            "pipeline",
        ],
    )
    report.add_argument(
        "--as-of",
        type=date.fromisoformat,
        metavar="DATE",
        help="compute as if today were DATE, from what was known by the end of that day",
    )
    report.add_argument(
        "--unit",
        choices=["day", "week", "month"],
        help="the period the purchase models count in (clv, churn; default: the setting)",
    )
    report.add_argument("--xlsx", type=Path, metavar="OUT", help="write the report workbook")
    report.add_argument("--png", type=Path, metavar="OUT", help="write the chart")
    add_user_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    target = database_target(args.db, load_settings())
    if args.command is None:
        return _open_app(target, args)
    try:
        return COMMANDS[args.command](target, args)
    except Exception as exc:
        print(f"crmdesk {args.command}: {_one_line(exc)}", file=sys.stderr)
        return 1


def _open_app(target: str, args: argparse.Namespace) -> int:
    # The database is opened before Qt is even imported: once PySide6 is loaded its
    # import hook slows every later import, and opening pulls in SQLAlchemy's dialect
    # and ORM machinery (start-up was ~0.2 s slower the other way round).
    from crmdesk.core.errors import DomainError, SignInRequired

    try:  # the file is checked as the window builds
        services = signed_in_services(target, args, check_later=True)
    except SignInRequired as exc:
        from crmdesk.app import sign_in_with_dialog

        services = sign_in_with_dialog(target, args.user, exc, self_test=args.self_test)
        if services is None:
            return 1
    except DomainError as exc:
        from crmdesk.app import report_start_failure

        if report_start_failure(exc, target, self_test=args.self_test):
            return _open_app(target, args)  # restored from a backup: try again
        return 1
    from crmdesk.app import run_app

    return run_app(services, language=args.lang, self_test=args.self_test)


def _one_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _demo(target: str, args: argparse.Namespace) -> int:
    if args.customers < 1:
        raise ValueError("--customers must be at least 1")
    services = signed_in_services(target, args)
    try:
        summary = services.demo.populate(args.customers, args.seed, _terminal_progress()).value
    finally:
        services.close()
    print(
        f"Added {summary.customers} customers, {summary.contacts} contacts, "
        f"{summary.activities} activities, {summary.transactions} transactions, "
        f"{summary.complaints} complaints, {summary.surveys} surveys and"
        f" {summary.opportunities} opportunities to {target}"
    )
    return 0


def _check(target: str, _args: argparse.Namespace) -> int:
    from crmdesk.services.maintenance import check_database

    result = check_database(target)
    print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def _backup(target: str, args: argparse.Namespace) -> int:
    services = signed_in_services(target, args)
    try:
        backup = services.backups.back_up_now()
    finally:
        services.close()
    if backup is None:
        print("crmdesk backup: a server database is backed up on the server", file=sys.stderr)
        return 1
    print(f"Backed up to {backup.path}")
    return 0


def _restore(target: str, args: argparse.Namespace) -> int:
    from crmdesk.services.maintenance import backups_of, restore_database

    backups = backups_of(target).backups()
    if args.backup is None:
        if not backups:
            print(f"No backups of {target} yet")
        for number, backup in enumerate(backups, start=1):
            when = f"{backup.taken_at:%Y-%m-%d %H:%M:%S}"
            print(f"{number:3}  {when}  {backup.reason:<22} {backup.path}")
        return 0
    chosen = Path(args.backup)
    if args.backup.isdigit() and not chosen.exists():
        number = int(args.backup)
        if not 1 <= number <= len(backups):
            raise ValueError(f"there is no backup number {number} (see `crmdesk restore`)")
        chosen = backups[number - 1].path
    _may_restore(target, args)
    kept = restore_database(target, chosen)
    print(f"Restored {chosen.name}; what was there is kept as {kept.path}")
    return 0


def _may_restore(target: str, args: argparse.Namespace) -> None:
    """With sign-in on, only an administrator restores a database that still opens. A
    damaged one can check no one, and whoever holds its file holds its data anyway."""
    from crmdesk.core.access import Permission
    from crmdesk.core.errors import DatabaseUnavailable

    try:
        services = signed_in_services(target, args)
    except DatabaseUnavailable:
        return
    try:
        services.context.require(Permission.BACK_UP)
    finally:
        services.close()


def _terminal_progress():
    if not sys.stderr.isatty():
        return lambda done, total: None
    shown = [-1]

    def report(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != shown[0]:
            shown[0] = percent
            print(f"\r{percent:3d}%", end="" if percent < 100 else "\n", file=sys.stderr)

    return report


def _import(target: str, args: argparse.Namespace) -> int:
    """Plan every row, report the counts, and write all rows or none."""
    from crmdesk.io.tables import read_rows

    rows = read_rows(args.file, args.sheet)
    services = signed_in_services(target, args)
    try:
        plan = _planned(services, rows, args)
        # The sheet and then the plan are let go as soon as they are done with: held
        # until the end, they took a 100 000-row import's peak from 429 to 517 MiB
        # when the tiers were recomputed.
        del rows
        if plan.errors() and not args.skip_errors:
            print(f"{len(plan.errors())} rows have errors; nothing written", file=sys.stderr)
            return 1
        if args.dry_run:
            return 0
        result = services.imports.commit(
            ImportKind(args.kind),
            plan,
            source=args.file.name,
            skip_errors=True,
            progress=_terminal_progress(),
        ).value
        del plan
        made = len(result.created_customers)
        print(
            f"Created {len(result.created)}, updated {len(result.updated)}"
            + (f" and {made} new customers" if made else "")
            + f" in {target}"
        )
        moved = services.analytics.apply_tiers().value  # the pyramid follows the data
        print(f"Tiers recomputed: {moved} customers changed tier")
        return 0
    finally:
        services.close()


def _planned(services, rows: list, args: argparse.Namespace) -> ImportPlan:
    """The plan of the sheet's rows, with its counts and first errors printed and, when
    asked for, the error workbook written."""
    from crmdesk.io.mapping import apply_template, guess_mapping
    from crmdesk.services.customer_export import write_error_workbook

    importer = services.imports.importer(ImportKind(args.kind))
    mapping = guess_mapping(rows, importer.fields)
    if args.mapping:
        apply_template(mapping, args.mapping, importer.fields)
    options = ImportOptions(
        ImportMode(args.mode), MatchOn(args.match), args.day_first, args.create_missing
    )
    plan = importer.plan(rows, mapping, options)
    print(", ".join(f"{status}: {count}" for status, count in plan.counts().items()))
    for row in plan.errors()[:20]:
        print(f"row {row.line}: {row.summary()}", file=sys.stderr)
    if args.errors and plan.errors():
        write_error_workbook(args.errors, rows, mapping.header_row, plan, args.lang or "en")
    return plan


def _undo_import(target: str, args: argparse.Namespace) -> int:
    services = signed_in_services(target, args)
    try:
        last = services.imports.last()
        if last is None:
            raise ValueError("there is no import to undo")
        services.imports.undo_last()
    finally:
        services.close()
    print(
        f"Undid the import of {last.file_name or last.kind} ({last.created_at:%Y-%m-%d %H:%M}):"
        f" removed {last.created}, restored {last.updated}"
    )
    return 0


def _template(target: str, args: argparse.Namespace) -> int:
    """The sheet as the database defines it (a survey has a column pair per question)."""
    from crmdesk.io.templates import write_template

    services = signed_in_services(target, args)
    try:
        fields = services.imports.importer(ImportKind(args.kind)).fields
    finally:
        services.close()
    write_template(args.file, fields, args.lang or "en")
    print(f"Wrote an empty {args.kind} sheet to {args.file}")
    return 0


def _export(target: str, args: argparse.Namespace) -> int:
    services = signed_in_services(target, args)
    try:
        language = args.lang or "en"
        if args.kind == "customers":
            written = services.customer_export.export(args.file, language, masked=args.mask)
        elif args.kind == "complaints":
            written = services.complaint_export.export(args.file, language)
        else:
            written = services.opportunity_export.export(args.file, language)
    finally:
        services.close()
    print(f"Wrote {written} {args.kind} to {args.file}")
    return 0


def _report(target: str, args: argparse.Namespace) -> int:
    from crmdesk.analytics.choices import TimeUnit
    from crmdesk.services.reports import build_report

    services = signed_in_services(target, args)
    try:
        unit = TimeUnit(args.unit) if args.unit else None
        report = build_report(services, args.name, args.as_of, unit)
    finally:
        services.close()
    print("\n".join(report.lines))
    if args.xlsx:
        report.write_xlsx(args.xlsx)
        print(f"Wrote the report to {args.xlsx}")
    if args.png:
        report.figure().savefig(args.png, dpi=120)
        print(f"Wrote the chart to {args.png}")
    return 0


COMMANDS = {
    "demo": _demo,
    "check": _check,
    "backup": _backup,
    "restore": _restore,
    "import": _import,
    "undo-import": _undo_import,
    "template": _template,
    "export": _export,
    "report": _report,
    "user": run_user_command,
}
