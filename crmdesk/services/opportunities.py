"""Sales opportunities: opened, edited and moved through the database's stages, each
move in their history; a win records its sale and makes a prospect a customer."""

from dataclasses import replace
from datetime import date
from functools import partial

from sqlalchemy.orm import Session

from crmdesk.analytics.pipeline import PipelineSummary, summarize
from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.enums import AuditAction
from crmdesk.core.errors import DomainError
from crmdesk.core.listing import ListQuery
from crmdesk.core.messages import Message
from crmdesk.core.opportunity import (
    DEFAULT_STAGES,
    OPPORTUNITY_MASK,
    Opportunity,
    Stage,
    StageOutcome,
    after_win,
    changed_fields,
    missing_man,
    moved,
    open_stages,
    probability,
    stage_of,
    stages_from_text,
    validated,
)
from crmdesk.services.context import ServiceContext
from crmdesk.services.numbering import numbered_by_year, stored_as_opened
from crmdesk.storage import customers, opportunities, opportunity_list
from crmdesk.storage.models import Opportunity as OpportunityRowModel
from crmdesk.storage.models import Transaction
from crmdesk.storage.opportunities import StageChange
from crmdesk.storage.opportunity_list import OpportunityRow, StageTotal
from crmdesk.storage.settings_store import get_setting

STAGES_SETTING = "opportunity_stages"
OPEN_ONLY = "open"  # a list filter: leave out the won and the lost
STALLED = "stalled"  # a list filter: open, and past the expected close


def stored_stages(session: Session) -> tuple[Stage, ...]:
    text = get_setting(session, STAGES_SETTING, "")
    return stages_from_text(text) if text else DEFAULT_STAGES


def refuse_stages_in_use(session: Session, stages: tuple[Stage, ...]) -> None:
    """A stage may leave the pipeline only once no opportunity is at it."""
    kept = {stage.code for stage in stages}
    for code, count in opportunities.count_by_stage(session).items():
        if code not in kept:
            name = stage_of(stored_stages(session), code).name_en
            raise DomainError(
                Message(
                    "%1 opportunities are at stage %2; move them before removing it", count, name
                )
            )


def numbered(session: Session, found: list[Opportunity]) -> list[Opportunity]:
    """Opportunities numbered in the series of the year each was opened (SJ2026-0001)."""
    return numbered_by_year(
        session, found, OPPORTUNITY_MASK, "opportunity", lambda o: o.opened_on.year
    )


# The stored opportunity a form was opened on, refused if saved by someone else since.
_as_opened = partial(
    stored_as_opened,
    load=opportunities.load,
    to_value=opportunities.to_opportunity,
    what="Opportunity",
)


class OpportunityService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def stages(self) -> tuple[Stage, ...]:
        return self._ctx.reading(stored_stages)

    def get(self, opportunity_id: int) -> Opportunity:
        return self._ctx.reading(
            lambda s: opportunities.to_opportunity(opportunities.load(s, opportunity_id))
        )

    def of_customer(self, customer_id: int) -> list[Opportunity]:
        return self._ctx.reading(opportunities.of_customer, customer_id)

    def history(self, opportunity_id: int) -> list[StageChange]:
        return self._ctx.reading_of(
            opportunities.load, opportunity_id, opportunities.events_of, opportunity_id
        )

    def unqualified(self, customer_id: int) -> str:
        """The MAN letters the customer lacks before it is worth an opportunity."""

        def read(session: Session) -> str:
            c = customers.load(session, customer_id)
            return missing_man(c.status, c.man_money, c.man_authority, c.man_need)

        return self._ctx.reading(read)

    # the pipeline's list, board and figures

    def count(self, query: ListQuery) -> int:
        return self._ctx.reading(lambda s: opportunity_list.count(s, self._sql(s, query)))

    def page(self, query: ListQuery, offset: int, limit: int) -> list[OpportunityRow]:
        return self._ctx.reading(
            lambda s: opportunity_list.page(s, self._sql(s, query), offset, limit)
        )

    def totals(self, query: ListQuery) -> dict[str, StageTotal]:
        """Count, amount and weighted amount per stage of what the filters let through."""

        def read(session: Session) -> dict[str, StageTotal]:
            defaults = {stage.code: stage.probability for stage in stored_stages(session)}
            return opportunity_list.stage_totals(session, self._sql(session, query), defaults)

        return self._ctx.reading(read)

    def summary(self, query: ListQuery | None = None) -> PipelineSummary:
        """Funnel, forecast, win rates and lost reasons of what the filters let through;
        groups without an owner or source are named "" for the caller to word."""

        def read(session: Session):
            query_ = self._sql(session, query or ListQuery())
            return opportunity_list.facts(session, query_), stored_stages(session)

        facts, stages = self._ctx.reading(read)
        return summarize(
            facts, stages, lambda f: f.owner or "", lambda f: f.source.value if f.source else ""
        )

    def _sql(self, session: Session, query: ListQuery) -> ListQuery:
        """The list's flags as the stages and dates the SQL compares with."""
        flags = (query.filter_value(OPEN_ONLY), query.filter_value(STALLED))
        query = query.with_filter(OPEN_ONLY, None).with_filter(STALLED, None)
        if any(flags):
            codes = tuple(s.code for s in open_stages(stored_stages(session)))
            query = query.with_filter("stages", codes)
        if flags[1]:
            query = query.with_filter("close_before", self._ctx.now().date())
        return query

    # changes

    def save(self, opportunity: Opportunity) -> Outcome[Opportunity]:
        """Open a new opportunity (numbered) or store an edited one; a change of stage
        made in the form is kept in the history like a move."""
        today = self._ctx.now().date()
        with self._ctx.writing() as session:
            stages = stored_stages(session)
            row, before = _as_opened(session, opportunity)
            value = validated(opportunity, stages, today)
            won = stage_of(stages, value.stage).outcome is StageOutcome.WON
            if won and (before is None or before.stage != value.stage):
                raise DomainError(Message("Win an opportunity with Won…, which records its sale"))
            customers.load(session, value.customer_id)  # refuses a missing or deleted file
            if row is None:
                (value,) = numbered(session, [value])
            row = self._store(session, row, before, value)
            if before is None or before.stage != value.stage:
                self._log(session, row, before.stage if before else None, stages, None)
            return self._outcome(row)

    def move(
        self,
        opportunity: Opportunity,
        to: str,
        lost_reason: str | None = None,
        record_sale: bool = True,
    ) -> Outcome[Opportunity]:
        """Move to the stage coded ``to``. Won: the sale is recorded (unless told
        not to) and a prospect becomes a first-time customer; lost: with its reason."""
        today = self._ctx.now().date()
        with self._ctx.writing() as session:
            stages = stored_stages(session)
            row, before = _as_opened(session, opportunity)
            stage = stage_of(stages, to)
            value = moved(before, stage, today, lost_reason)
            changed = ChangeSet()
            if stage.outcome is StageOutcome.WON:
                changed = self._won(session, value)
                if record_sale:
                    value = replace(value, sale_id=self._record_sale(session, value, today))
                    changed |= ChangeSet.of(Entity.TRANSACTION, [value.sale_id])
            row = self._store(session, row, before, value)
            self._log(session, row, before.stage, stages, value.lost_reason)
            outcome = self._outcome(row)
        return Outcome(outcome.value, outcome.changes | changed)

    def _won(self, session: Session, value: Opportunity) -> ChangeSet:
        """The customer's status after the win, with its audit entry."""
        customer = customers.load(session, value.customer_id)
        status, stage = after_win(customer.status, customer.lifecycle_stage)
        changes = {
            name: (old, new)
            for name, old, new in (
                ("status", customer.status, status),
                ("lifecycle_stage", customer.lifecycle_stage, stage),
            )
            if old != new
        }
        if changes:
            customer.status, customer.lifecycle_stage = status, stage
            self._ctx.audit(session).record(
                Entity.CUSTOMER, customer.id, AuditAction.UPDATE, changes
            )
        return ChangeSet.of(Entity.CUSTOMER, [customer.id])

    def _record_sale(self, session: Session, value: Opportunity, today: date) -> int:
        sale = Transaction(
            customer_id=value.customer_id,
            occurred_on=today,
            amount=value.amount,
            product=value.product or value.title,
            notes=f"{value.number} {value.title}",
        )
        session.add(sale)
        session.flush()
        self._ctx.audit(session).record(Entity.TRANSACTION, sale.id, AuditAction.CREATE)
        return sale.id

    def _store(self, session, row, before: Opportunity | None, value: Opportunity):
        if row is None:
            row = OpportunityRowModel()
            session.add(row)
        opportunities.write_fields(session, row, value)
        session.flush()
        action = AuditAction.CREATE if before is None else AuditAction.UPDATE
        changes = changed_fields(before or Opportunity(), opportunities.to_opportunity(row))
        self._ctx.audit(session).record(Entity.OPPORTUNITY, row.id, action, changes)
        return row

    def _log(self, session, row, from_stage: str | None, stages, note: str | None) -> None:
        percent = probability(row.probability, stage_of(stages, row.stage))
        change = (from_stage, row.stage, percent, note)
        opportunities.add_event(session, row.id, self._ctx.now(), self._ctx.actor.username, change)

    def _outcome(self, row: OpportunityRowModel) -> Outcome[Opportunity]:
        stored = opportunities.to_opportunity(row)
        changed = ChangeSet.of(Entity.OPPORTUNITY, [stored.id]) | ChangeSet.of(
            Entity.CUSTOMER, [stored.customer_id]
        )
        return Outcome(stored, changed)
