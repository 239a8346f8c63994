"""The churn warning (流失预警, domain.md §7) over the current customers, and marking a
customer lost or won back: the status changes (in the audit trail) and the outcome,
with its cause and note, goes on the customer's timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from crmdesk.analytics.choices import TimeUnit
from crmdesk.core.access import Permission
from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.enums import (
    AuditAction,
    ChurnCause,
    ChurnOutcome,
    CustomerStatus,
    LoyaltyType,
    Tier,
)
from crmdesk.core.errors import DomainError
from crmdesk.core.messages import Message
from crmdesk.core.satisfaction import latest_per_customer
from crmdesk.services.bulk_work import collector_held_off
from crmdesk.services.context import ServiceContext
from crmdesk.services.follow_ups import stored_cadence
from crmdesk.services.lifetime import LifetimeService
from crmdesk.services.loyalty import surveyed_types
from crmdesk.storage.churn import (
    LostCustomer,
    complaints_by_customer,
    current_customers,
    last_marked_lost,
    lost_customers,
    record_event,
)
from crmdesk.storage.customers import load
from crmdesk.storage.surveys import scores_until

if TYPE_CHECKING:  # NumPy modules, imported when a warning is first computed
    from crmdesk.analytics.churn import ChurnRisk
    from crmdesk.analytics.customer_lifetime import LifetimeValues


@dataclass(frozen=True)
class ChurnRow:
    risk: ChurnRisk
    code: str
    name: str
    tier: Tier | None


@dataclass(frozen=True)
class ChurnReport:
    rows: list[ChurnRow]  # at risk, the most urgent first
    watched: int  # current customers looked at
    lifetime: LifetimeValues
    as_of: date


class ChurnService:
    def __init__(self, context: ServiceContext, lifetime: LifetimeService):
        self._ctx, self._lifetime = context, lifetime

    @collector_held_off()
    def warning(self, as_of: date | None = None, unit: TimeUnit | None = None) -> ChurnReport:
        """The current customers at risk as things stood at the end of ``as_of``
        (today), each with its reasons and a suggested action."""
        from crmdesk.analytics.churn import churn_warning
        from crmdesk.services.churn_signals import churn_signals
        from crmdesk.storage.customer_value import codes_and_names

        history, day = self._lifetime.history(as_of)
        lifetime = self._lifetime.values_of(history, day, unit)
        end = datetime.combine(day + timedelta(days=1), datetime.min.time())
        now = min(self._ctx.now(), end)
        with self._ctx.db.read() as session:
            customers = current_customers(session, as_of)
            complaints = complaints_by_customer(session, end)
            cadence = stored_cadence(session)
            scores = scores_until(session, day)
            types = surveyed_types(session, day, latest_per_customer(scores))
        survey_c: dict[int, list[float]] = {}  # per customer, each survey's c, oldest first
        for score in scores:
            if score.overall_c is not None:
                survey_c.setdefault(score.customer_id, []).append(score.overall_c)
        inertial = {i for i, loyalty in types.items() if loyalty.type is LoyaltyType.INERTIAL}
        signals = churn_signals(
            customers, history, lifetime, complaints, cadence, day, now, survey_c, inertial
        )
        tier_of = {c.id: c.tier for c in customers}
        risks = churn_warning(signals)
        # The names of those at risk only, not of all 100 000; a file deleted since the
        # reading above is left out.
        names = self._ctx.reading(codes_and_names, [risk.customer_id for risk in risks])
        rows = [
            ChurnRow(risk, *names[risk.customer_id], tier_of[risk.customer_id])
            for risk in risks
            if risk.customer_id in names
        ]
        return ChurnReport(rows, len(customers), lifetime, day)

    def lost(self) -> list[LostCustomer]:
        self._ctx.require(Permission.ANALYTICS)
        return self._ctx.reading(lost_customers)

    def mark_lost(self, customer_id: int, cause: ChurnCause, note: str | None) -> Outcome[None]:
        """The customer has left: status lost, and why on its timeline."""
        with self._ctx.writing() as session:
            customer = load(session, customer_id)
            if customer.status is CustomerStatus.LOST:
                raise DomainError(Message("%1 is already marked lost", customer.name))
            self._record(session, customer, ChurnOutcome.LOST, cause, note, CustomerStatus.LOST)
        return Outcome(None, ChangeSet.of(Entity.CUSTOMER, [customer_id]))

    def mark_won_back(self, customer_id: int, note: str | None) -> Outcome[None]:
        """A lost customer is back: the status it had before it was lost (repeat if it
        was set lost by hand), and how it was won back on its timeline."""
        with self._ctx.writing() as session:
            customer = load(session, customer_id)
            if customer.status is not CustomerStatus.LOST:
                raise DomainError(Message("%1 is not marked lost", customer.name))
            lost = last_marked_lost(session, customer_id)
            back_to = lost.status_before if lost else CustomerStatus.REPEAT
            self._record(session, customer, ChurnOutcome.WON_BACK, None, note, back_to)
        return Outcome(None, ChangeSet.of(Entity.CUSTOMER, [customer_id]))

    def _record(self, session, customer, outcome, cause, note, status: CustomerStatus) -> None:
        note = (note or "").strip() or None
        actor, at = self._ctx.actor.username, self._ctx.now()
        record_event(session, customer, outcome, cause, note, actor, at)
        changes = {"status": (customer.status, status)}
        customer.status = status
        self._ctx.audit(session).record(Entity.CUSTOMER, customer.id, AuditAction.UPDATE, changes)
