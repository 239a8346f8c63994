"""Where crmdesk keeps things: the user's data and config folders, bundled resources.

``CRMDESK_HOME`` moves both folders under one directory (portable installs, tests).
"""

import os
import sys
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP_NAME = "crmdesk"


def _home() -> Path | None:
    value = os.environ.get("CRMDESK_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else user_config_path(APP_NAME, appauthor=False)


def default_database() -> Path:
    return data_dir() / "crmdesk.db"


def bundled(*parts: str) -> Path:
    """A file shipped with crmdesk (icons, translations, Alembic revisions), found the
    same way from a source checkout and inside a PyInstaller bundle, whose build.spec
    lays these files out as the checkout does."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root.joinpath(*parts)


def resource(*parts: str) -> Path:
    return bundled("resources", *parts)
