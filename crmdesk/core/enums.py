"""The closed vocabularies of domain.md, stored by their English value.

Labels shown to users (zh_CN and English) live in the UI layer; these values are what
the database, the command line and spreadsheets use.
"""

from enum import StrEnum


class CustomerKind(StrEnum):
    INDIVIDUAL = "individual"
    ORGANIZATION = "organization"


class CustomerStatus(StrEnum):
    """Closeness of the relationship (客户状态), domain.md §2."""

    NON_CUSTOMER = "non_customer"
    PROSPECT = "prospect"
    TARGET = "target"
    FIRST_TIME = "first_time"
    REPEAT = "repeat"
    LOYAL = "loyal"
    LOST = "lost"


class LifecycleStage(StrEnum):
    """客户生命周期, domain.md §2."""

    ACQUISITION = "acquisition"
    GROWTH = "growth"
    MATURITY = "maturity"
    DECLINE = "decline"
    TERMINATION = "termination"


class CustomerSource(StrEnum):
    """Where a file came from (客户来源), domain.md §1."""

    OLD_RECORDS = "old_records"
    REFERRAL = "referral"
    OPINION_LEADER = "opinion_leader"
    MEETING = "meeting"
    SEARCH_ENGINE = "search_engine"
    DIRECTORY = "directory"
    WEB_INQUIRY = "web_inquiry"
    ADVERTISING = "advertising"
    OTHER = "other"


class Tier(StrEnum):
    """The customer pyramid, top to bottom (客户金字塔), domain.md §5."""

    VIP = "vip"
    MAJOR = "major"
    ORDINARY = "ordinary"
    SMALL = "small"


class CreditRating(StrEnum):
    AAA = "AAA"
    AA = "AA"
    A = "A"
    B = "B"
    C = "C"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class MaritalStatus(StrEnum):
    SINGLE = "single"
    MARRIED = "married"
    DIVORCED = "divorced"
    WIDOWED = "widowed"


class BuyingRole(StrEnum):
    """A contact's part in a purchase (人脉关系表), domain.md §1."""

    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    PURCHASER = "purchaser"
    USER = "user"
    OTHER = "other"


class Channel(StrEnum):
    """How an activity happened, domain.md §3."""

    FACE_TO_FACE = "face_to_face"
    VISIT = "visit"
    PHONE = "phone"
    LETTER = "letter"
    EMAIL = "email"
    WEBSITE = "website"
    MESSAGE = "message"
    MEETING = "meeting"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class UserRole(StrEnum):
    """Graded access (分级管理): what a member of staff may see and change."""

    ADMIN = "admin"
    MANAGER = "manager"
    SALES = "sales"
    READ_ONLY = "read_only"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    PURGE = "purge"
    MERGE = "merge"
    UNMERGE = "unmerge"


class ComplaintStatus(StrEnum):
    """Where a complaint stands in its handling (domain.md §4); see complaint_flow."""

    NEW = "new"
    INVESTIGATING = "investigating"
    REJECTED = "rejected"  # closed: it does not stand, explained to the customer
    AWAITING_CUSTOMER = "awaiting_customer"  # a solution is proposed
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"  # fixed, awaiting the follow-up
    CLOSED = "closed"
    DUPLICATE = "duplicate"
    CANCELLED = "cancelled"


class ComplaintLevel(StrEnum):
    """投诉级别, each with its own deadlines."""

    ORDINARY = "ordinary"  # 一般
    SERIOUS = "serious"  # 严重
    MAJOR = "major"  # 重大


class ComplaintCause(StrEnum):
    # the firm's side
    PRODUCT = "product"
    SERVICE = "service"
    STAFF = "staff"
    ENVIRONMENT = "environment"
    # the customer's side
    MISUSE = "misuse"  # 使用不当
    EXPECTATIONS = "expectations"  # 期望过高


class Compensation(StrEnum):
    """补偿 offered with a solution."""

    REFUND = "refund"
    REPLACEMENT = "replacement"
    REPAIR = "repair"
    DISCOUNT = "discount"
    GIFT = "gift"
    APOLOGY = "apology"


class ChurnOutcome(StrEnum):
    """What became of a customer at risk (domain.md §7: 流失 and 挽回)."""

    LOST = "lost"
    WON_BACK = "won_back"


class ChurnCause(StrEnum):
    """Why a customer left: actively, for better value elsewhere, or passively."""

    COMPETITOR = "competitor"  # active: went to a competitor
    PRICE = "price"  # active: better value elsewhere
    DISSATISFIED = "dissatisfied"  # active: our product or service let them down
    CREDIT = "credit"  # passive: credit failure
    MOVED = "moved"  # passive: moved away
    CLOSED_DOWN = "closed_down"  # passive: the business closed
    OTHER = "other"


class SurveyGroup(StrEnum):
    """What a satisfaction question is about (domain.md §6)."""

    CORE_PRODUCT = "core_product"  # 核心产品
    SERVICE_SUPPORT = "service_support"  # 服务支持
    RELATIONSHIP = "relationship"  # 情感关系


class SurveySource(StrEnum):
    """How a survey reached the file."""

    FORM = "form"  # entered on the customer file
    FOLLOW_UP = "follow_up"  # asked during a follow-up
    COMPLAINT = "complaint"  # asked after a complaint was closed
    IMPORT = "import"


class LoyaltyType(StrEnum):
    """Attitude × behaviour (domain.md §6)."""

    NONE = "none"  # 无忠诚: low attitude, low repeat buying
    LATENT = "latent"  # 潜在忠诚: high attitude, low repeat buying
    INERTIAL = "inertial"  # 惯性忠诚: low attitude, high repeat buying — fragile
    TRUE = "true"  # 真正忠诚: high attitude, high repeat buying


class SegmentBy(StrEnum):
    """What customers are grouped by when a measure is shown per segment."""

    TIER = "tier"
    REGION = "region"
    INDUSTRY = "industry"
    OWNER = "owner"
