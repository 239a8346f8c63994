"""The pipeline as a manager reads it: the sales funnel, the weighted forecast by
close month, win rate and cycle length by owner and by source, why deals were lost."""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from crmdesk.core.enums import CustomerSource
from crmdesk.core.opportunity import Stage, StageOutcome, month_of, probability, weighted


@dataclass(frozen=True)
class OpportunityFacts:
    """What the pipeline's figures count, per opportunity."""

    stage: str
    amount: Decimal
    probability: int | None  # the owner's own, if given
    expected_close: date | None
    owner: str | None
    source: CustomerSource | None
    opened_on: date
    closed_on: date | None
    lost_reason: str | None

    @property
    def cycle_days(self) -> int | None:
        return None if self.closed_on is None else (self.closed_on - self.opened_on).days


@dataclass(frozen=True)
class StageFigures:
    stage: Stage
    count: int
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class MonthForecast:
    month: str  # "YYYY-MM"
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class WinRate:
    """Of one owner's (or source's) closed deals: how many won, how many lost, and
    the days a won deal took from opening to closing, on average."""

    key: str
    won: int
    lost: int
    average_cycle_days: float | None

    @property
    def rate(self) -> float:
        closed = self.won + self.lost
        return self.won / closed if closed else 0.0


@dataclass(frozen=True)
class PipelineSummary:
    funnel: tuple[StageFigures, ...]  # the open stages, then won
    lost: StageFigures
    forecast: tuple[MonthForecast, ...]  # open deals by expected close month
    by_owner: tuple[WinRate, ...]
    by_source: tuple[WinRate, ...]
    lost_reasons: tuple[tuple[str, int], ...]  # most often first

    @property
    def open_amount(self) -> Decimal:
        return sum((f.amount for f in self.funnel if f.stage.is_open), Decimal(0))

    @property
    def open_weighted(self) -> Decimal:
        return sum((f.weighted for f in self.funnel if f.stage.is_open), Decimal(0))


def _stage_figures(stage: Stage, facts: list[OpportunityFacts]) -> StageFigures:
    return StageFigures(
        stage,
        len(facts),
        sum((f.amount for f in facts), Decimal(0)),
        sum((weighted(f.amount, probability(f.probability, stage)) for f in facts), Decimal(0)),
    )


def _forecast(facts: Iterable[OpportunityFacts], stages: dict[str, Stage]):
    amounts: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for fact in facts:
        stage = stages.get(fact.stage)
        if stage is None or not stage.is_open or fact.expected_close is None:
            continue
        month = amounts[month_of(fact.expected_close)]
        month[0] += fact.amount
        month[1] += weighted(fact.amount, probability(fact.probability, stage))
    return tuple(MonthForecast(m, a, w) for m, (a, w) in sorted(amounts.items()))


def win_rates(
    facts: Iterable[OpportunityFacts],
    stages: dict[str, Stage],
    key: Callable[[OpportunityFacts], str],
) -> tuple[WinRate, ...]:
    """Closed deals grouped by ``key``, the best win rate first."""
    won: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    cycles: dict[str, list[int]] = defaultdict(list)
    for fact in facts:
        stage = stages.get(fact.stage)
        if stage is None or stage.is_open:
            continue
        name = key(fact)
        if stage.outcome is StageOutcome.WON:
            won[name] += 1
            if fact.cycle_days is not None:
                cycles[name].append(fact.cycle_days)
        else:
            lost[name] += 1
    rates = (
        WinRate(
            name,
            won[name],
            lost[name],
            sum(cycles[name]) / len(cycles[name]) if cycles[name] else None,
        )
        for name in won.keys() | lost.keys()
    )
    return tuple(sorted(rates, key=lambda r: (-r.rate, -(r.won + r.lost), r.key)))


def summarize(
    facts: list[OpportunityFacts],
    stages: tuple[Stage, ...],
    owner_key: Callable[[OpportunityFacts], str],
    source_key: Callable[[OpportunityFacts], str],
) -> PipelineSummary:
    """The pipeline's figures; ``owner_key`` and ``source_key`` name the groups (the
    caller words "no owner" and the sources in the user's language)."""
    by_stage: dict[str, list[OpportunityFacts]] = defaultdict(list)
    for fact in facts:
        by_stage[fact.stage].append(fact)
    figures = {stage.code: _stage_figures(stage, by_stage[stage.code]) for stage in stages}
    lost_stage = next(s for s in stages if s.outcome is StageOutcome.LOST)
    named = {stage.code: stage for stage in stages}
    reasons = Counter(
        (f.lost_reason or "").strip() for f in by_stage[lost_stage.code] if f.lost_reason
    )
    return PipelineSummary(
        funnel=tuple(figures[s.code] for s in stages if s.outcome is not StageOutcome.LOST),
        lost=figures[lost_stage.code],
        forecast=_forecast(facts, named),
        by_owner=win_rates(facts, named, owner_key),
        by_source=win_rates(facts, named, source_key),
        lost_reasons=tuple(sorted(reasons.items(), key=lambda item: (-item[1], item[0]))),
    )
