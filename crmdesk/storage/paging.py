"""Helpers shared by the SQL-backed lists."""

from collections.abc import Iterable

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session


def contains_any(term: str, columns: Iterable[ColumnElement]) -> ColumnElement:
    """Rows where any of the columns contains ``term``, ignoring case."""
    pattern = like_pattern(term.lower())
    return or_(*(func.lower(column).like(pattern, escape="\\") for column in columns))


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with the wildcards in it escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def count_rows(session: Session, statement: Select, key: ColumnElement) -> int:
    inner = statement.with_only_columns(key).subquery()
    return session.scalar(select(func.count()).select_from(inner))
