"""Fill a database with realistic demo data in one transaction (all or nothing)."""

from dataclasses import dataclass

from crmdesk.core.access import Permission
from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.codes import DEFAULT_CUSTOMER_MASK, CodeMask
from crmdesk.services.complaints import stored_policy
from crmdesk.services.context import ServiceContext
from crmdesk.services.customers import CODE_MASK_SETTING
from crmdesk.services.opportunities import stored_stages
from crmdesk.services.progress import (
    CancelFlag,
    Progress,
    ProgressTracker,
    never_cancelled,
    no_progress,
)
from crmdesk.storage import search
from crmdesk.storage.bulk import insert_rows, insert_rows_returning_ids
from crmdesk.storage.models import Activity, Contact, Customer, Transaction
from crmdesk.storage.sequences import take_numbers
from crmdesk.storage.settings_store import get_setting
from crmdesk.storage.surveys import questionnaire
from crmdesk.storage.users import ensure_user


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    contacts: int
    activities: int
    transactions: int
    complaints: int
    surveys: int
    opportunities: int


class DemoService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def populate(
        self,
        customers: int,
        seed: int = 1,
        progress: Progress = no_progress,
        cancelled: CancelFlag = never_cancelled,
    ) -> Outcome[DemoSummary]:
        if customers < 1:
            raise ValueError("The number of demo customers must be at least 1")
        # NumPy and Faker load only when demo data is asked for, never at start-up.
        from crmdesk.services.demo_complaints import ComplaintDemo, store_complaints
        from crmdesk.services.demo_data import DemoGenerator, DemoPlan
        from crmdesk.services.demo_opportunities import demo_opportunities, store_opportunities
        from crmdesk.services.demo_surveys import demo_surveys, store_surveys
        from crmdesk.services.demo_vocabulary import STAFF

        today = self._ctx.now().date()
        with self._ctx.writing(Permission.IMPORT) as session:
            owners = [ensure_user(session, login, name).id for login, name in STAFF]
            mask = CodeMask(get_setting(session, CODE_MASK_SETTING, DEFAULT_CUSTOMER_MASK))
            plan = DemoPlan(
                customers=customers,
                seed=seed,
                today=today,
                code_mask=mask,
                first_number=take_numbers(session, mask.sequence_name(today), customers),
                owner_ids=(*owners, self._ctx.actor.id),
            )
            generator = DemoGenerator(plan)
            tracker = ProgressTracker(generator.total_rows() + customers, progress, cancelled)
            generator.customer_ids = insert_rows_returning_ids(
                session, Customer.__table__, generator.customers(), tracker.advance
            )
            counts = [len(generator.customer_ids)] + [
                insert_rows(session, model.__table__, rows, tracker.advance)
                for model, rows in (
                    (Contact, generator.contacts()),
                    (Activity, generator.activities()),
                    (Transaction, generator.transactions()),
                )
            ]
            demo = ComplaintDemo(seed, self._ctx.now(), stored_policy(session), plan.owner_ids)
            counts.append(store_complaints(session, demo.complaints(generator.complainants())))
            surveys = demo_surveys(
                session, generator.customer_ids, questionnaire(session), today, seed
            )
            counts.append(store_surveys(session, surveys))
            stages = stored_stages(session)
            deals = demo_opportunities(session, generator.customer_ids, stages, today, seed)
            counts.append(store_opportunities(session, deals, stages))
            # Search documents last, so they include the contacts.
            search.bulk_refresh(session, generator.customer_ids, tracker.advance)
        changed = ChangeSet.bulk(
            Entity.CUSTOMER,
            Entity.CONTACT,
            Entity.ACTIVITY,
            Entity.TRANSACTION,
            Entity.COMPLAINT,
            Entity.SURVEY,
            Entity.OPPORTUNITY,
        )
        return Outcome(DemoSummary(*counts), changed)
