"""A contact person at a customer (联系人), with their part in buying."""

from dataclasses import dataclass
from datetime import date, datetime

from crmdesk.core.enums import BuyingRole


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
    phone: str | None = None
    mobile: str | None = None
    email: str | None = None
    birthday: date | None = None
    character: str | None = None
    hobbies: str | None = None
    notes: str | None = None
    is_primary: bool = False
