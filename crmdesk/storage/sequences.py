"""Numbers for automatic codes, unique even with two writers on one database."""

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crmdesk.storage.models import CodeSequence


def take_numbers(session: Session, series: str, count: int = 1) -> int:
    """Reserve ``count`` consecutive numbers of a series and return the first.

    The UPDATE takes the row lock (PostgreSQL) inside an IMMEDIATE transaction
    (SQLite), so no two writers are handed the same number.
    """
    if not _advance(session, series, count):
        try:
            with session.begin_nested():  # a savepoint: losing the race must not end ours
                session.add(CodeSequence(name=series, next_value=1))
        except IntegrityError:
            pass  # another writer started the series first; its row is there now
        _advance(session, series, count)
    return (
        session.scalar(select(CodeSequence.next_value).where(CodeSequence.name == series)) - count
    )


def _advance(session: Session, series: str, count: int) -> bool:
    statement = (
        update(CodeSequence)
        .where(CodeSequence.name == series)
        .values(next_value=CodeSequence.next_value + count)
    )
    return bool(session.execute(statement).rowcount)
