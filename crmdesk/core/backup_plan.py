"""Which automatic backups to keep: the newest few, then one a day, a week and a month.

A grandfather-father-son rotation: recent work can be undone step by step, and older
states are still there, thinning out with age.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Retention:
    newest: int = 10  # however old
    daily: int = 7  # the newest backup of each of the last 7 days with one
    weekly: int = 5
    monthly: int = 12


DEFAULT_RETENTION = Retention()


def backups_to_keep(
    taken: Iterable[datetime], retention: Retention = DEFAULT_RETENTION
) -> set[datetime]:
    """The times (of ``taken``) whose backups are kept; the rest may be deleted."""
    newest_first = sorted(set(taken), reverse=True)
    kept = set(newest_first[: retention.newest])
    for count, period in (
        (retention.daily, lambda t: t.date()),
        (retention.weekly, lambda t: t.isocalendar()[:2]),
        (retention.monthly, lambda t: (t.year, t.month)),
    ):
        seen: list = []
        for time in newest_first:
            key = period(time)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                kept.add(time)
    return kept


def backup_due(last_backup: datetime | None, last_change: datetime, now: datetime,
               interval: timedelta = timedelta(minutes=30)) -> bool:  # fmt: skip
    """A periodic backup is due when data changed since the last one and that one is
    at least ``interval`` old."""
    if last_backup is None:
        return True
    return last_change > last_backup and now - last_backup >= interval
