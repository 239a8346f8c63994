"""What users read for each stored enum value, in their language."""

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crmdesk.analytics.choices import Action, Quadrant, Reason
from crmdesk.core.complaint_sla import SlaState
from crmdesk.core.enums import (
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
    LoyaltyType,
    MaritalStatus,
    SegmentBy,
    SurveyGroup,
    SurveySource,
    Tier,
    UserRole,
)
from crmdesk.core.satisfaction import Verdict
from crmdesk.ui.i18n import sheet_language

CONTEXT = "Labels"
# Complaint levels share words with the tiers ("Major") but not their translation.
_CONTEXTS = {ComplaintLevel: "ComplaintLevel"}

# Keyed by (enum, value): members of different enums can share a value ("other").
_SOURCE_TEXT: dict[tuple[type, str], str] = {
    (type(member), member.value): text
    for member, text in (
        (CustomerKind.INDIVIDUAL, QT_TRANSLATE_NOOP("Labels", "Individual")),
        (CustomerKind.ORGANIZATION, QT_TRANSLATE_NOOP("Labels", "Organisation")),
        (CustomerStatus.NON_CUSTOMER, QT_TRANSLATE_NOOP("Labels", "Non-customer")),
        (CustomerStatus.PROSPECT, QT_TRANSLATE_NOOP("Labels", "Prospect")),
        (CustomerStatus.TARGET, QT_TRANSLATE_NOOP("Labels", "Target")),
        (CustomerStatus.FIRST_TIME, QT_TRANSLATE_NOOP("Labels", "First-time buyer")),
        (CustomerStatus.REPEAT, QT_TRANSLATE_NOOP("Labels", "Repeat buyer")),
        (CustomerStatus.LOYAL, QT_TRANSLATE_NOOP("Labels", "Loyal")),
        (CustomerStatus.LOST, QT_TRANSLATE_NOOP("Labels", "Lost")),
        (LifecycleStage.ACQUISITION, QT_TRANSLATE_NOOP("Labels", "Acquisition")),
        (LifecycleStage.GROWTH, QT_TRANSLATE_NOOP("Labels", "Growth")),
        (LifecycleStage.MATURITY, QT_TRANSLATE_NOOP("Labels", "Maturity")),
        (LifecycleStage.DECLINE, QT_TRANSLATE_NOOP("Labels", "Decline")),
        (LifecycleStage.TERMINATION, QT_TRANSLATE_NOOP("Labels", "Termination")),
        (CustomerSource.OLD_RECORDS, QT_TRANSLATE_NOOP("Labels", "Old customer records")),
        (CustomerSource.REFERRAL, QT_TRANSLATE_NOOP("Labels", "Referral")),
        (CustomerSource.OPINION_LEADER, QT_TRANSLATE_NOOP("Labels", "Opinion leader")),
        (CustomerSource.MEETING, QT_TRANSLATE_NOOP("Labels", "Meeting or fair")),
        (CustomerSource.SEARCH_ENGINE, QT_TRANSLATE_NOOP("Labels", "Search engine")),
        (CustomerSource.DIRECTORY, QT_TRANSLATE_NOOP("Labels", "Online directory")),
        (CustomerSource.WEB_INQUIRY, QT_TRANSLATE_NOOP("Labels", "Web inquiry")),
        (CustomerSource.ADVERTISING, QT_TRANSLATE_NOOP("Labels", "Advertising")),
        (CustomerSource.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
        (Tier.VIP, QT_TRANSLATE_NOOP("Labels", "VIP")),
        (Tier.MAJOR, QT_TRANSLATE_NOOP("Labels", "Major")),
        (Tier.ORDINARY, QT_TRANSLATE_NOOP("Labels", "Ordinary")),
        (Tier.SMALL, QT_TRANSLATE_NOOP("Labels", "Small")),
        (CreditRating.AAA, QT_TRANSLATE_NOOP("Labels", "AAA")),
        (CreditRating.AA, QT_TRANSLATE_NOOP("Labels", "AA")),
        (CreditRating.A, QT_TRANSLATE_NOOP("Labels", "A")),
        (CreditRating.B, QT_TRANSLATE_NOOP("Labels", "B")),
        (CreditRating.C, QT_TRANSLATE_NOOP("Labels", "C")),
        (Gender.FEMALE, QT_TRANSLATE_NOOP("Labels", "Female")),
        (Gender.MALE, QT_TRANSLATE_NOOP("Labels", "Male")),
        (Gender.OTHER, QT_TRANSLATE_NOOP("Labels", "Other gender")),
        (MaritalStatus.SINGLE, QT_TRANSLATE_NOOP("Labels", "Single")),
        (MaritalStatus.MARRIED, QT_TRANSLATE_NOOP("Labels", "Married")),
        (MaritalStatus.DIVORCED, QT_TRANSLATE_NOOP("Labels", "Divorced")),
        (MaritalStatus.WIDOWED, QT_TRANSLATE_NOOP("Labels", "Widowed")),
        (BuyingRole.DECISION_MAKER, QT_TRANSLATE_NOOP("Labels", "Decision maker")),
        (BuyingRole.INFLUENCER, QT_TRANSLATE_NOOP("Labels", "Influencer")),
        (BuyingRole.PURCHASER, QT_TRANSLATE_NOOP("Labels", "Purchaser")),
        (BuyingRole.USER, QT_TRANSLATE_NOOP("Labels", "User")),
        (BuyingRole.OTHER, QT_TRANSLATE_NOOP("Labels", "Other role")),
        (Channel.FACE_TO_FACE, QT_TRANSLATE_NOOP("Labels", "Face to face")),
        (Channel.VISIT, QT_TRANSLATE_NOOP("Labels", "Visit")),
        (Channel.PHONE, QT_TRANSLATE_NOOP("Labels", "Phone")),
        (Channel.LETTER, QT_TRANSLATE_NOOP("Labels", "Letter")),
        (Channel.EMAIL, QT_TRANSLATE_NOOP("Labels", "E-mail")),
        (Channel.WEBSITE, QT_TRANSLATE_NOOP("Labels", "Website")),
        (Channel.MESSAGE, QT_TRANSLATE_NOOP("Labels", "SMS / chat")),
        (Channel.MEETING, QT_TRANSLATE_NOOP("Labels", "Meeting")),
        (Direction.INBOUND, QT_TRANSLATE_NOOP("Labels", "Inbound")),
        (Direction.OUTBOUND, QT_TRANSLATE_NOOP("Labels", "Outbound")),
        (UserRole.ADMIN, QT_TRANSLATE_NOOP("Labels", "Administrator")),
        (UserRole.MANAGER, QT_TRANSLATE_NOOP("Labels", "Manager")),
        (UserRole.SALES, QT_TRANSLATE_NOOP("Labels", "Sales")),
        (UserRole.READ_ONLY, QT_TRANSLATE_NOOP("Labels", "Read-only")),
        (ComplaintStatus.NEW, QT_TRANSLATE_NOOP("Labels", "New")),
        (ComplaintStatus.INVESTIGATING, QT_TRANSLATE_NOOP("Labels", "Investigating")),
        (ComplaintStatus.REJECTED, QT_TRANSLATE_NOOP("Labels", "Rejected (does not stand)")),
        (ComplaintStatus.AWAITING_CUSTOMER, QT_TRANSLATE_NOOP("Labels", "Awaiting customer")),
        (ComplaintStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
        (ComplaintStatus.RESOLVED, QT_TRANSLATE_NOOP("Labels", "Resolved, awaiting follow-up")),
        (ComplaintStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
        (ComplaintStatus.DUPLICATE, QT_TRANSLATE_NOOP("Labels", "Duplicate")),
        (ComplaintStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
        (ComplaintLevel.ORDINARY, QT_TRANSLATE_NOOP("ComplaintLevel", "Ordinary")),
        (ComplaintLevel.SERIOUS, QT_TRANSLATE_NOOP("ComplaintLevel", "Serious")),
        (ComplaintLevel.MAJOR, QT_TRANSLATE_NOOP("ComplaintLevel", "Major")),
        (ComplaintCause.PRODUCT, QT_TRANSLATE_NOOP("Labels", "Product quality (ours)")),
        (ComplaintCause.SERVICE, QT_TRANSLATE_NOOP("Labels", "Service quality (ours)")),
        (ComplaintCause.STAFF, QT_TRANSLATE_NOOP("Labels", "Staff (ours)")),
        (ComplaintCause.ENVIRONMENT, QT_TRANSLATE_NOOP("Labels", "Environment (ours)")),
        (ComplaintCause.MISUSE, QT_TRANSLATE_NOOP("Labels", "Misuse (customer)")),
        (
            ComplaintCause.EXPECTATIONS,
            QT_TRANSLATE_NOOP("Labels", "Expectations too high (customer)"),
        ),
        (Compensation.REFUND, QT_TRANSLATE_NOOP("Labels", "Refund")),
        (Compensation.REPLACEMENT, QT_TRANSLATE_NOOP("Labels", "Replacement")),
        (Compensation.REPAIR, QT_TRANSLATE_NOOP("Labels", "Repair")),
        (Compensation.DISCOUNT, QT_TRANSLATE_NOOP("Labels", "Discount")),
        (Compensation.GIFT, QT_TRANSLATE_NOOP("Labels", "Gift")),
        (Compensation.APOLOGY, QT_TRANSLATE_NOOP("Labels", "Apology")),
        (ChurnOutcome.LOST, QT_TRANSLATE_NOOP("Labels", "Marked lost")),
        (ChurnOutcome.WON_BACK, QT_TRANSLATE_NOOP("Labels", "Won back")),
        (ChurnCause.COMPETITOR, QT_TRANSLATE_NOOP("Labels", "Went to a competitor")),
        (ChurnCause.PRICE, QT_TRANSLATE_NOOP("Labels", "Better value elsewhere")),
        (ChurnCause.DISSATISFIED, QT_TRANSLATE_NOOP("Labels", "Dissatisfied with us")),
        (ChurnCause.CREDIT, QT_TRANSLATE_NOOP("Labels", "Credit failure")),
        (ChurnCause.MOVED, QT_TRANSLATE_NOOP("Labels", "Moved away")),
        (ChurnCause.CLOSED_DOWN, QT_TRANSLATE_NOOP("Labels", "Closed down")),
        (ChurnCause.OTHER, QT_TRANSLATE_NOOP("Labels", "Other reason")),
        (Reason.OPEN_COMPLAINT, QT_TRANSLATE_NOOP("Labels", "Open complaint")),
        (Reason.BADLY_HANDLED_COMPLAINT, QT_TRANSLATE_NOOP("Labels", "Complaint badly handled")),
        (Reason.FALLING_SATISFACTION, QT_TRANSLATE_NOOP("Labels", "Satisfaction falling")),
        (
            Reason.FRAGILE_LOYALTY,
            QT_TRANSLATE_NOOP("Labels", "Buys out of habit, and less or late"),
        ),
        (Reason.PROBABLY_INACTIVE, QT_TRANSLATE_NOOP("Labels", "Probably no longer buying")),
        (Reason.OVERDUE_PURCHASE, QT_TRANSLATE_NOOP("Labels", "Purchase long overdue")),
        (Reason.FALLING_SPEND, QT_TRANSLATE_NOOP("Labels", "Spending less")),
        (Reason.LONG_SILENCE, QT_TRANSLATE_NOOP("Labels", "No contact for long")),
        (Action.RESOLVE_COMPLAINT, QT_TRANSLATE_NOOP("Labels", "Resolve the open complaint")),
        (Action.MAKE_GOOD, QT_TRANSLATE_NOOP("Labels", "Apologise and make it good")),
        (Action.ASK_WHAT_DISAPPOINTED, QT_TRANSLATE_NOOP("Labels", "Ask what disappointed them")),
        (Action.WIN_THEM_OVER, QT_TRANSLATE_NOOP("Labels", "Give them a reason to stay")),
        (Action.WIN_BACK_OFFER, QT_TRANSLATE_NOOP("Labels", "Call with a win-back offer")),
        (Action.VISIT_ABOUT_SPEND, QT_TRANSLATE_NOOP("Labels", "Visit: why are they buying less?")),
        (Action.GET_IN_TOUCH, QT_TRANSLATE_NOOP("Labels", "Get back in touch")),
        (Quadrant.MOST_VALUABLE, QT_TRANSLATE_NOOP("Labels", "Most valuable")),
        (Quadrant.MOST_GROWABLE, QT_TRANSLATE_NOOP("Labels", "Most growable")),
        (Quadrant.MAINTAIN, QT_TRANSLATE_NOOP("Labels", "Maintain")),
        (Quadrant.LET_GO, QT_TRANSLATE_NOOP("Labels", "Let go")),
        (SlaState.ON_TIME, QT_TRANSLATE_NOOP("Labels", "on time")),
        (SlaState.DUE_SOON, QT_TRANSLATE_NOOP("Labels", "due soon")),
        (SlaState.OVERDUE, QT_TRANSLATE_NOOP("Labels", "overdue")),
        (SlaState.PAUSED, QT_TRANSLATE_NOOP("Labels", "paused, awaiting the customer")),
        (SlaState.MET, QT_TRANSLATE_NOOP("Labels", "met")),
        (SlaState.FAILED, QT_TRANSLATE_NOOP("Labels", "failed")),
        (SlaState.NOT_APPLICABLE, QT_TRANSLATE_NOOP("Labels", "not counted")),
        (SurveyGroup.CORE_PRODUCT, QT_TRANSLATE_NOOP("Labels", "Core product")),
        (SurveyGroup.SERVICE_SUPPORT, QT_TRANSLATE_NOOP("Labels", "Service support")),
        (SurveyGroup.RELATIONSHIP, QT_TRANSLATE_NOOP("Labels", "Relationship")),
        (SurveySource.FORM, QT_TRANSLATE_NOOP("Labels", "Customer file")),
        (SurveySource.FOLLOW_UP, QT_TRANSLATE_NOOP("Labels", "Follow-up")),
        (SurveySource.COMPLAINT, QT_TRANSLATE_NOOP("Labels", "After a complaint")),
        (SurveySource.IMPORT, QT_TRANSLATE_NOOP("Labels", "Imported")),
        (LoyaltyType.NONE, QT_TRANSLATE_NOOP("Labels", "No loyalty")),
        (LoyaltyType.LATENT, QT_TRANSLATE_NOOP("Labels", "Latent loyalty")),
        (LoyaltyType.INERTIAL, QT_TRANSLATE_NOOP("Labels", "Inertial loyalty")),
        (LoyaltyType.TRUE, QT_TRANSLATE_NOOP("Labels", "True loyalty")),
        (Verdict.DELIGHTED, QT_TRANSLATE_NOOP("Labels", "delighted")),
        (Verdict.MET, QT_TRANSLATE_NOOP("Labels", "expectation met")),
        (Verdict.DISAPPOINTED, QT_TRANSLATE_NOOP("Labels", "disappointed")),
        (SegmentBy.TIER, QT_TRANSLATE_NOOP("Labels", "Tier")),
        (SegmentBy.REGION, QT_TRANSLATE_NOOP("Labels", "Region")),
        (SegmentBy.INDUSTRY, QT_TRANSLATE_NOOP("Labels", "Industry")),
        (SegmentBy.OWNER, QT_TRANSLATE_NOOP("Labels", "Owner")),
    )
}

# The built-in complaint categories; those a database adds are shown as typed.
_CATEGORY_TEXT = {
    "quality": QT_TRANSLATE_NOOP("Labels", "Product quality"),
    "late_delivery": QT_TRANSLATE_NOOP("Labels", "Late delivery"),
    "specification": QT_TRANSLATE_NOOP("Labels", "Wrong specification"),
    "packaging": QT_TRANSLATE_NOOP("Labels", "Packaging"),
    "service": QT_TRANSLATE_NOOP("Labels", "Service attitude or level"),
    "billing": QT_TRANSLATE_NOOP("Labels", "Billing"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

LABELLED_ENUMS = (
    CustomerKind,
    CustomerStatus,
    LifecycleStage,
    CustomerSource,
    Tier,
    CreditRating,
    Gender,
    MaritalStatus,
    BuyingRole,
    Channel,
    Direction,
    UserRole,
    ComplaintStatus,
    ComplaintLevel,
    ComplaintCause,
    Compensation,
    SlaState,
    ChurnOutcome,
    ChurnCause,
    Reason,
    Action,
    Quadrant,
    SurveyGroup,
    SurveySource,
    LoyaltyType,
    Verdict,
    SegmentBy,
)


def label(value: StrEnum | None) -> str:
    """The user's word for an enum value; empty for None."""
    if value is None:
        return ""
    text = _SOURCE_TEXT[(type(value), value.value)]
    return QCoreApplication.translate(_CONTEXTS.get(type(value), CONTEXT), text)


def segment_label(key: str) -> str:
    """A segment's name: a tier in the user's words; a region, industry or owner as is."""
    return label(Tier(key)) if key in set(Tier) else key


def category_label(category: str) -> str:
    text = _CATEGORY_TEXT.get(category)
    return QCoreApplication.translate(CONTEXT, text) if text else category


# The complaint wizard's four steps (domain.md §4), by number.
_STEP_TEXT = {
    1: QT_TRANSLATE_NOOP("Labels", "Listen"),
    2: QT_TRANSLATE_NOOP("Labels", "Record and judge"),
    3: QT_TRANSLATE_NOOP("Labels", "Solution and compensation"),
    4: QT_TRANSLATE_NOOP("Labels", "Follow-up"),
}


def step_title(step: int) -> str:
    return QCoreApplication.translate(CONTEXT, _STEP_TEXT[step])


# The pyramid's tiers by their other names (domain.md §5).
_METAL_TEXT = {
    Tier.VIP: QT_TRANSLATE_NOOP("Labels", "Platinum"),
    Tier.MAJOR: QT_TRANSLATE_NOOP("Labels", "Gold"),
    Tier.ORDINARY: QT_TRANSLATE_NOOP("Labels", "Iron"),
    Tier.SMALL: QT_TRANSLATE_NOOP("Labels", "Lead"),
}


def tier_name(tier: Tier, metal: bool) -> str:
    return QCoreApplication.translate(CONTEXT, _METAL_TEXT[tier]) if metal else label(tier)


def stage_name(stage) -> str:
    """A pipeline stage (core.opportunity.Stage) in the interface's language."""
    return stage.name(sheet_language())
