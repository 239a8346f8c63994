"""The tracking record: log, edit and delete activities, each audited."""

from collections.abc import Collection
from dataclasses import replace

from crmdesk.core.activity import Activity, changed_fields, validated
from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.enums import AuditAction
from crmdesk.core.history import AuditRecord
from crmdesk.core.listing import ListQuery
from crmdesk.core.timeline import TimelineEntry, TimelineKind
from crmdesk.services.context import ServiceContext
from crmdesk.services.editing import RecordAccess, save_edit
from crmdesk.storage import activities, activity_list, customers, follow_ups, timeline
from crmdesk.storage.activity_list import ActivityRow
from crmdesk.storage.audit import history
from crmdesk.storage.models import Activity as ActivityRowModel

ACTIVITY_RECORDS = RecordAccess(
    entity=Entity.ACTIVITY,
    load=activities.load,
    to_value=activities.to_activity,
    write=activities.write_fields,
    changed=changed_fields,
    describe=lambda activity: f"The activity {activity.subject!r}",
)


class ActivityService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def get(self, activity_id: int) -> Activity:
        return self._ctx.reading(lambda s: activities.to_activity(activities.load(s, activity_id)))

    def count(self, query: ListQuery) -> int:
        return self._ctx.reading(activity_list.count, query)

    def page(self, query: ListQuery, offset: int, limit: int) -> list[ActivityRow]:
        return self._ctx.reading(activity_list.page, query, offset, limit)

    def timeline(
        self, customer_id: int, kinds: Collection[TimelineKind], offset: int, limit: int
    ) -> list[TimelineEntry]:
        """A page of the customer's timeline, newest first."""
        return self._ctx.reading_of(
            customers.load_any, customer_id, timeline.page, customer_id, kinds, offset, limit
        )

    def history(self, activity_id: int) -> list[AuditRecord]:
        return self._ctx.reading_of(
            activities.load, activity_id, history, Entity.ACTIVITY, activity_id
        )

    def log(self, activity: Activity, completes: Collection[int] = ()) -> Outcome[Activity]:
        """Store a new activity; ``completes`` lists follow-ups (by the activity that set
        them) this contact makes, marked done in the same transaction."""
        value = validated(activity)
        if value.owner_id is None:
            value = replace(value, owner_id=self._ctx.actor.id)
        with self._ctx.writing() as session:
            customers.load(session, value.customer_id)  # refuses a missing or deleted file
            row = ActivityRowModel()
            activities.write_fields(session, row, value)
            session.add(row)
            session.flush()
            stored = activities.to_activity(row)
            self._ctx.audit(session).record(
                Entity.ACTIVITY, row.id, AuditAction.CREATE, changed_fields(Activity(), stored)
            )
            if completes:
                follow_ups.mark_done(session, value.customer_id, list(completes), self._ctx.now())
        return Outcome(stored, self._changed(stored) | ChangeSet.of(Entity.ACTIVITY, completes))

    def update(self, activity: Activity) -> Outcome[Activity]:
        stored, changed = save_edit(self._ctx, ACTIVITY_RECORDS, validated(activity))
        return Outcome(stored, self._changed(stored) if changed else ChangeSet())

    def delete(self, activity_id: int) -> ChangeSet:
        with self._ctx.writing() as session:
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
