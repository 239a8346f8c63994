"""The user's own settings (language, light or dark, which database to open), kept as JSON in the
config folder so the command line and the app read the same ones."""

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from crmdesk.paths import config_dir, default_database

LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class UserSettings:
    language: str = ""  # empty: follow the system
    database: str = ""  # empty: the default file in the data folder
    scheme: str = ""  # "light", "dark"; empty: follow the system

    def with_changes(self, **changes: str) -> "UserSettings":
        return replace(self, **changes)


def settings_file() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> UserSettings:
    try:
        raw = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return UserSettings()  # missing or unreadable: start from the defaults
    known = {k: str(v) for k, v in raw.items() if k in UserSettings.__dataclass_fields__}
    return UserSettings(**known)


def save_settings(settings: UserSettings) -> None:
    """Written beside and renamed over, so a crash never leaves half a file."""
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".json.partial")
    partial.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), "utf-8")
    partial.replace(path)


def database_target(cli_value: str | None, settings: UserSettings) -> str:
    """--db, then CRMDESK_DB, then the settings, then the default file."""
    return cli_value or os.environ.get("CRMDESK_DB") or settings.database or str(default_database())
