"""What the complaints say in aggregate (domain.md §4: analyse by category and cause to
fix the root): counts by category as a Pareto table, by cause and by status; median
times to first response and to resolution; how often the deadlines were kept;
satisfaction after handling; complaints received per month."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from statistics import median

from crmdesk.core.complaint_sla import SlaState, resolution_state, response_state
from crmdesk.core.enums import ComplaintCause, ComplaintStatus


@dataclass(frozen=True)
class ComplaintFacts:
    """The fields the statistics read of a complaint (a Complaint serves as well)."""

    received_at: datetime
    category: str
    cause: ComplaintCause | None
    status: ComplaintStatus
    satisfaction: int | None
    first_response_at: datetime | None
    first_response_due: datetime
    resolved_at: datetime | None
    resolution_due: datetime
    paused_since: datetime | None
    paused_seconds: int


@dataclass(frozen=True)
class ParetoRow:
    key: str
    count: int
    share: float  # of all complaints
    cumulative: float  # this and every larger category


@dataclass(frozen=True)
class ComplaintStatistics:
    total: int
    by_category: list[ParetoRow]  # largest first
    by_cause: list[tuple[ComplaintCause | None, int]]  # largest first; None: not judged
    by_status: list[tuple[ComplaintStatus, int]]  # in the order of the process
    by_month: list[tuple[str, int]]  # "YYYY-MM", oldest first, months without any too
    median_response_hours: float | None
    median_resolution_hours: float | None  # time awaiting the customer left out
    response_hit_rate: float | None  # kept / (kept + missed), open and overdue as missed
    resolution_hit_rate: float | None
    satisfaction_mean: float | None
    satisfaction_counts: dict[int, int]  # score 1–5 → complaints


def _hours(start: datetime, end: datetime, paused_seconds: int = 0) -> float:
    return ((end - start).total_seconds() - paused_seconds) / 3600


def _hit_rate(states: Iterable[SlaState]) -> float | None:
    counted = Counter(states)
    judged = counted[SlaState.MET] + counted[SlaState.FAILED] + counted[SlaState.OVERDUE]
    return counted[SlaState.MET] / judged if judged else None


def _months(received: list[datetime]) -> list[tuple[str, int]]:
    if not received:
        return []
    counted = Counter((at.year, at.month) for at in received)
    (year, month), last = min(counted), max(counted)
    months = []
    while (year, month) <= last:
        months.append((f"{year:04d}-{month:02d}", counted[(year, month)]))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _pareto(counts: Counter) -> list[ParetoRow]:
    total = sum(counts.values())
    rows, running = [], 0
    for key, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        running += count
        rows.append(ParetoRow(key, count, count / total, running / total))
    return rows


def seen_at(complaint: ComplaintFacts, now: datetime) -> ComplaintFacts:
    """The complaint as it stood at ``now``: a response or resolution after it had not
    happened yet (statistics as of a past day)."""
    later = {
        name: None
        for name in ("first_response_at", "resolved_at")
        if (getattr(complaint, name) or now) > now
    }
    return replace(complaint, **later) if later else complaint


def complaint_statistics(
    complaints: Iterable[ComplaintFacts], now: datetime
) -> ComplaintStatistics:
    """The statistics of ``complaints`` (dataclasses) as they stood at ``now``."""
    complaints = [seen_at(c, now) for c in complaints]
    responses = [
        _hours(c.received_at, c.first_response_at)
        for c in complaints
        if c.first_response_at is not None
    ]
    resolutions = [
        _hours(c.received_at, c.resolved_at, c.paused_seconds)
        for c in complaints
        if c.resolved_at is not None
    ]
    scores = Counter(c.satisfaction for c in complaints if c.satisfaction is not None)
    statuses = Counter(ComplaintStatus(c.status) for c in complaints)
    causes = Counter(c.cause for c in complaints)
    return ComplaintStatistics(
        total=len(complaints),
        by_category=_pareto(Counter(c.category for c in complaints)),
        by_cause=sorted(causes.items(), key=lambda item: (-item[1], item[0] is None, str(item[0]))),
        by_status=[(status, statuses[status]) for status in ComplaintStatus if statuses[status]],
        by_month=_months([c.received_at for c in complaints]),
        median_response_hours=median(responses) if responses else None,
        median_resolution_hours=median(resolutions) if resolutions else None,
        response_hit_rate=_hit_rate(response_state(c, now) for c in complaints),
        resolution_hit_rate=_hit_rate(resolution_state(c, now) for c in complaints),
        satisfaction_mean=(
            sum(score * n for score, n in scores.items()) / scores.total() if scores else None
        ),
        satisfaction_counts={score: scores[score] for score in range(1, 6)},
    )
