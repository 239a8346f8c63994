"""The schema: the only place tables are described. Alembic revisions follow it."""

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from crmdesk.core.enums import (
    AuditAction,
    BuyingRole,
    Channel,
    ChurnCause,
    ChurnOutcome,
    Compensation,
    ComplaintCause,
    ComplaintLevel,
    ComplaintStatus,
    CreditRating,
    CustomerKind,
    CustomerSource,
    CustomerStatus,
    Direction,
    Gender,
    LifecycleStage,
    MaritalStatus,
    SurveyGroup,
    SurveySource,
    Tier,
    UserRole,
)
from crmdesk.core.satisfaction import overall_c

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# SQLite hands a deleted row's id to the next insert unless told otherwise; the audit
# trail is keyed by id, so rows that can be deleted never reuse one.
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}
LIVE = text("deleted_at IS NULL")  # not in the recycle bin


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def enum_column(enum: type[StrEnum]) -> Enum:
    """Stored as its value in a VARCHAR, so adding a member needs no migration."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar = {
        str: String(200),
        Decimal: Numeric(14, 2),
    }


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)


class Versioned(Timestamped):
    """Editable rows: an update that finds another version raises StaleDataError."""

    version: Mapped[int] = mapped_column(default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


class User(Versioned, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str]
    role: Mapped[UserRole] = mapped_column(enum_column(UserRole), default=UserRole.SALES)
    active: Mapped[bool] = mapped_column(default=True)
    # An argon2id hash; an administrator with a password switches sign-in on.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    # Consecutive failed sign-ins and the last one: each further failure waits longer.
    failed_sign_ins: Mapped[int] = mapped_column(default=0, server_default="0")
    last_failed_sign_in: Mapped[datetime | None]


# Customers a sales user may see besides their own (分级管理).
customer_shares = Table(
    "customer_shares",
    Base.metadata,
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("created_at", DateTime, nullable=False, default=now),
    Index("ix_customer_shares_user_id", "user_id"),
)


customer_tags = Table(
    "customer_tags",
    Base.metadata,
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Column("created_at", DateTime, nullable=False, default=now),  # when the tag was put on
)


class Tag(Timestamped, Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)


class Customer(Versioned, Base):
    __tablename__ = "customers"
    __table_args__ = (
        Index("ix_customers_status_contacts", "status", "activity_count"),
        Index("ix_customers_owner_id", "owner_id"),
        Index("ix_customers_name_pinyin", "name_pinyin"),
        # The analytics rank every live customer: their ids without reading the table.
        Index("ix_customers_live", "id", sqlite_where=LIVE, postgresql_where=LIVE),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[CustomerKind] = mapped_column(enum_column(CustomerKind))
    name: Mapped[str] = mapped_column(index=True)
    name_pinyin: Mapped[str] = mapped_column(default="")
    name_initials: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[CustomerStatus] = mapped_column(enum_column(CustomerStatus))
    lifecycle_stage: Mapped[LifecycleStage] = mapped_column(enum_column(LifecycleStage))
    source: Mapped[CustomerSource | None] = mapped_column(enum_column(CustomerSource))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    tier: Mapped[Tier | None] = mapped_column(enum_column(Tier))
    tier_override: Mapped[Tier | None] = mapped_column(enum_column(Tier))
    credit_rating: Mapped[CreditRating | None] = mapped_column(enum_column(CreditRating))
    phone: Mapped[str | None] = mapped_column(String(32))
    mobile: Mapped[str | None] = mapped_column(String(32))
    fax: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None]
    address: Mapped[str | None] = mapped_column(String(400))
    region: Mapped[str | None] = mapped_column(String(64))
    postal_code: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str | None] = mapped_column(Text)
    man_money: Mapped[bool] = mapped_column(default=False)
    man_authority: Mapped[bool] = mapped_column(default=False)
    man_need: Mapped[bool] = mapped_column(default=False)
    deleted_at: Mapped[datetime | None]
    # Kept by database triggers on activities (migration 0006), so every way of writing
    # activities keeps them right; the workbench reads them instead of 1M activities.
    last_contact_at: Mapped[datetime | None] = mapped_column(index=True)
    activity_count: Mapped[int] = mapped_column(default=0, server_default="0")

    # individual
    gender: Mapped[Gender | None] = mapped_column(enum_column(Gender))
    birthday: Mapped[date | None]
    id_number: Mapped[str | None] = mapped_column(String(32))
    blood_type: Mapped[str | None] = mapped_column(String(8))
    temperament: Mapped[str | None] = mapped_column(String(64))
    marital_status: Mapped[MaritalStatus | None] = mapped_column(enum_column(MaritalStatus))
    spouse_name: Mapped[str | None]
    children: Mapped[str | None] = mapped_column(Text)
    employer: Mapped[str | None]
    position: Mapped[str | None]
    income_band: Mapped[str | None] = mapped_column(String(64))
    purchase_motives: Mapped[str | None] = mapped_column(Text)
    lifestyle: Mapped[str | None] = mapped_column(Text)
    preferences: Mapped[str | None] = mapped_column(Text)

    # organisation
    founded_on: Mapped[date | None]
    industry: Mapped[str | None] = mapped_column(String(64))
    employees: Mapped[int | None]
    business_scope: Mapped[str | None] = mapped_column(Text)
    sales_ability: Mapped[str | None] = mapped_column(Text)
    performance: Mapped[str | None] = mapped_column(Text)
    potential: Mapped[str | None] = mapped_column(Text)
    problems: Mapped[str | None] = mapped_column(Text)
    trade_terms: Mapped[str | None] = mapped_column(Text)
    relationship_closeness: Mapped[int | None]
    cooperation_willingness: Mapped[int | None]

    tags: Mapped[list[Tag]] = relationship(secondary=customer_tags, lazy="selectin")
    owner: Mapped[User | None] = relationship(lazy="joined")


class CustomerSearch(Base):
    """One searchable document per customer: names, pinyin, code, phone numbers in
    several forms, e-mail, and its contacts. Indexed by FTS5 trigram on SQLite and a
    trigram GIN index on PostgreSQL (migration 0002); kept current by storage.search."""

    __tablename__ = "customer_search"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    document: Mapped[str] = mapped_column(Text)
    # Name, initials and contact names: the words whose grams storage.gram_index holds,
    # kept so that the grams written for a customer can be found again and replaced.
    short_keys: Mapped[str] = mapped_column(Text)


class SearchGram(Base):
    """Each 1- and 2-character piece of a customer's short keys: terms too short for the
    trigram index are looked up here instead of scanning every customer (migration 0004).
    PostgreSQL only: SQLite keeps the grams in FTS5 (0015, storage.gram_index).
    No foreign key: finding a customer's grams by id would need a second index as large
    as this one, so storage.search removes them by the short keys they came from."""

    __tablename__ = "customer_search_grams"
    __table_args__: ClassVar[dict] = {"sqlite_with_rowid": False}

    gram: Mapped[str] = mapped_column(String(2), primary_key=True)
    customer_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)


class Contact(Versioned, Base):
    __tablename__ = "contacts"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str]
    name_pinyin: Mapped[str] = mapped_column(default="")
    title: Mapped[str | None] = mapped_column(String(64))
    department: Mapped[str | None] = mapped_column(String(64))
    buying_role: Mapped[BuyingRole | None] = mapped_column(enum_column(BuyingRole))
    phone: Mapped[str | None] = mapped_column(String(32))
    mobile: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    birthday: Mapped[date | None]
    character: Mapped[str | None] = mapped_column(Text)  # key people: character, hobbies
    hobbies: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    is_primary: Mapped[bool] = mapped_column(default=False)


class Activity(Versioned, Base):
    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_customer_time", "customer_id", "occurred_at"),
        # With the channel: the distribution counts a year of activities per channel
        # from the index alone, not with a table lookup each (0.6 s → 0.15 s).
        Index("ix_activities_occurred_at", "occurred_at", "channel"),
        # Open follow-ups by due date: those done are skipped by the first column.
        Index("ix_activities_open_follow_up", "follow_up_done_at", "next_follow_up"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    direction: Mapped[Direction] = mapped_column(enum_column(Direction))
    occurred_at: Mapped[datetime]
    subject: Mapped[str]
    content: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    next_follow_up: Mapped[date | None]
    follow_up_assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    follow_up_done_at: Mapped[datetime | None]
    follow_up_notified_at: Mapped[datetime | None]


class Transaction(Versioned, Base):
    __tablename__ = "transactions"
    __table_args__ = (
        # Covering index for RFM and value aggregates (design.md: 3.2 s → 0.16 s over 1M rows).
        Index(
            "ix_transactions_customer_value",
            "customer_id",
            "occurred_on",
            "amount",
            "gross_profit",
        ),
        # With the amount: the distribution's revenue per day streams from the index
        # alone, in date order (a month of each sale sorted every sale: 0.9 s → 0.1 s).
        Index("ix_transactions_occurred_on", "occurred_on", "amount"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    occurred_on: Mapped[date]
    amount: Mapped[Decimal]
    gross_profit: Mapped[Decimal | None]
    product: Mapped[str | None]
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(14, 3))
    notes: Mapped[str | None] = mapped_column(Text)


class Complaint(Versioned, Base):
    """A complaint and its handling (domain.md §4); core.complaint describes the fields."""

    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_customer_received", "customer_id", "received_at"),
        Index("ix_complaints_status", "status"),
        Index("ix_complaints_received_at", "received_at"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    received_at: Mapped[datetime]
    category: Mapped[str] = mapped_column(String(50))
    level: Mapped[ComplaintLevel] = mapped_column(enum_column(ComplaintLevel))
    customer_words: Mapped[str] = mapped_column(Text)
    key_points: Mapped[str | None] = mapped_column(Text)
    stands: Mapped[bool | None]
    validity_reason: Mapped[str | None] = mapped_column(Text)
    cause: Mapped[ComplaintCause | None] = mapped_column(enum_column(ComplaintCause))
    explanation: Mapped[str | None] = mapped_column(Text)
    solution: Mapped[str | None] = mapped_column(Text)
    compensation: Mapped[Compensation | None] = mapped_column(enum_column(Compensation))
    compensation_amount: Mapped[Decimal | None]
    accepted: Mapped[bool | None]
    follow_up_on: Mapped[date | None]
    satisfaction: Mapped[int | None]
    findings: Mapped[str | None] = mapped_column(Text)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    escalated: Mapped[bool] = mapped_column(default=False)
    step: Mapped[int] = mapped_column(default=1)
    status: Mapped[ComplaintStatus] = mapped_column(enum_column(ComplaintStatus))
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaints.id", ondelete="SET NULL")
    )
    first_response_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    paused_since: Mapped[datetime | None]
    paused_seconds: Mapped[int] = mapped_column(default=0)
    first_response_due: Mapped[datetime]
    resolution_due: Mapped[datetime]


class ComplaintEvent(Base):
    """One step saved or status change of a complaint: who, when, what. Never changed."""

    __tablename__ = "complaint_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    step: Mapped[int | None]  # a wizard step saved, or None for a status change
    from_status: Mapped[ComplaintStatus | None] = mapped_column(enum_column(ComplaintStatus))
    to_status: Mapped[ComplaintStatus] = mapped_column(enum_column(ComplaintStatus))
    note: Mapped[str | None] = mapped_column(Text)


class SurveyDimension(Base):
    """A question of the satisfaction questionnaire (domain.md §6), in asking order."""

    __tablename__ = "survey_dimensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    group: Mapped[SurveyGroup] = mapped_column(enum_column(SurveyGroup))
    name_zh: Mapped[str] = mapped_column(String(64))
    name_en: Mapped[str] = mapped_column(String(64))
    position: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)


def _overall_c_of_insert(context) -> float | None:
    return overall_c(context.get_current_parameters()["answers"])


class Survey(Versioned, Base):
    """A satisfaction survey: expectation and perception per question, by code."""

    __tablename__ = "surveys"
    __table_args__ = (
        Index("ix_surveys_customer_taken", "customer_id", "taken_on"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    taken_on: Mapped[date]
    # {dimension code: [expectation a, perception b]}: one read gives the whole survey.
    answers: Mapped[dict] = mapped_column(JSON)
    # c = Σb / Σa of the answers, kept with them: the churn warning reads this number
    # instead of decoding 40 000 surveys' JSON (1.4 s). Surveys are never edited.
    overall_c: Mapped[float | None] = mapped_column(default=_overall_c_of_insert)
    overall_score: Mapped[int | None]
    would_recommend: Mapped[bool | None]
    comment: Mapped[str | None] = mapped_column(Text)
    source: Mapped[SurveySource] = mapped_column(enum_column(SurveySource))
    complaint_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaints.id", ondelete="SET NULL")
    )
    recorded_by: Mapped[str | None] = mapped_column(String(64))


class Opportunity(Versioned, Base):
    """A sales opportunity (domain.md §8); core.opportunity describes the fields."""

    __tablename__ = "opportunities"
    __table_args__ = (
        Index("ix_opportunities_customer_id", "customer_id"),
        Index("ix_opportunities_stage_close", "stage", "expected_close"),
        Index("ix_opportunities_owner_id", "owner_id"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    title: Mapped[str]
    product: Mapped[str | None]
    amount: Mapped[Decimal]
    # A code of the database's stages (core.opportunity.Stage), which it may rename.
    stage: Mapped[str] = mapped_column(String(32))
    probability: Mapped[int | None]  # the owner's own; None takes the stage's
    expected_close: Mapped[date | None]
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    source: Mapped[CustomerSource | None] = mapped_column(enum_column(CustomerSource))
    competitor: Mapped[str | None]
    lost_reason: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("transactions.id", ondelete="SET NULL"))


class OpportunityEvent(Base):
    """An opportunity opened or moved to another stage: who, when, from and to, at
    what probability. Never changed."""

    __tablename__ = "opportunity_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    from_stage: Mapped[str | None] = mapped_column(String(32))
    to_stage: Mapped[str] = mapped_column(String(32))
    probability: Mapped[int]
    note: Mapped[str | None] = mapped_column(Text)


class ChurnEvent(Base):
    """A customer marked lost, or won back, with why and how. Never changed."""

    __tablename__ = "churn_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[ChurnOutcome] = mapped_column(enum_column(ChurnOutcome))
    cause: Mapped[ChurnCause | None] = mapped_column(enum_column(ChurnCause))
    status_before: Mapped[CustomerStatus] = mapped_column(enum_column(CustomerStatus))
    note: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    """Who changed what, when: one row per changed field (old → new). Rows are never
    changed after they are written, so created_at is all the time they carry."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int]
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction))
    field: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class CodeSequence(Timestamped, Base):
    """Next number per code series; numbers are never handed out twice."""

    __tablename__ = "code_sequences"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    next_value: Mapped[int]


class AppSetting(Timestamped, Base):
    """Settings that belong to the database, shared by everyone who opens it."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CustomerMerge(Base):
    """One merge of two files (domain.md §1): what moved to the survivor and which of
    its fields took the other file's value, so the merge can be shown and undone."""

    __tablename__ = "customer_merges"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    survivor_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    absorbed_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    moved: Mapped[str] = mapped_column(Text)  # JSON: entity → ids moved to the survivor
    survivor_changes: Mapped[str] = mapped_column(Text)  # JSON: field → [old, new] as text
    undone_at: Mapped[datetime | None]


class SavedView(Timestamped, Base):
    """A named list view (search, filters, columns, sort) that one user saved."""

    __tablename__ = "saved_views"
    __table_args__ = (UniqueConstraint("user_id", "list_key", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    list_key: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(64))
    definition: Mapped[str] = mapped_column(Text)  # JSON, see core.views


class ImportBatch(Base):
    """One committed import: the rows it inserted and the fields it changed (old → new,
    as audit text), so the last import can be undone."""

    __tablename__ = "import_batches"
    __table_args__ = (NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))  # core.imports.ImportKind
    file_name: Mapped[str] = mapped_column(String(260))
    created: Mapped[str] = mapped_column(Text)  # JSON: ids of the rows inserted
    created_customers: Mapped[str] = mapped_column(Text)  # JSON: files made for missing names
    updated: Mapped[str] = mapped_column(Text)  # JSON: id → field → [old, new] as text
    undone_at: Mapped[datetime | None]
