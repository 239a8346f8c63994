"""Follow-ups (回访): suggesting when, snoozing, reassigning, completing, reminding."""

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from crmdesk.core.activity import Activity
from crmdesk.core.changes import Outcome
from crmdesk.core.errors import ConflictError, DomainError
from crmdesk.core.follow_up import FollowUpSuggestion, TierCadence, snoozed_until, suggestions
from crmdesk.core.messages import Message
from crmdesk.services.activities import ActivityService
from crmdesk.services.context import ServiceContext
from crmdesk.storage import customers, follow_ups
from crmdesk.storage.follow_ups import FollowUpRow
from crmdesk.storage.settings_store import get_setting

TIER_CADENCE_SETTING = "follow_up_tier_days"


def stored_cadence(session: Session) -> TierCadence:
    text = get_setting(session, TIER_CADENCE_SETTING, "")
    return TierCadence.from_text(text) if text else TierCadence()


class FollowUpService:
    def __init__(self, context: ServiceContext, activities: ActivityService):
        self._ctx, self._activities = context, activities

    def cadence(self) -> TierCadence:
        return self._ctx.reading(stored_cadence)

    def suggestions(self, customer_id: int) -> list[FollowUpSuggestion]:
        """When to follow this customer up next, the default first."""
        cadence = self.cadence()
        with self._ctx.db.read() as session:
            customer = customers.to_customer(customers.load(session, customer_id))
            first = follow_ups.first_contact(session, customer_id)
        tier = customer.tier_override or customer.tier
        today = self._ctx.now().date()
        return suggestions(today, first.date() if first else None, tier, cadence)

    def of_customer(self, customer_id: int) -> list[FollowUpRow]:
        return self._ctx.reading(follow_ups.of_customer, customer_id)

    def snooze(self, follow_up: FollowUpRow, days: int) -> Outcome[Activity]:
        today = self._ctx.now().date()
        return self._change(follow_up, next_follow_up=snoozed_until(follow_up.due_on, today, days))

    def reschedule(self, follow_up: FollowUpRow, due_on: date) -> Outcome[Activity]:
        return self._change(follow_up, next_follow_up=due_on)

    def reassign(self, follow_up: FollowUpRow, user_id: int | None) -> Outcome[Activity]:
        return self._change(follow_up, follow_up_assignee_id=user_id)

    def take_reminders(self) -> list[FollowUpRow]:
        """This user's follow-ups that have fallen due and were never reminded of; each
        is marked reminded as it is handed out, so none is shown twice."""
        now = self._ctx.now()
        with self._ctx.db.write() as session:
            return follow_ups.take_unreminded(session, now.date(), self._ctx.actor.id, now)

    def _change(self, follow_up: FollowUpRow, **values) -> Outcome[Activity]:
        current = self._activities.get(follow_up.activity_id)
        if current.version != follow_up.version:
            raise ConflictError(
                Message(
                    "The follow-up of %1 was changed by someone else; reload the list and try "
                    "again",
                    follow_up.customer,
                )
            )
        if current.follow_up_done_at is not None:
            raise DomainError(Message("The follow-up of %1 is already done", follow_up.customer))
        return self._activities.update(replace(current, **values))
