"""Which customer fields the form shows, in which section, with which editor."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crmdesk.core.contact_info import display_phone
from crmdesk.core.enums import (
    CreditRating,
    CustomerKind,
    CustomerSource,
    CustomerStatus,
    Gender,
    LifecycleStage,
    MaritalStatus,
    Tier,
)
from crmdesk.core.merge import MERGED_INTO, MERGED_WITH
from crmdesk.ui.formatting import format_date
from crmdesk.ui.labels import label
from crmdesk.ui.widgets.field_editors import (
    ChoiceEditor,
    DateEditor,
    FieldEditor,
    FlagEditor,
    NumberEditor,
    OwnerEditor,
    TagsEditor,
    TextEditor,
)

CONTEXT = "CustomerForm"


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the core.Customer field
    label: str  # source text, translated in CONTEXT
    editor: Callable[[], FieldEditor]
    section: str


BASIC = QT_TRANSLATE_NOOP("CustomerForm", "Customer")
CONTACT = QT_TRANSLATE_NOOP("CustomerForm", "How to reach")
QUALIFICATION = QT_TRANSLATE_NOOP("CustomerForm", "Qualification (MAN)")
INDIVIDUAL = QT_TRANSLATE_NOOP("CustomerForm", "Person")
ORGANIZATION = QT_TRANSLATE_NOOP("CustomerForm", "Organisation")
NOTES = QT_TRANSLATE_NOOP("CustomerForm", "Notes")

# The MAN flags' labels live on their check boxes.
_MONEY = QT_TRANSLATE_NOOP("CustomerForm", "Money: can afford it")
_AUTHORITY = QT_TRANSLATE_NOOP("CustomerForm", "Authority: decides on buying")
_NEED = QT_TRANSLATE_NOOP("CustomerForm", "Need: has a use for it")


def translated(text: str) -> str:
    """A label of this module in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


def _text() -> FieldEditor:
    return TextEditor()


def _long_text() -> FieldEditor:
    return TextEditor(multiline=True)


def _score() -> FieldEditor:
    return NumberEditor(1, 5)


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "kind",
        QT_TRANSLATE_NOOP("CustomerForm", "Kind"),
        lambda: ChoiceEditor(CustomerKind, optional=False),
        BASIC,
    ),
    FieldSpec("name", QT_TRANSLATE_NOOP("CustomerForm", "Name *"), _text, BASIC),
    FieldSpec(
        "status",
        QT_TRANSLATE_NOOP("CustomerForm", "Status"),
        lambda: ChoiceEditor(CustomerStatus, optional=False),
        BASIC,
    ),
    FieldSpec(
        "lifecycle_stage",
        QT_TRANSLATE_NOOP("CustomerForm", "Lifecycle stage"),
        lambda: ChoiceEditor(LifecycleStage, optional=False),
        BASIC,
    ),
    FieldSpec(
        "source",
        QT_TRANSLATE_NOOP("CustomerForm", "Source"),
        lambda: ChoiceEditor(CustomerSource),
        BASIC,
    ),
    FieldSpec("owner_id", QT_TRANSLATE_NOOP("CustomerForm", "Owner"), OwnerEditor, BASIC),
    FieldSpec(
        "tier_override",
        QT_TRANSLATE_NOOP("CustomerForm", "Tier (set by hand)"),
        lambda: ChoiceEditor(Tier),
        BASIC,
    ),
    FieldSpec(
        "credit_rating",
        QT_TRANSLATE_NOOP("CustomerForm", "Credit rating"),
        lambda: ChoiceEditor(CreditRating),
        BASIC,
    ),
    FieldSpec("tags", QT_TRANSLATE_NOOP("CustomerForm", "Tags"), TagsEditor, BASIC),
    FieldSpec("mobile", QT_TRANSLATE_NOOP("CustomerForm", "Mobile"), _text, CONTACT),
    FieldSpec("phone", QT_TRANSLATE_NOOP("CustomerForm", "Phone"), _text, CONTACT),
    FieldSpec("fax", QT_TRANSLATE_NOOP("CustomerForm", "Fax"), _text, CONTACT),
    FieldSpec("email", QT_TRANSLATE_NOOP("CustomerForm", "E-mail"), _text, CONTACT),
    FieldSpec("website", QT_TRANSLATE_NOOP("CustomerForm", "Website"), _text, CONTACT),
    FieldSpec("address", QT_TRANSLATE_NOOP("CustomerForm", "Address"), _text, CONTACT),
    FieldSpec("region", QT_TRANSLATE_NOOP("CustomerForm", "Region"), _text, CONTACT),
    FieldSpec("postal_code", QT_TRANSLATE_NOOP("CustomerForm", "Postal code"), _text, CONTACT),
    FieldSpec("man_money", "", lambda: FlagEditor(translated(_MONEY)), QUALIFICATION),
    FieldSpec("man_authority", "", lambda: FlagEditor(translated(_AUTHORITY)), QUALIFICATION),
    FieldSpec("man_need", "", lambda: FlagEditor(translated(_NEED)), QUALIFICATION),
    FieldSpec(
        "gender",
        QT_TRANSLATE_NOOP("CustomerForm", "Gender"),
        lambda: ChoiceEditor(Gender),
        INDIVIDUAL,
    ),
    FieldSpec("birthday", QT_TRANSLATE_NOOP("CustomerForm", "Birthday"), DateEditor, INDIVIDUAL),
    FieldSpec("id_number", QT_TRANSLATE_NOOP("CustomerForm", "ID number"), _text, INDIVIDUAL),
    FieldSpec(
        "marital_status",
        QT_TRANSLATE_NOOP("CustomerForm", "Marital status"),
        lambda: ChoiceEditor(MaritalStatus),
        INDIVIDUAL,
    ),
    FieldSpec("spouse_name", QT_TRANSLATE_NOOP("CustomerForm", "Spouse"), _text, INDIVIDUAL),
    FieldSpec(
        "children", QT_TRANSLATE_NOOP("CustomerForm", "Children and birthdays"), _text, INDIVIDUAL
    ),
    FieldSpec("employer", QT_TRANSLATE_NOOP("CustomerForm", "Employer"), _text, INDIVIDUAL),
    FieldSpec("position", QT_TRANSLATE_NOOP("CustomerForm", "Position"), _text, INDIVIDUAL),
    FieldSpec("income_band", QT_TRANSLATE_NOOP("CustomerForm", "Income band"), _text, INDIVIDUAL),
    FieldSpec("blood_type", QT_TRANSLATE_NOOP("CustomerForm", "Blood type"), _text, INDIVIDUAL),
    FieldSpec("temperament", QT_TRANSLATE_NOOP("CustomerForm", "Temperament"), _text, INDIVIDUAL),
    FieldSpec(
        "purchase_motives",
        QT_TRANSLATE_NOOP("CustomerForm", "Buying motives"),
        _long_text,
        INDIVIDUAL,
    ),
    FieldSpec("lifestyle", QT_TRANSLATE_NOOP("CustomerForm", "Lifestyle"), _long_text, INDIVIDUAL),
    FieldSpec(
        "preferences", QT_TRANSLATE_NOOP("CustomerForm", "Preferences"), _long_text, INDIVIDUAL
    ),
    FieldSpec("industry", QT_TRANSLATE_NOOP("CustomerForm", "Industry"), _text, ORGANIZATION),
    FieldSpec(
        "employees", QT_TRANSLATE_NOOP("CustomerForm", "Employees"), NumberEditor, ORGANIZATION
    ),
    FieldSpec("founded_on", QT_TRANSLATE_NOOP("CustomerForm", "Founded"), DateEditor, ORGANIZATION),
    FieldSpec(
        "business_scope",
        QT_TRANSLATE_NOOP("CustomerForm", "Business scope"),
        _long_text,
        ORGANIZATION,
    ),
    FieldSpec(
        "sales_ability", QT_TRANSLATE_NOOP("CustomerForm", "Sales ability"), _text, ORGANIZATION
    ),
    FieldSpec("performance", QT_TRANSLATE_NOOP("CustomerForm", "Performance"), _text, ORGANIZATION),
    FieldSpec("potential", QT_TRANSLATE_NOOP("CustomerForm", "Potential"), _text, ORGANIZATION),
    FieldSpec("problems", QT_TRANSLATE_NOOP("CustomerForm", "Problems"), _text, ORGANIZATION),
    FieldSpec(
        "trade_terms", QT_TRANSLATE_NOOP("CustomerForm", "Trading terms"), _text, ORGANIZATION
    ),
    FieldSpec(
        "relationship_closeness",
        QT_TRANSLATE_NOOP("CustomerForm", "Closeness of relationship (1–5)"),
        _score,
        ORGANIZATION,
    ),
    FieldSpec(
        "cooperation_willingness",
        QT_TRANSLATE_NOOP("CustomerForm", "Willingness to cooperate (1–5)"),
        _score,
        ORGANIZATION,
    ),
    FieldSpec("notes", "", _long_text, NOTES),
)

SECTIONS = (BASIC, CONTACT, QUALIFICATION, INDIVIDUAL, ORGANIZATION, NOTES)
KIND_SECTIONS = {CustomerKind.INDIVIDUAL: INDIVIDUAL, CustomerKind.ORGANIZATION: ORGANIZATION}

# Labels of fields shown without one on the form, and of the merge's audit entries.
_LABEL_ELSEWHERE = {
    "man_money": _MONEY,
    "man_authority": _AUTHORITY,
    "man_need": _NEED,
    "notes": NOTES,
    MERGED_WITH: QT_TRANSLATE_NOOP("CustomerForm", "Merged with"),
    MERGED_INTO: QT_TRANSLATE_NOOP("CustomerForm", "Merged into"),
}
_YES = QT_TRANSLATE_NOOP("CustomerForm", "Yes")
_NO = QT_TRANSLATE_NOOP("CustomerForm", "No")
_LABELS = {spec.name: spec.label for spec in FIELDS if spec.label} | _LABEL_ELSEWHERE


def field_label(name: str) -> str:
    """What the user calls a customer field, in their language ("Name", not "name *")."""
    text = _LABELS.get(name)
    return translated(text).rstrip(" *") if text else name


def display_value(name: str, value, owners: dict[int, str]) -> str:
    """A customer field's value as the form would show it."""
    if value is None:
        return ""
    if name == "owner_id":
        return owners.get(value, str(value))
    if name in {"mobile", "phone", "fax"}:
        return display_phone(value)
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, bool):
        return translated(_YES if value else _NO)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)
