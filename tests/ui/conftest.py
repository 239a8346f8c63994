"""Qt tests: their own config folder, a temporary database, one DB worker."""

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    monkeypatch.setenv("CRMDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CRMDESK_DB", raising=False)


@pytest.fixture(autouse=True)
def no_modal_message_boxes(monkeypatch):
    """No test may hang on a modal box: questions answer No (a test that needs another
    answer patches its own) and notices are collected instead of shown."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No
    )
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda *args, **kwargs: shown.append(args[2]) or QMessageBox.StandardButton.Ok,
        )
    return shown


@pytest.fixture
def database_target(db_path):
    """The UI is exercised on SQLite; the services below it run on both databases."""
    return str(db_path)


@pytest.fixture
def worker(qtbot):
    from crmdesk.ui.worker import DbWorker

    created = DbWorker()
    yield created
    created.wait_until_idle()


@pytest.fixture
def main_window(qtbot, services):
    from crmdesk.app import window_settings
    from crmdesk.settings import UserSettings
    from crmdesk.ui.data_bus import DataBus
    from crmdesk.ui.main_window import MainWindow
    from crmdesk.ui.worker import DbWorker

    window = MainWindow(services, DbWorker(), DataBus(), window_settings(), UserSettings())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.worker.wait_until_idle()


@pytest.fixture
def page(qtbot, main_window):
    """The customers page, its list loaded."""
    main_window.show_page("customers")
    customers = main_window.pages["customers"].widget
    with qtbot.waitSignal(customers.model.counted, timeout=5000):
        customers.model.reload()
    return customers


@pytest.fixture
def analytics(qtbot, main_window, services):
    services.demo.populate(400, seed=6)
    main_window.show_page("analytics")
    page = main_window.pages["analytics"].widget
    page.refresh()  # the demo arrived after the page was first shown
    qtbot.waitUntil(lambda: page.results is not None and page.status.text() == "", timeout=20_000)
    return page
