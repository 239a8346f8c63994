"""The tracking record: log, edit and delete activities, each audited."""

from dataclasses import replace

from sqlalchemy.orm.exc import StaleDataError

from crmdesk.core.activity import Activity, changed_fields, validated
from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.enums import AuditAction
from crmdesk.core.errors import ConflictError
from crmdesk.core.listing import ListQuery
from crmdesk.services.context import ServiceContext
from crmdesk.storage import activities, activity_list, customers
from crmdesk.storage.activity_list import ActivityRow
from crmdesk.storage.models import Activity as ActivityRowModel


class ActivityService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def get(self, activity_id: int) -> Activity:
        with self._ctx.db.read() as session:
            return activities.to_activity(activities.load(session, activity_id))

    def count(self, query: ListQuery) -> int:
        with self._ctx.db.read() as session:
            return activity_list.count(session, query)

    def page(self, query: ListQuery, offset: int, limit: int) -> list[ActivityRow]:
        with self._ctx.db.read() as session:
            return activity_list.page(session, query, offset, limit)

    def log(self, activity: Activity) -> Outcome[Activity]:
        value = validated(activity)
        if value.owner_id is None:
            value = replace(value, owner_id=self._ctx.actor.id)
        with self._ctx.db.write() as session:
            customers.load(session, value.customer_id)  # refuses a missing or deleted file
            row = ActivityRowModel()
            activities.write_fields(session, row, value)
            session.add(row)
            session.flush()
            stored = activities.to_activity(row)
            self._ctx.audit(session).record(
                Entity.ACTIVITY, row.id, AuditAction.CREATE, changed_fields(Activity(), stored)
            )
        return Outcome(stored, self._changed(stored))

    def update(self, activity: Activity) -> Outcome[Activity]:
        value = validated(activity)
        try:
            with self._ctx.db.write() as session:
                row = activities.load(session, activity.id)
                if row.version != activity.version:
                    raise ConflictError(
                        f"The activity {row.subject!r} was changed by someone else; reopen it"
                    )
                before = activities.to_activity(row)
                changes = changed_fields(before, value)
                if not changes:
                    return Outcome(before, ChangeSet())
                activities.write_fields(session, row, value)
                session.flush()
                self._ctx.audit(session).record(
                    Entity.ACTIVITY, row.id, AuditAction.UPDATE, changes
                )
                stored = activities.to_activity(row)
        except StaleDataError:
            raise ConflictError("The activity was changed by someone else; reopen it") from None
        return Outcome(stored, self._changed(stored))

    def delete(self, activity_id: int) -> ChangeSet:
        with self._ctx.db.write() as session:
            row = activities.load(session, activity_id)
            stored = activities.to_activity(row)
            self._ctx.audit(session).record(
                Entity.ACTIVITY, activity_id, AuditAction.DELETE, changed_fields(stored, Activity())
            )
            session.delete(row)
        return self._changed(stored)

    @staticmethod
    def _changed(activity: Activity) -> ChangeSet:
        # The customer's timeline and last-contact date change with its activities.
        return ChangeSet.of(Entity.ACTIVITY, [activity.id]) | ChangeSet.of(
            Entity.CUSTOMER, [activity.customer_id]
        )
