"""Numbers for automatic codes, unique even with two writers on one database."""

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crmdesk.storage.models import CodeSequence


def take_numbers(session: Session, series: str, count: int = 1) -> int:
    """Reserve ``count`` consecutive numbers of a series and return the first.

    The UPDATE takes the row lock (PostgreSQL) inside an IMMEDIATE transaction
    (SQLite), so no two writers are handed the same number.
    """
    updated = session.execute(
        update(CodeSequence)
        .where(CodeSequence.name == series)
        .values(next_value=CodeSequence.next_value + count)
    ).rowcount
    if not updated:
        session.add(CodeSequence(name=series, next_value=count + 1))
        session.flush()
        return 1
    return (
        session.scalar(select(CodeSequence.next_value).where(CodeSequence.name == series)) - count
    )
