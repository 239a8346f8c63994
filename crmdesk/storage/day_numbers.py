"""Dates as whole days since 1970-01-01, worked out by the database: NumPy parsing
100 000 ISO dates took longer than the queries that read them."""

from datetime import date

from sqlalchemy import Integer, cast, func, literal
from sqlalchemy.orm import Session


def day_number(session: Session, day):
    """The SQL expression of ``day`` (a date column or aggregate) as a day number."""
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.julianday(day) - 2440587.5, Integer)
    return day - literal(date(1970, 1, 1))
