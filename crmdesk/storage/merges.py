"""Merging two customer files: moving what belongs to one onto the other, and the
record that lets a merge be undone."""

import json
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crmdesk.core.changes import Entity
from crmdesk.storage.models import (
    Activity,
    ChurnEvent,
    Complaint,
    Contact,
    CustomerMerge,
    Opportunity,
    Survey,
    Transaction,
)
from crmdesk.storage.records import load_or_missing

# What a customer file owns and a merge moves.
CHILDREN = {
    Entity.CONTACT: Contact,
    Entity.ACTIVITY: Activity,
    Entity.TRANSACTION: Transaction,
    Entity.COMPLAINT: Complaint,
    Entity.CHURN_EVENT: ChurnEvent,
    Entity.SURVEY: Survey,
    Entity.OPPORTUNITY: Opportunity,
}

Moved = dict[Entity, list[int]]


def children_of(session: Session, customer_id: int) -> Moved:
    return {
        entity: list(session.scalars(select(model.id).where(model.customer_id == customer_id)))
        for entity, model in CHILDREN.items()
    }


def move_children(session: Session, moved: Mapping[Entity, list[int]], source: int, target: int):
    """Give the listed rows that still belong to ``source`` to ``target``."""
    for entity, ids in moved.items():
        model = CHILDREN[entity]
        if ids:
            # Editable rows get a new version; history rows (churn events) have none.
            bump = {"version": model.version + 1} if hasattr(model, "version") else {}
            session.execute(
                update(model)
                .where(model.id.in_(ids), model.customer_id == source)
                .values(customer_id=target, **bump)
                .execution_options(synchronize_session=False)
            )


def record_merge(
    session: Session,
    actor: str,
    at: datetime,
    survivor_id: int,
    absorbed_id: int,
    moved: Moved,
    survivor_changes: Mapping[str, tuple[str | None, str | None]],
) -> CustomerMerge:
    row = CustomerMerge(
        created_at=at,
        actor=actor,
        survivor_id=survivor_id,
        absorbed_id=absorbed_id,
        moved=json.dumps({entity.value: ids for entity, ids in moved.items()}),
        survivor_changes=json.dumps(survivor_changes, ensure_ascii=False),
    )
    session.add(row)
    session.flush()
    return row


def load_merge(session: Session, merge_id: int) -> CustomerMerge:
    return load_or_missing(session, CustomerMerge, merge_id, "Merge")


def moved_of(row: CustomerMerge) -> Moved:
    return {Entity(entity): ids for entity, ids in json.loads(row.moved).items()}


def survivor_changes_of(row: CustomerMerge) -> dict[str, tuple[str | None, str | None]]:
    return {name: tuple(pair) for name, pair in json.loads(row.survivor_changes).items()}
