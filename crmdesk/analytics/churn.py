"""The churn warning (流失预警, domain.md §7): which current customers are slipping
away, why, and what to do first.

Each reason has a weight; a customer is at risk from a score of ``ChurnRules.at_risk``
and the list runs from the highest score down, the more valuable first among equals.
The suggested action follows the most pressing reason, in the order of ``Reason``:
a complaint still open comes before anything else."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from crmdesk.analytics.choices import Action, Reason
from crmdesk.core.complaint_sla import SlaState, resolution_state
from crmdesk.core.complaint_stats import ComplaintFacts, seen_at
from crmdesk.core.enums import ComplaintStatus

ACTION_FOR = {
    Reason.OPEN_COMPLAINT: Action.RESOLVE_COMPLAINT,
    Reason.BADLY_HANDLED_COMPLAINT: Action.MAKE_GOOD,
    Reason.FALLING_SATISFACTION: Action.ASK_WHAT_DISAPPOINTED,
    Reason.FRAGILE_LOYALTY: Action.WIN_THEM_OVER,
    Reason.PROBABLY_INACTIVE: Action.WIN_BACK_OFFER,
    Reason.OVERDUE_PURCHASE: Action.WIN_BACK_OFFER,
    Reason.FALLING_SPEND: Action.VISIT_ABOUT_SPEND,
    Reason.LONG_SILENCE: Action.GET_IN_TOUCH,
}


@dataclass(frozen=True)
class ChurnRules:
    weights: dict[Reason, int] = field(
        default_factory=lambda: {
            Reason.OPEN_COMPLAINT: 2,
            Reason.BADLY_HANDLED_COMPLAINT: 3,
            Reason.FALLING_SATISFACTION: 2,
            Reason.FRAGILE_LOYALTY: 2,
            Reason.PROBABLY_INACTIVE: 3,
            Reason.OVERDUE_PURCHASE: 2,
            Reason.FALLING_SPEND: 1,  # lumpy buying often halves a half-year
            Reason.LONG_SILENCE: 1,
        }
    )
    at_risk: int = 2  # one serious reason, or two lesser ones
    alive_below: float = 0.5
    overdue_factor: float = 2.0  # gap > factor × the customer's usual interval
    spend_fall: float = 0.5  # recent half below this share of the half before
    silence_factor: float = 2.0  # no contact for > factor × the tier's follow-up interval


NOT_TAKEN_UP = (ComplaintStatus.REJECTED, ComplaintStatus.DUPLICATE, ComplaintStatus.CANCELLED)
BAD_SATISFACTION = 2  # of 5: a complaint handled this badly counts against us


@dataclass
class ComplaintSignals:
    open: int = 0
    badly_handled: int = 0
    satisfaction: list[int] = field(default_factory=list)  # after handling, oldest first


def complaint_signals(
    complaints: Iterable[tuple[int, ComplaintFacts]], now: datetime, since: datetime
) -> dict[int, ComplaintSignals]:
    """Per customer, of its complaints as they stood at ``now``: how many are open,
    how many received since ``since`` were handled badly (satisfaction of 2 or less, or
    the resolution deadline missed), and the satisfaction scores after handling."""
    found: dict[int, ComplaintSignals] = {}
    for customer_id, complaint in sorted(
        complaints, key=lambda c: c[1].resolved_at or c[1].received_at
    ):
        if complaint.received_at > now:
            continue
        complaint = seen_at(complaint, now)
        signals = found.setdefault(customer_id, ComplaintSignals())
        if complaint.resolved_at is None and complaint.status not in NOT_TAKEN_UP:
            signals.open += 1
        scored = complaint.satisfaction if complaint.resolved_at is not None else None
        late = resolution_state(complaint, now) in (SlaState.FAILED, SlaState.OVERDUE)
        if complaint.received_at >= since and (
            late or (scored is not None and scored <= BAD_SATISFACTION)
        ):
            signals.badly_handled += 1
        if scored is not None:
            signals.satisfaction.append(scored)
    return found


@dataclass(frozen=True)
class ChurnSignals:
    """Per current customer, in the same order. NaN where a signal does not apply
    (no purchase yet, a single purchase, no forecast, never contacted…)."""

    ids: np.ndarray
    value: np.ndarray  # what losing them costs: their lifetime value
    probability_alive: np.ndarray
    days_since_purchase: np.ndarray
    usual_interval: np.ndarray  # days between purchases
    recent_revenue: np.ndarray
    earlier_revenue: np.ndarray
    days_silent: np.ndarray
    silence_limit: np.ndarray  # the tier's follow-up interval, days
    open_complaints: np.ndarray
    badly_handled_complaints: np.ndarray
    last_satisfaction: np.ndarray  # after handling a complaint, 1–5
    previous_satisfaction: np.ndarray
    last_survey_c: np.ndarray  # overall c of the latest survey
    previous_survey_c: np.ndarray
    inertial: np.ndarray  # bool: loyal out of habit, not attitude


@dataclass(frozen=True)
class ChurnRisk:
    customer_id: int
    score: int
    reasons: tuple[Reason, ...]  # most pressing first
    action: Action
    value: float
    probability_alive: float
    days_since_purchase: float
    usual_interval: float
    days_silent: float


def _flags(s: ChurnSignals, rules: ChurnRules) -> dict[Reason, np.ndarray]:
    with np.errstate(invalid="ignore"):  # comparisons with NaN are simply False
        overdue = s.days_since_purchase > rules.overdue_factor * s.usual_interval
        falling_spend = (s.earlier_revenue > 0) & (
            s.recent_revenue < rules.spend_fall * s.earlier_revenue
        )
        return {
            Reason.OPEN_COMPLAINT: s.open_complaints > 0,
            Reason.BADLY_HANDLED_COMPLAINT: s.badly_handled_complaints > 0,
            Reason.FALLING_SATISFACTION: (s.last_satisfaction < s.previous_satisfaction)
            | (s.last_survey_c < s.previous_survey_c),
            Reason.FRAGILE_LOYALTY: s.inertial & (falling_spend | overdue),
            Reason.PROBABLY_INACTIVE: s.probability_alive < rules.alive_below,
            Reason.OVERDUE_PURCHASE: overdue,
            Reason.FALLING_SPEND: falling_spend,
            Reason.LONG_SILENCE: s.days_silent > rules.silence_factor * s.silence_limit,
        }


def churn_warning(signals: ChurnSignals, rules: ChurnRules | None = None) -> list[ChurnRisk]:
    """The customers at risk, highest score first, then the most valuable."""
    rules = rules or ChurnRules()
    flags = _flags(signals, rules)
    score = sum(flags[reason].astype(int) * rules.weights[reason] for reason in Reason)
    at_risk = np.flatnonzero(score >= rules.at_risk)
    order = at_risk[np.lexsort((signals.ids[at_risk], -signals.value[at_risk], -score[at_risk]))]
    risks = []
    for i in order:
        reasons = tuple(reason for reason in Reason if flags[reason][i])
        risks.append(
            ChurnRisk(
                customer_id=int(signals.ids[i]),
                score=int(score[i]),
                reasons=reasons,
                action=ACTION_FOR[reasons[0]],
                value=float(signals.value[i]),
                probability_alive=float(signals.probability_alive[i]),
                days_since_purchase=float(signals.days_since_purchase[i]),
                usual_interval=float(signals.usual_interval[i]),
                days_silent=float(signals.days_silent[i]),
            )
        )
    return risks
