"""Importing complaints kept elsewhere (an old log, another system): each row names its
customer; the complaint is taken along the process to the status the sheet gives,
numbered in the series of the year it came in, and its history says it was imported."""

from datetime import date

from sqlalchemy.orm import Session

from crmdesk.core.changes import Entity
from crmdesk.core.complaint import BUILT_IN_CATEGORIES, Complaint, validated
from crmdesk.core.complaint_flow import brought_to
from crmdesk.core.complaint_sla import with_deadlines
from crmdesk.core.enums import ComplaintStatus
from crmdesk.core.errors import DomainError, FieldError, ValidationError
from crmdesk.core.imports import ImportKind
from crmdesk.io.vocabulary import COMPLAINT_FIELDS, category_key
from crmdesk.services.complaints import numbered_by_year, stored_extra_categories, stored_policy
from crmdesk.services.context import ServiceContext
from crmdesk.services.record_import import RecordKind
from crmdesk.storage.complaints import insert_events
from crmdesk.storage.models import Complaint as ComplaintRow

_FIELDS = set(Complaint.__dataclass_fields__)


def _categories(session: Session) -> dict:
    return {"categories": BUILT_IN_CATEGORIES + stored_extra_categories(session)}


def build_complaint(values: dict, customer_id: int, _today: date, lookups: dict) -> Complaint:
    """The row's complaint, validated and brought to its status; ValidationError names
    the field that is wrong or missing."""
    status = values.get("status") or ComplaintStatus.NEW
    given = {key: value for key, value in values.items() if key in _FIELDS and key != "status"}
    given["category"] = category_key(values.get("category") or "")
    complaint = validated(Complaint(customer_id=customer_id, **given), lookups["categories"])
    try:
        return brought_to(complaint, status, values.get("resolved_at"))
    except DomainError as refused:
        raise ValidationError([FieldError("status", str(refused))]) from None


def _prepare(session: Session, _ctx: ServiceContext, complaints: list) -> list:
    policy = stored_policy(session)
    return numbered_by_year(session, [with_deadlines(c, policy) for c in complaints])


def _imported(session: Session, ctx: ServiceContext, complaints: list, ids: list[int]) -> None:
    now, actor = ctx.now(), ctx.actor.username
    insert_events(
        session,
        (
            {
                "complaint_id": complaint_id,
                "at": now,
                "actor": actor,
                "to_status": complaint.status,
                "note": "imported",
            }
            for complaint_id, complaint in zip(ids, complaints, strict=True)
        ),
    )


COMPLAINTS = RecordKind(
    ImportKind.COMPLAINTS,
    Entity.COMPLAINT,
    COMPLAINT_FIELDS,
    ComplaintRow,
    build_complaint,
    actor_field="handler_id",
    lookups=_categories,
    prepare=_prepare,
    inserted=_imported,
)
