"""Reading a customer's sales (the transactions table)."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.core.sale import Sale
from crmdesk.storage.models import Transaction
from crmdesk.storage.records import to_value


def of_customer(session: Session, customer_id: int) -> list[Sale]:
    """Newest first."""
    rows = session.scalars(
        select(Transaction)
        .where(Transaction.customer_id == customer_id)
        .order_by(Transaction.occurred_on.desc(), Transaction.id.desc())
    )
    return [to_value(Sale, row) for row in rows]
