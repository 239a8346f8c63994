"""Composition root: paths, services, translator, main window — and nothing else."""

import getpass
import importlib.util
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from crmdesk import process_clock
from crmdesk.core.errors import DatabaseDamaged, DomainError, SignInRequired
from crmdesk.paths import APP_NAME, config_dir
from crmdesk.services.app_services import Services, open_services
from crmdesk.services.maintenance import backups_of, restore_database
from crmdesk.settings import load_settings
from crmdesk.storage.migrations import DIRECTORY as MIGRATIONS
from crmdesk.ui.data_bus import DataBus
from crmdesk.ui.dialogs.sign_in_dialog import SignInDialog
from crmdesk.ui.fonts import apply_cjk_fallback
from crmdesk.ui.i18n import compiled_catalog, install_translators, resolve_language
from crmdesk.ui.icons import icon
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.pages.list_page import ListPage
from crmdesk.ui.theme import apply_scheme
from crmdesk.ui.worker import DbWorker

SELF_TEST_TIMEOUT_MS = 120_000


def create_application(language: str | None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    apply_cjk_fallback(app)
    settings = load_settings()
    apply_scheme(app, settings.scheme)
    install_translators(app, resolve_language(language or settings.language))
    return app


def window_settings() -> QSettings:
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def build_main_window(services: Services) -> MainWindow:
    worker = DbWorker()
    window = MainWindow(services, worker, DataBus(), window_settings(), load_settings())
    worker.setParent(window)
    return window


def report_start_failure(error: DomainError, target: str, *, self_test: bool) -> bool:
    """The database could not be opened: say why (a dialog, or stderr when testing).
    A damaged file is offered its newest backup; True when that was restored."""
    if self_test:
        print(f"crmdesk: {error}", file=sys.stderr)
        return False
    create_application(None)
    backups = backups_of(target).backups() if isinstance(error, DatabaseDamaged) else []
    if not backups:
        QMessageBox.critical(None, "crmdesk", str(error))
        return False
    newest = backups[0]
    question = QCoreApplication.translate(
        "StartFailure",
        "%1\n\nRestore the newest backup, taken %2? The damaged file is kept aside.",
    )
    answer = QMessageBox.question(
        None,
        "crmdesk",
        question.replace("%1", str(error)).replace("%2", f"{newest.taken_at:%Y-%m-%d %H:%M}"),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_database(target, newest.path)
    except DomainError as refused:
        QMessageBox.critical(None, "crmdesk", str(refused))
        return False
    return True


def sign_in_with_dialog(
    target: str, username: str | None, refused: SignInRequired, *, self_test: bool
) -> Services | None:
    """Sign-in is on: ask for a user name and password until they open the database;
    None when the user gives up (or, testing, at once with the reason on stderr)."""
    if self_test:
        print(f"crmdesk: {refused}", file=sys.stderr)
        return None
    create_application(None)

    def attempt(name: str, password: str) -> Services:
        return open_services(target, username=name, password=password, check_later=True)

    dialog = SignInDialog(attempt, username or getpass.getuser())
    if refused.wait_seconds:
        dialog.message.setText(dialog.explain(refused))
    dialog.exec()
    return dialog.services


def run_app(services: Services, *, language: str | None = None, self_test: bool = False) -> int:
    app = create_application(language)
    window = build_main_window(services)
    window.show()
    if self_test:
        return _run_self_test(app, window)
    window.demo.offer_if_empty()
    window.start_reminders()
    window.safety.start_backups()
    window.safety.start_health_checks()
    status = app.exec()
    close_services(window.services)
    return status


def close_services(services: Services) -> None:
    """The backup on close (if anything changed), then the database."""
    try:
        services.backups.take_if_changed("close")
    except DomainError as error:  # the data is safe in the database; say so, and close
        print(f"crmdesk: {error}", file=sys.stderr)
    finally:
        services.close()


def missing_bundled_files() -> list[str]:
    """What a badly built bundle would lack, each named for --self-test to report."""
    missing = []
    if icon("crmdesk").pixmap(32).isNull():
        missing.append("the icons (or Qt's SVG plugin)")
    if compiled_catalog("zh_CN") is None:
        missing.append("the zh_CN translation")
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_zh_CN", qt_translations):
        missing.append("Qt's own zh_CN translation")
    if not (MIGRATIONS / "versions").is_dir():
        missing.append("the database migrations")
    if importlib.util.find_spec("defusedxml") is None:  # openpyxl would parse XML unguarded
        missing.append("defusedxml")
    return missing


def _run_self_test(app: QApplication, window: MainWindow) -> int:
    """Exit once the first page has painted its data, printing seconds since start;
    fail at once if a bundled file is missing."""
    try:  # the start's quick check ran while the window was built
        window.services.health.quick_check.refuse_if_damaged()
    except DatabaseDamaged as damaged:
        print(f"crmdesk: {damaged}", file=sys.stderr)
        window.services.close()
        return 1
    missing = missing_bundled_files()
    if missing:
        print(f"crmdesk --self-test: missing {', '.join(missing)}", file=sys.stderr)
        window.services.close()
        return 1
    result = {"status": 1}

    def painted() -> None:
        page = window.stack.currentWidget()
        if isinstance(page, ListPage):
            page.view.viewport().repaint()
        print(f"{process_clock.seconds_since_start():.3f}")
        result["status"] = 0
        window.close()

    def timed_out() -> None:
        print("crmdesk --self-test: the first page did not load in time", file=sys.stderr)
        window.close()

    page = window.stack.currentWidget()
    if isinstance(page, ListPage):
        page.model.first_page_ready.connect(lambda: QTimer.singleShot(0, painted))
    else:
        QTimer.singleShot(0, painted)
    QTimer.singleShot(SELF_TEST_TIMEOUT_MS, timed_out)
    app.exec()
    window.services.close()
    return result["status"]
