"""A sale (交易) on a customer's file: what was bought, when, for how much."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


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
