"""Everything the app and the command line use, opened on one database."""

import getpass
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from crmdesk.core.access import Access
from crmdesk.core.clock import Clock, system_clock
from crmdesk.core.enums import UserRole
from crmdesk.core.errors import DatabaseUnavailable, DomainError
from crmdesk.core.messages import Message
from crmdesk.services.activities import ActivityService
from crmdesk.services.analytics import AnalyticsService
from crmdesk.services.backups import BackupService
from crmdesk.services.churn import ChurnService
from crmdesk.services.complaints import ComplaintService
from crmdesk.services.contacts import ContactService
from crmdesk.services.context import ServiceContext
from crmdesk.services.customer_export import CustomerExport
from crmdesk.services.customers import CustomerService
from crmdesk.services.database_health import DatabaseHealth, QuickCheck
from crmdesk.services.demo import DemoService
from crmdesk.services.follow_ups import FollowUpService
from crmdesk.services.imports import ImportService
from crmdesk.services.lifetime import LifetimeService
from crmdesk.services.list_export import ListExport
from crmdesk.services.loyalty import LoyaltyService
from crmdesk.services.merges import MergeService
from crmdesk.services.numbered_export import COMPLAINTS, OPPORTUNITIES, NumberedExport
from crmdesk.services.opportunities import OpportunityService
from crmdesk.services.satisfaction import SatisfactionService
from crmdesk.services.shared_settings import SharedSettingsService
from crmdesk.services.sign_in import authenticate
from crmdesk.services.users import UserService
from crmdesk.services.views import ViewService
from crmdesk.services.workbench import WorkbenchService
from crmdesk.storage import migrate
from crmdesk.storage.database import Database
from crmdesk.storage.users import UserRecord, ensure_user, find_user, sign_in_is_on


@dataclass(frozen=True)
class Services:
    context: ServiceContext
    customers: CustomerService
    imports: ImportService
    customer_export: CustomerExport
    contacts: ContactService
    activities: ActivityService
    follow_ups: FollowUpService
    complaints: ComplaintService
    opportunities: OpportunityService
    complaint_export: NumberedExport
    opportunity_export: NumberedExport
    analytics: AnalyticsService
    lifetime: LifetimeService
    churn: ChurnService
    satisfaction: SatisfactionService
    loyalty: LoyaltyService
    workbench: WorkbenchService
    demo: DemoService
    merges: MergeService
    views: ViewService
    shared_settings: SharedSettingsService
    backups: BackupService
    health: DatabaseHealth
    users: UserService
    list_export: ListExport

    @property
    def database_name(self) -> str:
        return self.context.db.display_name()

    def close(self) -> None:
        self.context.db.dispose()
        self.health.leave()


def open_services(
    target: str | Path,
    *,
    username: str | None = None,
    password: str | None = None,
    clock: Clock = system_clock,
    check_later: bool = False,
) -> Services:
    """Open (creating or upgrading as needed) the database and act as ``username`` (by
    default the operating-system login). When sign-in is on, ``password`` must be theirs
    (SignInRequired otherwise) and their role applies. A damaged file is refused here,
    or with ``check_later`` (the app, whose window builds meanwhile) by
    ``health.quick_check``."""
    db = Database(target)
    login = username or getpass.getuser()
    quick_check = QuickCheck(db.path)
    try:
        if not check_later:
            quick_check.refuse_if_damaged()
        migrate.upgrade(db)
        actor, access = _sign_in(db, login, password, clock)
    except (SQLAlchemyError, UnicodeDecodeError) as exc:
        db.dispose()
        quick_check.refuse_if_damaged()  # a read that failed on damage says so, and the cure
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise DatabaseUnavailable(
            Message("%1 cannot be opened: %2", db.display_name(), reason)
        ) from exc
    except DomainError:
        db.dispose()
        raise
    context = ServiceContext(db, actor, access, clock)
    customers = CustomerService(context)
    activities = ActivityService(context)
    follow_ups = FollowUpService(context, activities)
    analytics = AnalyticsService(context)
    lifetime = LifetimeService(context, analytics)
    backups = BackupService(context)
    health = DatabaseHealth(context, backups.folder, quick_check)
    health.enter()
    return Services(
        context=context,
        customers=customers,
        imports=ImportService(context, customers, backups),
        customer_export=CustomerExport(context),
        contacts=ContactService(context),
        activities=activities,
        follow_ups=follow_ups,
        complaints=ComplaintService(context),
        opportunities=OpportunityService(context),
        complaint_export=NumberedExport(context, COMPLAINTS),
        opportunity_export=NumberedExport(context, OPPORTUNITIES),
        analytics=analytics,
        lifetime=lifetime,
        churn=ChurnService(context, lifetime),
        satisfaction=SatisfactionService(context),
        loyalty=LoyaltyService(context),
        workbench=WorkbenchService(context, follow_ups),
        demo=DemoService(context),
        merges=MergeService(context),
        views=ViewService(context),
        shared_settings=SharedSettingsService(context),
        backups=backups,
        health=health,
        users=UserService(context),
        list_export=ListExport(context),
    )


def _sign_in(
    db: Database, login: str, password: str | None, clock: Clock
) -> tuple[UserRecord, Access]:
    """Who acts, and with what access: their role's when sign-in is on; otherwise (a
    one-person install) everything."""
    # Reading first keeps start-up off the write lock another process may hold.
    with db.read() as session:
        signing_in = sign_in_is_on(session)
        actor = find_user(session, login)
    if signing_in:
        actor = authenticate(db, login, password, clock())
        access = Access(actor.id, actor.username, actor.role)
        if access.sees_only_own:
            db.narrow_to(actor.id)
        return actor, access
    if actor is None:
        with db.write() as session:
            actor = ensure_user(session, login, login)
    return actor, Access(actor.id, actor.username, UserRole.ADMIN, signed_in=False)
