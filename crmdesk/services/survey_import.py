"""Importing satisfaction surveys taken elsewhere (a paper round, an online form): one
row per survey, naming its customer, with an expectation and a perception column for
each question of the questionnaire."""

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from crmdesk.core.changes import Entity
from crmdesk.core.enums import SurveySource
from crmdesk.core.errors import FieldError, ValidationError
from crmdesk.core.imports import ImportKind
from crmdesk.core.messages import Message
from crmdesk.core.satisfaction import Survey, asked, validated
from crmdesk.io.vocabulary import EXPECTATION, PERCEPTION, SURVEY_FIELDS, question_fields
from crmdesk.services.context import ServiceContext
from crmdesk.services.record_import import RecordKind
from crmdesk.storage.models import Survey as SurveyRow
from crmdesk.storage.surveys import questionnaire


def build_survey(values: dict, customer_id: int, today: date, lookups: dict) -> Survey:
    """The row's survey; ValidationError names a question answered only half, or a
    score off the scale."""
    questions = lookups["questionnaire"]
    answers, errors = {}, []
    for dimension in questions:
        pair = (values.get(EXPECTATION + dimension.code), values.get(PERCEPTION + dimension.code))
        if pair == (None, None):
            continue
        if None in pair:
            missing = EXPECTATION if pair[0] is None else PERCEPTION
            errors.append(
                FieldError(missing + dimension.code, Message("give both a and b, or neither"))
            )
            continue
        answers[dimension.code] = pair
    if errors:
        raise ValidationError(errors)
    survey = Survey(
        customer_id=customer_id,
        taken_on=values.get("taken_on"),
        answers=answers,
        overall_score=values.get("overall_score"),
        would_recommend=values.get("would_recommend"),
        comment=values.get("comment"),
        source=SurveySource.IMPORT,
    )
    return validated(survey, questions, today)


def _questionnaire(session: Session) -> dict:
    return {"questionnaire": asked(questionnaire(session))}


def _questions(session: Session):
    return question_fields(questionnaire(session))


def _recorded_by(_session: Session, ctx: ServiceContext, found: list) -> list:
    return [replace(survey, recorded_by=ctx.actor.username) for survey in found]


SURVEYS = RecordKind(
    ImportKind.SURVEYS,
    Entity.SURVEY,
    SURVEY_FIELDS,
    SurveyRow,
    build_survey,
    lookups=_questionnaire,
    prepare=_recorded_by,
    more_fields=_questions,
)
