"""Numbers in a yearly series (TS2026-0001, SJ2026-0001 …) for records of one kind."""

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from crmdesk.core.codes import CodeMask
from crmdesk.core.errors import ConflictError
from crmdesk.core.messages import Message
from crmdesk.storage.sequences import take_numbers

T = TypeVar("T")


def numbered_by_year(
    session: Session, records: list[T], mask: str, series: str, year_of: Callable[[T], int]
) -> list[T]:
    """``records`` numbered in the series of the year each belongs to, in the order
    given; the series are named ``series:<mask's date part>``."""
    code_mask = CodeMask(mask)
    years = Counter(year_of(record) for record in records)
    next_number = {
        year: take_numbers(session, f"{series}:{code_mask.sequence_name(date(year, 1, 1))}", count)
        for year, count in sorted(years.items())
    }
    numbered = []
    for record in records:
        year = year_of(record)
        number = code_mask.format(next_number[year], date(year, 1, 1))
        numbered.append(replace(record, number=number))
        next_number[year] += 1
    return numbered


def stored_as_opened(
    session: Session,
    record: Any,
    load: Callable[[Session, int], Any],
    to_value: Callable[[Any], T],
    what: str,
) -> tuple[Any, T] | tuple[None, None]:
    """The stored row of a numbered ``record`` (a complaint, an opportunity) and its
    value as stored, or (None, None) for a new one; ConflictError if someone saved it
    after ``record`` was read."""
    if record.id is None:
        return None, None
    row = load(session, record.id)
    if row.version != record.version:
        raise ConflictError(
            Message(
                "%1 %2 was changed by someone else after you opened it; open it again to see "
                "their changes",
                what,
                row.number,
            )
        )
    return row, to_value(row)
