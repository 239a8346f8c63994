"""Importing sales opportunities kept elsewhere (a spreadsheet of deals, another CRM):
each row names its customer and a stage of this database's pipeline, by either name;
deals are numbered in the series of the year they were opened, and their history
says they were imported. A won deal's sale is not recorded again: import the sales
themselves as transactions."""

from datetime import date

from sqlalchemy.orm import Session

from crmdesk.core.changes import Entity
from crmdesk.core.errors import FieldError, ValidationError
from crmdesk.core.imports import ImportKind
from crmdesk.core.messages import Message
from crmdesk.core.opportunity import Opportunity, Stage, probability, stage_of, validated
from crmdesk.io.vocabulary import OPPORTUNITY_FIELDS, folded
from crmdesk.services.context import ServiceContext
from crmdesk.services.opportunities import numbered, stored_stages
from crmdesk.services.record_import import RecordKind
from crmdesk.storage.models import Opportunity as OpportunityRow
from crmdesk.storage.opportunities import insert_events

_FIELDS = set(Opportunity.__dataclass_fields__)


def stage_named(text: str, stages: tuple[Stage, ...]) -> Stage:
    """The stage a cell names, by its code or either of its names."""
    wanted = folded(text)
    for stage in stages:
        if wanted in {folded(stage.code), folded(stage.name_zh), folded(stage.name_en)}:
            return stage
    names = "、".join(stage.name_zh for stage in stages)
    raise ValidationError(
        [FieldError("stage", Message("no stage %1 (the stages: %2)", repr(text.strip()), names))]
    )


def build_opportunity(values: dict, customer_id: int, today: date, lookups: dict) -> Opportunity:
    stages = lookups["stages"]
    given = {key: value for key, value in values.items() if key in _FIELDS}
    stage = stage_named(values["stage"], stages) if values.get("stage") else stages[0]
    given["stage"] = stage.code
    return validated(Opportunity(customer_id=customer_id, **given), stages, today)


def _stages(session: Session) -> dict:
    return {"stages": stored_stages(session)}


def _prepare(session: Session, _ctx: ServiceContext, found: list) -> list:
    return numbered(session, found)


def _imported(session: Session, ctx: ServiceContext, found: list, ids: list[int]) -> None:
    stages = stored_stages(session)
    now, actor = ctx.now(), ctx.actor.username
    insert_events(
        session,
        (
            {
                "opportunity_id": opportunity_id,
                "at": now,
                "actor": actor,
                "to_stage": deal.stage,
                "probability": probability(deal.probability, stage_of(stages, deal.stage)),
                "note": "imported",
            }
            for opportunity_id, deal in zip(ids, found, strict=True)
        ),
    )


OPPORTUNITIES = RecordKind(
    ImportKind.OPPORTUNITIES,
    Entity.OPPORTUNITY,
    OPPORTUNITY_FIELDS,
    OpportunityRow,
    build_opportunity,
    actor_field="owner_id",
    lookups=_stages,
    prepare=_prepare,
    inserted=_imported,
)
