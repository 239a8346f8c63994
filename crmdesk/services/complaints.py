"""Complaint handling: the wizard's steps saved with the moves they make, other moves
(cancel, duplicate, re-open), deadlines from the database's policy, the history."""

from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import partial

from sqlalchemy.orm import Session

from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.complaint import (
    BUILT_IN_CATEGORIES,
    COMPLAINT_MASK,
    Complaint,
    changed_fields,
    validated,
)
from crmdesk.core.complaint_flow import move
from crmdesk.core.complaint_sla import (
    SlaPolicy,
    resolution_state,
    response_state,
    with_deadlines,
)
from crmdesk.core.complaint_stats import ComplaintStatistics, complaint_statistics
from crmdesk.core.complaint_steps import moves_for_step
from crmdesk.core.enums import AuditAction, ComplaintStatus
from crmdesk.core.errors import DomainError
from crmdesk.core.listing import ListQuery
from crmdesk.core.messages import Message
from crmdesk.services.context import ServiceContext
from crmdesk.services.numbering import numbered_by_year as numbered
from crmdesk.services.numbering import stored_as_opened
from crmdesk.storage import complaint_list, complaints, customers
from crmdesk.storage.complaint_list import ComplaintRow
from crmdesk.storage.complaints import ComplaintEventRow
from crmdesk.storage.models import Complaint as ComplaintRowModel
from crmdesk.storage.settings_store import get_setting

SLA_SETTING = "complaint_sla"
OVERDUE = "overdue"
EXTRA_CATEGORIES_SETTING = "complaint_categories_extra"


def with_sla_states(rows: list[ComplaintRow], now: datetime) -> list[ComplaintRow]:
    return [
        replace(
            row, response_sla=response_state(row, now), resolution_sla=resolution_state(row, now)
        )
        for row in rows
    ]


def numbered_by_year(session: Session, complaints: list[Complaint]) -> list[Complaint]:
    """Complaints numbered in the series of the year each came in (TS2026-0001 …)."""
    return numbered(session, complaints, COMPLAINT_MASK, "complaint", lambda c: c.received_at.year)


def stored_policy(session: Session) -> SlaPolicy:
    text = get_setting(session, SLA_SETTING, "")
    return SlaPolicy.from_text(text) if text else SlaPolicy()


def stored_extra_categories(session: Session) -> tuple[str, ...]:
    text = get_setting(session, EXTRA_CATEGORIES_SETTING, "")
    return tuple(name for name in text.split("\n") if name)


# The stored complaint a form was opened on, refused if saved by someone else since.
_as_opened = partial(
    stored_as_opened, load=complaints.load, to_value=complaints.to_complaint, what="Complaint"
)


class ComplaintService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def categories(self) -> tuple[str, ...]:
        """The built-in categories, then those this database added."""
        return BUILT_IN_CATEGORIES + self._ctx.reading(stored_extra_categories)

    def policy(self) -> SlaPolicy:
        return self._ctx.reading(stored_policy)

    def get(self, complaint_id: int) -> Complaint:
        return self._ctx.reading(
            lambda s: complaints.to_complaint(complaints.load(s, complaint_id))
        )

    def find(self, number: str) -> Complaint | None:
        complaint_id = self._ctx.reading(complaints.find_id, number)
        return None if complaint_id is None else self.get(complaint_id)

    def count(self, query: ListQuery) -> int:
        return self._ctx.reading(complaint_list.count, self._timed(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> list[ComplaintRow]:
        rows = self._ctx.reading(complaint_list.page, self._timed(query), offset, limit)
        return with_sla_states(rows, self._ctx.now())

    def statistics(
        self, query: ListQuery | None = None, as_of: date | None = None
    ) -> ComplaintStatistics:
        """The statistics of the complaints the list's filters let through (all), as
        they stand now or stood at the end of the day ``as_of``."""
        query = self._timed(query or ListQuery())
        now = self._ctx.now()
        if as_of is not None:
            now = min(now, datetime.combine(as_of + timedelta(days=1), datetime.min.time()))
            query = query.with_filter("to", as_of)
        facts = self._ctx.reading(complaint_list.facts, query)
        return complaint_statistics(facts, now)

    def _timed(self, query: ListQuery) -> ListQuery:
        """The "overdue" filter (a yes) as the moment its deadlines are compared with."""
        if not query.filter_value(OVERDUE):
            return query.with_filter(OVERDUE, None)
        return query.with_filter(OVERDUE, None).with_filter("overdue_at", self._ctx.now())

    def history(self, complaint_id: int) -> list[ComplaintEventRow]:
        return self._ctx.reading_of(
            complaints.load, complaint_id, complaints.events_of, complaint_id
        )

    def save_step(
        self, complaint: Complaint, step: int, fixed: bool = False, finishing: bool = False
    ) -> Outcome[Complaint]:
        """Store the complaint as the wizard's ``step`` left it, with the moves that
        step's answers make, all in one transaction; a new complaint gets its number."""
        now = self._ctx.now()
        if complaint.received_at is None:
            complaint = replace(complaint, received_at=now)
        with self._ctx.writing() as session:
            row, before = _as_opened(session, complaint)
            # A category since taken off the list stays valid for the complaints it has.
            kept = (before.category,) if before else ()
            categories = BUILT_IN_CATEGORIES + stored_extra_categories(session) + kept
            value = validated(complaint, categories)
            customers.load(session, value.customer_id)  # refuses a missing or deleted file
            if row is None:
                (value,) = numbered_by_year(session, [value])
            steps_status = value.status
            transitions = []
            for to in moves_for_step(value, step, fixed=fixed, finishing=finishing):
                transitions.append((value.status, to))
                value = move(value, to, now)
            row = self._store(session, row, before, value)
            actor = self._ctx.actor.username
            complaints.add_event(session, row.id, now, actor, steps_status, step=step)
            for from_status, to in transitions:
                complaints.add_event(session, row.id, now, actor, to, from_status=from_status)
            return self._outcome(row)

    def move(
        self,
        complaint: Complaint,
        to: ComplaintStatus,
        reason: str | None = None,
        duplicate_of: str | None = None,
    ) -> Outcome[Complaint]:
        """Cancel, mark as a duplicate (of the complaint numbered ``duplicate_of``),
        re-open, or any other single move, with its reason."""
        with self._ctx.writing() as session:
            row, before = _as_opened(session, complaint)
            original = None
            if duplicate_of:
                original = complaints.find_id(session, duplicate_of)
                if original is None:
                    raise DomainError(
                        Message("There is no complaint numbered %1", duplicate_of.strip())
                    )
            now = self._ctx.now()
            moved = move(before, to, now, reason=reason, duplicate_of_id=original)
            self._store(session, row, before, moved)
            complaints.add_event(
                session,
                row.id,
                now,
                self._ctx.actor.username,
                moved.status,
                from_status=before.status,
                note=(reason or "").strip() or None,
            )
            return self._outcome(row)

    def _store(
        self,
        session: Session,
        row: ComplaintRowModel | None,
        before: Complaint | None,
        value: Complaint,
    ) -> ComplaintRowModel:
        """Write the complaint, its deadlines brought up to date, and its audit entry;
        returns the row, flushed."""
        value = with_deadlines(value, stored_policy(session))
        if row is None:
            row = ComplaintRowModel()
            session.add(row)
        complaints.write_fields(session, row, value)
        session.flush()
        action = AuditAction.CREATE if before is None else AuditAction.UPDATE
        changes = changed_fields(before or Complaint(), complaints.to_complaint(row))
        self._ctx.audit(session).record(Entity.COMPLAINT, row.id, action, changes)
        return row

    def _outcome(self, row: ComplaintRowModel) -> Outcome[Complaint]:
        stored = complaints.to_complaint(row)
        # The customer's timeline shows its complaints' steps.
        changed = ChangeSet.of(Entity.COMPLAINT, [stored.id]) | ChangeSet.of(
            Entity.CUSTOMER, [stored.customer_id]
        )
        return Outcome(stored, changed)
