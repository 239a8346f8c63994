"""Screenshots of every page in both languages, from the real app on demo data.

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py

Writes docs/screenshots/<language>-<page>.png. A CJK font must be installed
(fonts-wqy-microhei on Debian) or Chinese shows as boxes.
"""

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from crmdesk.services.app_services import open_services
from crmdesk.settings import UserSettings
from crmdesk.ui.data_bus import DataBus
from crmdesk.ui.dialogs.settings_dialog import SettingsDialog
from crmdesk.ui.fonts import apply_cjk_fallback
from crmdesk.ui.i18n import install_translators
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.worker import DbWorker

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1280, 800)
DEMO_DAY = datetime(2026, 11, 20, 9, 30)


def settle(app: QApplication, window: MainWindow) -> None:
    """Let queued page loads arrive and paint."""
    for _ in range(5):
        window.worker.wait_until_idle()
        app.processEvents()


def shoot(app: QApplication, services, language: str, workdir: Path) -> None:
    translators = install_translators(app, language)
    settings = QSettings(str(workdir / f"window-{language}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, DbWorker(), DataBus(), settings, UserSettings())
    window.resize(*SIZE)
    window.show()
    for key in window.pages:
        window.show_page(key)
        settle(app, window)
        window.grab().save(str(OUT / f"{language}-{key}.png"))
    dialog = SettingsDialog(UserSettings(), window)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / f"{language}-settings.png"))
    dialog.close()
    window.close()
    for translator in translators:
        app.removeTranslator(translator)


def main() -> int:
    app = QApplication(sys.argv)
    apply_cjk_fallback(app)
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        services = open_services(workdir / "demo.db", username="demo", clock=lambda: DEMO_DAY)
        services.demo.populate(2000, seed=1)
        for language in ("zh_CN", "en"):
            shoot(app, services, language, workdir)
        services.close()
    print(f"Screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
