"""Days as whole numbers since 1970-01-01: how the analytics count time (the database
works them out in SQL, storage/day_numbers.py)."""

from datetime import date

EPOCH = date(1970, 1, 1)


def day_number(day: date) -> int:
    return (day - EPOCH).days
