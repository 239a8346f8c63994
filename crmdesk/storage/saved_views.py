"""Each user's saved list views."""

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crmdesk.core.views import SavedView
from crmdesk.storage.models import SavedView as SavedViewRow


def views_of(session: Session, user_id: int, list_key: str) -> list[SavedView]:
    rows = session.scalars(
        select(SavedViewRow)
        .where(SavedViewRow.user_id == user_id, SavedViewRow.list_key == list_key)
        .order_by(SavedViewRow.name)
    )
    return [SavedView.from_json(row.name, row.definition) for row in rows]


def save_view(session: Session, user_id: int, list_key: str, view: SavedView) -> None:
    """Store the view, replacing one of the same name."""
    row = session.scalar(
        select(SavedViewRow).where(
            SavedViewRow.user_id == user_id,
            SavedViewRow.list_key == list_key,
            SavedViewRow.name == view.name,
        )
    )
    if row is None:
        row = SavedViewRow(user_id=user_id, list_key=list_key, name=view.name)
        session.add(row)
    row.definition = view.to_json()


def delete_view(session: Session, user_id: int, list_key: str, name: str) -> None:
    session.execute(
        delete(SavedViewRow).where(
            SavedViewRow.user_id == user_id,
            SavedViewRow.list_key == list_key,
            SavedViewRow.name == name,
        )
    )
