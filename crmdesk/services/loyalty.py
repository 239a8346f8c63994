"""Loyalty (客户忠诚, domain.md §6): each surveyed customer's type from attitude ×
behaviour and why, the measures of the firm and of each segment, and retention by
first-purchase cohort."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from crmdesk.analytics.cohorts import Cohort, cohort_retention
from crmdesk.analytics.loyalty import (
    CustomerFacts,
    Loyalty,
    LoyaltyMeasures,
    LoyaltyRules,
    classify,
    measures,
    window_start,
)
from crmdesk.core.access import Permission
from crmdesk.core.enums import LoyaltyType, SegmentBy
from crmdesk.core.satisfaction import latest_per_customer, overall_c
from crmdesk.services.bulk_work import collector_held_off
from crmdesk.services.context import ServiceContext
from crmdesk.storage import surveys
from crmdesk.storage.loyalty import complaint_outcomes, purchase_days, segments
from crmdesk.storage.settings_store import get_setting
from crmdesk.storage.surveys import SurveyScore

LOYALTY_SETTING = "loyalty_rules"


def stored_loyalty_rules(session: Session) -> LoyaltyRules:
    text = get_setting(session, LOYALTY_SETTING, "")
    return LoyaltyRules.from_text(text) if text else LoyaltyRules()


def loyalty_of(
    days: list[int],
    latest_c: float | None,
    would_recommend: bool | None,
    rules: LoyaltyRules,
    day: date,
) -> Loyalty:
    """The type from the purchase days within the rules' window and the latest survey's
    overall c and recommendation."""
    start = window_start(day, rules.window_months)
    recent = [d for d in days if d >= start]
    return classify(recent, latest_c, would_recommend, rules)


def _types_of(
    latest: dict[int, SurveyScore], days: dict[int, list[int]], rules: LoyaltyRules, day: date
) -> dict[int, Loyalty]:
    return {
        i: loyalty_of(days.get(i, []), s.overall_c, s.would_recommend, rules, day)
        for i, s in latest.items()
    }


def surveyed_types(
    session: Session, day: date, latest: dict[int, SurveyScore]
) -> dict[int, Loyalty]:
    """The loyalty as of ``day`` of each customer in ``latest`` (its latest survey then),
    reading only the surveyed customers' purchase days in the rules' window."""
    rules = stored_loyalty_rules(session)
    since = date.fromordinal(window_start(day, rules.window_months))
    days = purchase_days(session, day, since=since, surveyed_only=True)
    return _types_of(latest, days, rules, day)


@dataclass(frozen=True)
class CustomerLoyalty:
    loyalty: Loyalty
    rules: LoyaltyRules
    measures: LoyaltyMeasures  # of this one customer


@dataclass(frozen=True)
class LoyaltyOverview:
    as_of: date
    rules: LoyaltyRules
    types: dict[LoyaltyType, list[int]]  # the customers of each type (click-through)
    not_surveyed: int  # buyers without a survey: no type yet
    cohorts: list[Cohort]
    firm: LoyaltyMeasures
    segment_by: SegmentBy | None
    by_segment: list[tuple[str, LoyaltyMeasures]]  # largest first


class LoyaltyService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def rules(self) -> LoyaltyRules:
        return self._ctx.reading(stored_loyalty_rules)

    def of_customer(self, customer_id: int) -> CustomerLoyalty:
        day = self._ctx.now().date()
        with self._ctx.db.read() as session:
            rules = stored_loyalty_rules(session)
            found = surveys.surveys_of(session, customer_id)
            days = purchase_days(session, day, [customer_id]).get(customer_id, [])
            resolved, well = complaint_outcomes(session, [customer_id]).get(customer_id, (0, 0))
        latest = found[0] if found else None
        latest_c = overall_c(latest.answers) if latest else None
        recommend = latest.would_recommend if latest else None
        loyalty = loyalty_of(days, latest_c, recommend, rules, day)
        facts = CustomerFacts(days, resolved, well)
        return CustomerLoyalty(loyalty, rules, measures([facts], day))

    @staticmethod
    def _types(session: Session, day: date) -> tuple[dict[int, Loyalty], dict[int, list[int]]]:
        rules = stored_loyalty_rules(session)
        latest = latest_per_customer(surveys.scores_until(session, day))
        days = purchase_days(session, day)
        return _types_of(latest, days, rules, day), days

    @collector_held_off()
    def overview(self, segment_by: SegmentBy | None = None) -> LoyaltyOverview:
        """The loyalty matrix, the cohorts and the measures, of the firm and (when
        asked) per segment, as of today."""
        self._ctx.require(Permission.ANALYTICS)
        day = self._ctx.now().date()
        with self._ctx.db.read() as session:
            rules = stored_loyalty_rules(session)
            found, days = self._types(session, day)
            outcomes = complaint_outcomes(session)
            member = segments(session, segment_by) if segment_by else {}
        types: dict[LoyaltyType, list[int]] = {kind: [] for kind in LoyaltyType}
        for customer_id, loyalty in found.items():
            if loyalty.type is not None:
                types[loyalty.type].append(customer_id)
        facts = {
            i: CustomerFacts(days.get(i, []), *outcomes.get(i, (0, 0)))
            for i in set(days) | set(outcomes)
        }
        grouped: dict[str, list[CustomerFacts]] = defaultdict(list)
        for customer_id, fact in facts.items():
            if key := member.get(customer_id):
                grouped[str(key)].append(fact)
        by_segment = sorted(
            ((key, measures(group, day)) for key, group in grouped.items()),
            key=lambda item: (-item[1].buyers, item[0]),
        )
        spans = ((date.fromordinal(d[0]), date.fromordinal(d[-1])) for d in days.values())
        return LoyaltyOverview(
            as_of=day,
            rules=rules,
            types=types,
            not_surveyed=len(set(days) - set(found)),
            cohorts=cohort_retention(spans, day),
            firm=measures(facts.values(), day),
            segment_by=segment_by,
            by_segment=by_segment,
        )
