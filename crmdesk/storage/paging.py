"""Helpers shared by the SQL-backed lists."""

from collections.abc import Callable, Iterable, Mapping

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from crmdesk.core.listing import ListQuery


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


def with_query(
    statement: Select,
    query: ListQuery,
    apply_filter: Callable[[Select, str, object], Select],
    search_columns: Iterable[ColumnElement],
) -> Select:
    """``statement`` narrowed by the list's filters (``apply_filter`` knows them) and
    its search term over ``search_columns``."""
    for name, value in query.filters:
        statement = apply_filter(statement, name, value)
    term = query.search.strip()
    return statement.where(contains_any(term, search_columns)) if term else statement


def sort_order(
    query: ListQuery, columns: Mapping[str, ColumnElement], default: ColumnElement
) -> ColumnElement:
    """The list's sort column in its direction, or ``default`` for an unknown key."""
    column = columns.get(query.sort_key)
    if column is None:
        return default
    return column.desc() if query.descending else column.asc()
