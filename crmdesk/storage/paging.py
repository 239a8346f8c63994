"""Helpers shared by the SQL-backed lists."""

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with the wildcards in it escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def count_rows(session: Session, statement: Select, key: ColumnElement) -> int:
    inner = statement.with_only_columns(key).subquery()
    return session.scalar(select(func.count()).select_from(inner))
