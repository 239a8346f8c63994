"""Satisfaction surveys (客户满意, domain.md §6): recording them on a customer's file,
the gap between expectation and perception per question for a customer or a segment,
and the questionnaire and survey cadence shared by everyone."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from crmdesk.core.access import Permission
from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.diff import field_changes
from crmdesk.core.enums import AuditAction, SegmentBy
from crmdesk.core.satisfaction import (
    VIP_SURVEY_MONTHS,
    Dimension,
    Gap,
    Survey,
    asked,
    latest_per_customer,
    mean_gaps,
    overall,
    validated,
)
from crmdesk.services.context import ServiceContext
from crmdesk.storage import customers, surveys
from crmdesk.storage.loyalty import segments
from crmdesk.storage.settings_store import get_setting

SURVEY_MONTHS_SETTING = "vip_survey_months"
RECORDED_FIELDS = ("taken_on", "answers", "overall_score", "would_recommend", "comment", "source")


def stored_survey_months(session: Session) -> int:
    return int(get_setting(session, SURVEY_MONTHS_SETTING, str(VIP_SURVEY_MONTHS)))


@dataclass(frozen=True)
class SegmentGaps:
    """The gap chart of a group of customers: per question, the mean a and b of each
    customer's latest survey."""

    questionnaire: tuple[Dimension, ...]
    gaps: dict[str, Gap]
    overall: Gap | None  # Σb / Σa over those latest surveys
    surveyed: int  # customers with a survey


def gaps_of(latest: list[Survey], questionnaire: tuple[Dimension, ...]) -> SegmentGaps:
    return SegmentGaps(
        questionnaire, mean_gaps(latest, questionnaire), overall(latest), len(latest)
    )


class SatisfactionService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def questionnaire(self) -> tuple[Dimension, ...]:
        return self._ctx.reading(surveys.questionnaire)

    def record(self, survey: Survey) -> Outcome[int]:
        """Store a survey the customer answered; ValidationError names each answer
        that is wrong, and nothing is stored."""
        with self._ctx.writing() as session:
            customers.load(session, survey.customer_id)  # one the user may see
            survey = validated(
                replace(survey, recorded_by=self._ctx.actor.username),
                asked(surveys.questionnaire(session)),
                self._ctx.now().date(),
            )
            survey_id = surveys.add(session, survey)
            self._ctx.audit(session).record(Entity.SURVEY, survey_id, AuditAction.CREATE, {})
        changes = ChangeSet.of(Entity.SURVEY, [survey_id])
        return Outcome(survey_id, changes | ChangeSet.of(Entity.CUSTOMER, [survey.customer_id]))

    def delete(self, survey_id: int) -> ChangeSet:
        """Remove a survey recorded by mistake; the audit trail keeps its answers."""
        with self._ctx.writing() as session:
            removed = surveys.delete(session, survey_id)
            self._ctx.audit(session).record(
                Entity.SURVEY,
                survey_id,
                AuditAction.DELETE,
                field_changes(removed, Survey(), RECORDED_FIELDS),
            )
        return ChangeSet.of(Entity.SURVEY, [survey_id]) | ChangeSet.of(
            Entity.CUSTOMER, [removed.customer_id]
        )

    def surveys_of(self, customer_id: int) -> list[Survey]:
        """The customer's surveys, newest first."""
        return self._ctx.reading(surveys.surveys_of, customer_id)

    def segment_values(self, by: SegmentBy) -> list[str]:
        """The segments customers fall in, by name (the empty one left out)."""
        self._ctx.require(Permission.ANALYTICS)
        found = self._ctx.reading(segments, by)
        return sorted({str(key) for key in found.values() if key})

    def segment_gaps(self, by: SegmentBy | None = None, value: str | None = None) -> SegmentGaps:
        """The gap chart of every surveyed customer, or of those in one segment."""
        self._ctx.require(Permission.ANALYTICS)
        with self._ctx.db.read() as session:
            questionnaire = surveys.questionnaire(session)
            latest = latest_per_customer(surveys.surveys_until(session))
            if by is not None:
                member = segments(session, by)
                latest = {i: s for i, s in latest.items() if str(member.get(i)) == value}
        return gaps_of(list(latest.values()), questionnaire)

    def customer_gaps(self, customer_id: int) -> SegmentGaps:
        """The customer's gap chart: its latest survey."""
        with self._ctx.db.read() as session:
            found = surveys.surveys_of(session, customer_id)
            questionnaire = surveys.questionnaire(session)
        return gaps_of(found[:1], questionnaire)
