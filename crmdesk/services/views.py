"""Saved list views of the signed-in user."""

from dataclasses import replace

from crmdesk.core.views import SavedView, checked_name
from crmdesk.services.context import ServiceContext
from crmdesk.storage import saved_views


class ViewService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def views(self, list_key: str) -> list[SavedView]:
        return self._ctx.reading(saved_views.views_of, self._ctx.actor.id, list_key)

    def save(self, list_key: str, view: SavedView) -> list[SavedView]:
        """Keep ``view`` (replacing one of the same name); the user's views after."""
        view = replace(view, name=checked_name(view.name))
        with self._ctx.db.write() as session:
            saved_views.save_view(session, self._ctx.actor.id, list_key, view)
        return self.views(list_key)

    def delete(self, list_key: str, name: str) -> list[SavedView]:
        with self._ctx.db.write() as session:
            saved_views.delete_view(session, self._ctx.actor.id, list_key, name)
        return self.views(list_key)
