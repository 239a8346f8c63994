"""How the customer base is spread (domain.md §2–3): by relationship status and by
lifecycle stage (funnels), new files and revenue per month, activities per channel."""

from dataclasses import dataclass

from crmdesk.core.enums import Channel, CustomerStatus, LifecycleStage

# The funnel of closeness, from the widest to the narrowest; lost customers apart.
FUNNEL = (
    CustomerStatus.NON_CUSTOMER,
    CustomerStatus.PROSPECT,
    CustomerStatus.TARGET,
    CustomerStatus.FIRST_TIME,
    CustomerStatus.REPEAT,
    CustomerStatus.LOYAL,
)


@dataclass(frozen=True)
class Distribution:
    by_status: dict[CustomerStatus, int]
    by_stage: dict[LifecycleStage, int]
    new_by_month: list[tuple[str, int]]  # "YYYY-MM", oldest first, every month
    revenue_by_month: list[tuple[str, float]]
    activities_by_channel: dict[Channel, int]


def months_back(last: str, count: int) -> list[str]:
    """``count`` months ending with ``last`` ("YYYY-MM"), oldest first."""
    year, month = int(last[:4]), int(last[5:])
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months[::-1]


def every_month(found: dict[str, float], last: str, count: int) -> list[tuple[str, float]]:
    """The counted months, with the months without any as zero."""
    return [(month, found.get(month, 0)) for month in months_back(last, count)]
