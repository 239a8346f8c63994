"""Retention by cohort: customers grouped by the month of their first purchase, and
the share of each cohort still buying k months on (a purchase in that month or any
later one). The churn rate of a cohort is 1 − its retention at the last month seen."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def month_of(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Cohort:
    month: date  # the first of the month of the first purchase
    size: int
    retained: tuple[float, ...]  # [k]: share still buying k months on, as far as seen

    @property
    def churn_rate(self) -> float:
        return 1 - self.retained[-1]


def cohort_retention(
    first_and_last: Iterable[tuple[date, date]], as_of: date, cohorts: int = 12, months: int = 12
) -> list[Cohort]:
    """The ``cohorts`` cohorts up to the month of ``as_of``, oldest first, each followed
    for up to ``months`` months (fewer for the young ones: only months that have begun
    by ``as_of`` are counted), from each customer's first and last purchase day."""
    newest = month_index(as_of)
    oldest = newest - cohorts + 1
    lasts: dict[int, list[int]] = {m: [] for m in range(oldest, newest + 1)}
    for first, last in first_and_last:
        start = month_index(first)
        if oldest <= start <= newest:
            lasts[start].append(month_index(last) - start)
    found = []
    for start, reached in lasts.items():
        if not reached:
            continue
        seen = min(months, newest - start)
        retained = tuple(sum(r >= k for r in reached) / len(reached) for k in range(seen + 1))
        found.append(Cohort(month_of(start), len(reached), retained))
    return found
