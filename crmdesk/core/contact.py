"""A contact person at a customer (联系人, the 人脉关系表), with their part in buying."""

from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from crmdesk.core.contact_info import normalize_reachability
from crmdesk.core.diff import field_changes
from crmdesk.core.enums import BuyingRole
from crmdesk.core.errors import FieldError, ValidationError
from crmdesk.core.messages import Message


@dataclass(frozen=True)
class Contact:
    id: int | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    customer_id: int | None = None
    name: str = ""
    title: str | None = None
    department: str | None = None
    buying_role: BuyingRole | None = None
    mobile: str | None = None
    phone: str | None = None
    email: str | None = None
    birthday: date | None = None
    character: str | None = None  # of key people (人脉): character and hobbies
    hobbies: str | None = None
    notes: str | None = None
    is_primary: bool = False


SYSTEM_FIELDS = frozenset({"id", "version", "created_at", "updated_at"})
EDITABLE_FIELDS = tuple(f.name for f in fields(Contact) if f.name not in SYSTEM_FIELDS)


def validated(contact: Contact, today: date) -> Contact:
    """Trimmed and normalised, or ValidationError naming every wrong field."""
    errors: list[FieldError] = []
    changes: dict[str, object] = {
        name: (getattr(contact, name).strip() or None)
        for name in EDITABLE_FIELDS
        if isinstance(getattr(contact, name), str)
    }
    if not changes.get("name"):
        errors.append(FieldError("name", Message("a name is required")))
    changes["name"] = changes.get("name") or ""
    if contact.customer_id is None:
        errors.append(FieldError("customer_id", Message("choose the customer")))
    normalize_reachability(changes, ("mobile", "phone"), errors)
    if contact.birthday is not None and contact.birthday > today:
        errors.append(FieldError("birthday", Message("cannot be in the future")))
    if contact.buying_role is not None:
        try:
            changes["buying_role"] = BuyingRole(contact.buying_role)
        except ValueError:
            errors.append(
                FieldError("buying_role", Message("%1 is not a role", repr(contact.buying_role)))
            )
    if errors:
        raise ValidationError(errors)
    return replace(contact, **changes)


def changed_fields(before: Contact, after: Contact) -> dict[str, tuple]:
    return field_changes(before, after, EDITABLE_FIELDS)
