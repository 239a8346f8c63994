"""The workbench (工作台): what needs doing today, read in one transaction."""

from dataclasses import dataclass
from datetime import timedelta

from crmdesk.core.follow_up import PAUSE_AFTER_CONTACTS, month_days_ahead, next_birthday
from crmdesk.core.listing import ListQuery
from crmdesk.core.opportunity import open_stages
from crmdesk.core.satisfaction import ASK_AFTER_COMPLAINT_DAYS
from crmdesk.services.complaints import with_sla_states
from crmdesk.services.context import ServiceContext
from crmdesk.services.follow_ups import FollowUpService
from crmdesk.services.opportunities import stored_stages
from crmdesk.services.satisfaction import stored_survey_months
from crmdesk.storage import activity_list, complaint_list, follow_ups, opportunity_list, workbench
from crmdesk.storage.activity_list import ActivityRow
from crmdesk.storage.complaint_list import ComplaintRow
from crmdesk.storage.follow_ups import FollowUpRow
from crmdesk.storage.opportunity_list import OpportunityRow
from crmdesk.storage.workbench import Birthday, ProspectToPause, QuietCustomer, SurveyDue

BIRTHDAY_DAYS_AHEAD = 7
SHOWN = 100  # rows per list; the counts say how many there are in all
RECENT = 20
COMPLAINT_DUE_SOON = timedelta(days=1)


@dataclass(frozen=True)
class Workbench:
    follow_ups: list[FollowUpRow]
    follow_ups_total: int
    quiet: list[QuietCustomer]
    quiet_total: int
    to_pause: list[ProspectToPause]
    to_pause_total: int
    recent: list[ActivityRow]
    birthdays: list[Birthday]  # soonest first
    complaints_due: list[ComplaintRow]  # a deadline within a day, or passed
    surveys_due: list[SurveyDue]
    surveys_due_total: int
    stalled: list[OpportunityRow]  # open deals past their expected close, oldest first
    stalled_total: int


class WorkbenchService:
    def __init__(self, context: ServiceContext, follow_up_service: FollowUpService):
        self._ctx, self._follow_ups = context, follow_up_service

    def load(self, owner_only: bool) -> Workbench:
        """The lists for this user's own customers (``owner_only``) or everyone's."""
        cadence = self._follow_ups.cadence()
        now = self._ctx.now()
        today = now.date()
        owner = self._ctx.actor.id if owner_only else None
        recent_query = ListQuery(sort_key="occurred_at", descending=True)
        if owner is not None:
            recent_query = recent_query.with_filter("owner_id", owner)
        with self._ctx.db.read() as session:
            due = follow_ups.due_by(session, today, owner, SHOWN)
            due_total = follow_ups.count_due_by(session, today, owner)
            quiet, quiet_total = workbench.quiet_customers(session, today, cadence, owner, SHOWN)
            to_pause, to_pause_total = workbench.prospects_to_pause(
                session, PAUSE_AFTER_CONTACTS, owner, SHOWN
            )
            recent = activity_list.page(session, recent_query, 0, RECENT)
            born = workbench.birthdays(session, month_days_ahead(today, BIRTHDAY_DAYS_AHEAD), owner)
            pressing = complaint_list.due_before(session, now + COMPLAINT_DUE_SOON, owner, SHOWN)
            asking, asking_total = workbench.surveys_due(
                session,
                today,
                ASK_AFTER_COMPLAINT_DAYS,
                stored_survey_months(session),
                owner,
                SHOWN,
            )
            stalled_query = ListQuery(sort_key="expected_close").with_filter(
                "stages", tuple(s.code for s in open_stages(stored_stages(session)))
            )
            stalled_query = stalled_query.with_filter("close_before", today)
            if owner is not None:
                stalled_query = stalled_query.with_filter("owner_id", owner)
            stalled = opportunity_list.page(session, stalled_query, 0, SHOWN)
            stalled_total = opportunity_list.count(session, stalled_query)
        born.sort(key=lambda b: (next_birthday(b.born_on, today), b.person))
        return Workbench(
            due,
            due_total,
            quiet,
            quiet_total,
            to_pause,
            to_pause_total,
            recent,
            born,
            with_sla_states(pressing, now),
            asking,
            asking_total,
            stalled,
            stalled_total,
        )
