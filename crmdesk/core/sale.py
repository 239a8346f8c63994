"""A sale (交易) on a customer's file: what was bought, when, for how much."""

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from crmdesk.core.errors import FieldError, ValidationError
from crmdesk.core.messages import Message


@dataclass(frozen=True)
class Sale:
    id: int | None = None
    customer_id: int | None = None
    occurred_on: date | None = None
    amount: Decimal = Decimal(0)
    gross_profit: Decimal | None = None
    product: str | None = None
    quantity: Decimal | None = None
    notes: str | None = None


@dataclass(frozen=True)
class SalesSummary:
    count: int
    total: Decimal
    last_on: date | None

    @classmethod
    def of(cls, sales: list[Sale]) -> "SalesSummary":
        dates = [s.occurred_on for s in sales if s.occurred_on]
        return cls(len(sales), sum((s.amount for s in sales), Decimal(0)), max(dates, default=None))


def validated_sale(sale: Sale) -> Sale:
    """A sale needs its date and amount; text trimmed."""
    errors: list[FieldError] = []
    if sale.customer_id is None:
        errors.append(FieldError("customer_id", Message("choose the customer")))
    if sale.occurred_on is None:
        errors.append(FieldError("occurred_on", Message("a date is required")))
    if sale.amount is None:
        errors.append(FieldError("amount", Message("an amount is required")))
    if sale.quantity is not None and sale.quantity < 0:
        errors.append(FieldError("quantity", Message("cannot be negative")))
    if errors:
        raise ValidationError(errors)
    return replace(
        sale,
        product=(sale.product or "").strip() or None,
        notes=(sale.notes or "").strip() or None,
    )
