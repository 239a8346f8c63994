"""The record of each committed import, kept so the last one can be undone."""

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.core.imports import ImportBatchInfo, ImportKind
from crmdesk.storage.models import ImportBatch

TextChanges = dict[int, dict[str, tuple[str | None, str | None]]]


def record_batch(
    session: Session,
    *,
    actor: str,
    at: datetime,
    kind: ImportKind,
    file_name: str,
    created: list[int],
    created_customers: list[int],
    updated: TextChanges,
) -> int:
    row = ImportBatch(
        created_at=at,
        actor=actor,
        kind=kind.value,
        file_name=file_name[:260],
        created=json.dumps(created),
        created_customers=json.dumps(created_customers),
        updated=json.dumps({str(i): changes for i, changes in updated.items()}, ensure_ascii=False),
    )
    session.add(row)
    session.flush()
    return row.id


def last_batch(session: Session) -> ImportBatch | None:
    """The newest import not undone yet."""
    return session.scalar(
        select(ImportBatch)
        .where(ImportBatch.undone_at.is_(None))
        .order_by(ImportBatch.id.desc())
        .limit(1)
    )


def info(row: ImportBatch) -> ImportBatchInfo:
    return ImportBatchInfo(
        row.id,
        ImportKind(row.kind),
        row.file_name,
        row.created_at,
        row.actor,
        len(created_of(row)) + len(created_customers_of(row)),
        len(updated_of(row)),
    )


def created_of(row: ImportBatch) -> list[int]:
    return json.loads(row.created)


def created_customers_of(row: ImportBatch) -> list[int]:
    return json.loads(row.created_customers)


def updated_of(row: ImportBatch) -> TextChanges:
    return {
        int(i): {name: tuple(pair) for name, pair in changes.items()}
        for i, changes in json.loads(row.updated).items()
    }
