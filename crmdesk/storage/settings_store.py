"""Settings kept in the database, shared by everyone who opens it (e.g. the code mask)."""

from sqlalchemy.orm import Session

from crmdesk.storage.models import AppSetting


def get_setting(session: Session, key: str, default: str) -> str:
    row = session.get(AppSetting, key)
    return row.value if row else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
