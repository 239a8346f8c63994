"""Qt tests: their own config folder, a temporary database, one DB worker."""

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    monkeypatch.setenv("CRMDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CRMDESK_DB", raising=False)


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
