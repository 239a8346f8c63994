"""Reading and writing activities; callers get core.Activity values back."""

from sqlalchemy.orm import Session

from crmdesk.core.activity import EDITABLE_FIELDS
from crmdesk.core.activity import Activity as ActivityValue
from crmdesk.core.errors import DomainError
from crmdesk.core.messages import Message
from crmdesk.storage.models import Activity, Contact
from crmdesk.storage.records import assign, load_or_missing, to_value


def to_activity(row: Activity) -> ActivityValue:
    return to_value(ActivityValue, row)


def load(session: Session, activity_id: int) -> Activity:
    return load_or_missing(session, Activity, activity_id, "Activity")


def write_fields(session: Session, row: Activity, value: ActivityValue) -> None:
    if value.contact_id is not None:
        contact = session.get(Contact, value.contact_id)
        if contact is None or contact.customer_id != value.customer_id:
            raise DomainError(Message("The contact chosen does not belong to this customer"))
    if row.next_follow_up != value.next_follow_up:
        row.follow_up_notified_at = None  # a new due date gets its own reminder
    assign(row, value, EDITABLE_FIELDS)
