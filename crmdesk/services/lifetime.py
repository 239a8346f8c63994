"""Every buyer's lifetime value as things stood on a day (domain.md §5): the purchase
histories read from the sales, both models fitted, the forecast discounted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from crmdesk.analytics.choices import TimeUnit
from crmdesk.core.access import Permission
from crmdesk.core.day_numbers import day_number
from crmdesk.services.analytics import AnalyticsService
from crmdesk.services.bulk_work import collector_held_off
from crmdesk.services.context import ServiceContext

if TYPE_CHECKING:  # NumPy modules, imported on the first fit rather than at every start
    from crmdesk.analytics.customer_lifetime import LifetimeValues
    from crmdesk.analytics.history import PurchaseHistory

DEFAULT_COMPARISON_MONTHS = 12  # when the analytics period is "all time"


class LifetimeService:
    def __init__(self, context: ServiceContext, analytics: AnalyticsService):
        self._ctx, self._analytics = context, analytics

    @collector_held_off()
    def history(self, as_of: date | None = None) -> tuple[PurchaseHistory, date]:
        """The buyers' purchase histories up to the end of ``as_of`` (today)."""
        self._ctx.require(Permission.ANALYTICS)
        settings = self._analytics.settings()
        day = as_of or self._analytics.today()
        months = settings.months or DEFAULT_COMPARISON_MONTHS
        comparison_days = round(months * 365.25 / 12)
        from crmdesk.analytics.lifetime import carried_forward
        from crmdesk.storage.purchase_history import purchase_history

        rate = settings.lifetime.discount_rate
        found = self._ctx.reading(
            purchase_history,
            day,
            settings.lifetime.margin,
            comparison_days,
            lambda years_ago: carried_forward(years_ago, rate),
        )
        return found, day

    def values(self, as_of: date | None = None, unit: TimeUnit | None = None) -> LifetimeValues:
        """Each buyer's historical and forecast value, counting in ``unit`` (by default
        the unit in the analytics settings)."""
        history, day = self.history(as_of)
        return self.values_of(history, day, unit)

    def values_of(
        self, history: PurchaseHistory, day: date, unit: TimeUnit | None = None
    ) -> LifetimeValues:
        from crmdesk.analytics.customer_lifetime import lifetime_values

        settings = self._analytics.settings().lifetime
        if unit is not None:
            settings = replace(settings, unit=unit)
        return lifetime_values(history, day_number(day), settings)
