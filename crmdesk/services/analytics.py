"""Customer value (domain.md §5): ABC/Pareto, the pyramid and RFM over the sales of a
period, as things stood on a day; and the pyramid's tiers stored on the customers with
their history in the audit trail (so each file's timeline shows its tier changes).

The NumPy modules that compute them are imported on the first analysis, not at every
start (NumPy alone adds ~0.1 s)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from crmdesk.analytics.choices import AbcThresholds, LifetimeSettings, TierShares, TimeUnit
from crmdesk.analytics.distribution import Distribution
from crmdesk.core.access import Permission
from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.day_numbers import day_number
from crmdesk.core.errors import DomainError
from crmdesk.core.messages import Message
from crmdesk.services.bulk_work import collector_held_off
from crmdesk.services.context import ServiceContext
from crmdesk.storage.distribution import distribution
from crmdesk.storage.settings_store import get_setting, set_setting

if TYPE_CHECKING:
    from crmdesk.analytics.ranking import AbcResult, Pyramid
    from crmdesk.analytics.rfm import Rfm
    from crmdesk.storage.customer_value import CustomerValues

SETTINGS_KEY = "analytics"
BULK_CHANGE = 1000  # more changed files than this are announced as "customers changed"


class Measure(StrEnum):
    REVENUE = "revenue"
    GROSS_PROFIT = "gross_profit"


@dataclass(frozen=True)
class AnalyticsSettings:
    months: int = 12  # the period looked at, ending on the day asked about; 0: all time
    measure: Measure = Measure.REVENUE
    abc: AbcThresholds = field(default_factory=AbcThresholds)
    tiers: TierShares = field(default_factory=TierShares)
    metal_names: bool = False  # 白金/黄金/铁质/铅质 instead of VIP/major/ordinary/small
    lifetime: LifetimeSettings = field(default_factory=LifetimeSettings)

    def to_text(self) -> str:
        return json.dumps(
            {
                "months": self.months,
                "measure": self.measure.value,
                "abc": [self.abc.a, self.abc.b],
                "tiers": list(self.tiers.shares),
                "metal_names": self.metal_names,
                "lifetime": {
                    "unit": self.lifetime.unit.value,
                    "horizon_years": self.lifetime.horizon_years,
                    "discount_rate": self.lifetime.discount_rate,
                    "margin": self.lifetime.margin,
                },
            }
        )

    @classmethod
    def from_text(cls, text: str) -> AnalyticsSettings:
        try:
            stored = json.loads(text)
            return cls(
                months=int(stored["months"]),
                measure=Measure(stored["measure"]),
                abc=AbcThresholds(*stored["abc"]),
                tiers=TierShares(tuple(stored["tiers"])),
                metal_names=bool(stored.get("metal_names", False)),
                lifetime=_lifetime_from(stored.get("lifetime", {})),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise DomainError(
                Message("The stored analytics settings are unreadable: %1", repr(text))
            ) from exc


def _lifetime_from(stored: dict) -> LifetimeSettings:
    default = LifetimeSettings()
    return LifetimeSettings(
        unit=TimeUnit(stored.get("unit", default.unit)),
        horizon_years=int(stored.get("horizon_years", default.horizon_years)),
        discount_rate=float(stored.get("discount_rate", default.discount_rate)),
        margin=float(stored.get("margin", default.margin)),
    )


@dataclass(frozen=True)
class ValueAnalyses:
    settings: AnalyticsSettings
    pyramid: Pyramid
    abc: AbcResult
    rfm: Rfm


def _period_start(as_of: date, months: int) -> date | None:
    if months <= 0:
        return None
    return as_of - timedelta(days=round(months * 365.25 / 12)) + timedelta(days=1)


class AnalyticsService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def settings(self) -> AnalyticsSettings:
        text = self._ctx.reading(get_setting, SETTINGS_KEY, "")
        return AnalyticsSettings.from_text(text) if text else AnalyticsSettings()

    def save_settings(self, settings: AnalyticsSettings) -> None:
        if settings.months < 0:
            raise DomainError(Message("The period is a number of months, or 0 for all time"))
        with self._ctx.writing(Permission.SHARED_SETTINGS) as session:
            set_setting(session, SETTINGS_KEY, settings.to_text())

    def today(self) -> date:
        return self._ctx.now().date()

    def values(
        self,
        as_of: date | None = None,
        settings: AnalyticsSettings | None = None,
        *,
        recency: bool = False,
    ) -> tuple[CustomerValues, AnalyticsSettings, date]:
        """(what each customer brought in the period, the settings used, the day); with
        ``recency`` also each customer's purchases and last purchase day."""
        self._ctx.require(Permission.ANALYTICS)
        settings = settings or self.settings()
        # As of a past day, only the files opened by then count.
        opened_by = as_of
        as_of = as_of or self.today()
        start = _period_start(as_of, settings.months)
        from crmdesk.storage.customer_value import customer_values

        profit = settings.measure is Measure.GROSS_PROFIT
        found = self._ctx.reading(
            customer_values, start, as_of, profit=profit, recency=recency, opened_by=opened_by
        )
        return found, settings, as_of

    @collector_held_off()
    def abc(self, as_of: date | None = None, settings: AnalyticsSettings | None = None):
        from crmdesk.analytics.ranking import abc_classes

        found, settings, _ = self.values(as_of, settings)
        return abc_classes(found.ids, found.value, settings.abc)

    @collector_held_off()
    def pyramid(self, as_of: date | None = None, settings: AnalyticsSettings | None = None):
        from crmdesk.analytics.ranking import pyramid

        found, settings, _ = self.values(as_of, settings)
        return pyramid(found.ids, found.value, settings.tiers)

    @collector_held_off()
    def rfm(self, as_of: date | None = None, settings: AnalyticsSettings | None = None) -> Rfm:
        """RFM of the customers who bought in the period."""
        found, _settings, day = self.values(as_of, settings, recency=True)
        return self._rfm(found, day)

    @collector_held_off()
    def all_of_them(self, as_of: date | None = None) -> ValueAnalyses:
        """The pyramid, ABC and RFM from one reading of the sales (the Analytics page)."""
        from crmdesk.analytics.ranking import abc_classes, pyramid

        found, settings, day = self.values(as_of, recency=True)
        return ValueAnalyses(
            settings,
            pyramid(found.ids, found.value, settings.tiers),
            abc_classes(found.ids, found.value, settings.abc),
            self._rfm(found, day),
        )

    @staticmethod
    def _rfm(found: CustomerValues, day: date) -> Rfm:
        from crmdesk.analytics.rfm import rfm

        buyers = found.purchases > 0
        recency = day_number(day) - found.last_purchase[buyers]
        return rfm(found.ids[buyers], recency, found.purchases[buyers], found.value[buyers])

    @collector_held_off()
    def distribution(self, as_of: date | None = None, months: int = 24) -> Distribution:
        """Status and lifecycle funnels, new files and revenue per month, activities
        per channel, as of the end of ``as_of`` (today)."""
        self._ctx.require(Permission.ANALYTICS)
        return self._ctx.reading(distribution, as_of or self.today(), months)

    @collector_held_off()
    def apply_tiers(self, as_of: date | None = None) -> Outcome[int]:
        """Store each customer's tier from the pyramid; returns how many changed, each
        change in the audit trail with the day it was computed."""
        result = self.pyramid(as_of)
        tiers = dict(zip(result.ranked.ids.tolist(), result.tiers.tolist(), strict=True))
        from crmdesk.storage.customer_value import set_tiers

        with self._ctx.writing() as session:
            changed = set_tiers(session, tiers)
            self._ctx.audit(session).record_field_changes(Entity.CUSTOMER, "tier", changed)
        ids = [customer_id for customer_id, _old, _new in changed]
        many = len(ids) > BULK_CHANGE
        changes = ChangeSet.bulk(Entity.CUSTOMER) if many else ChangeSet.of(Entity.CUSTOMER, ids)
        return Outcome(len(changed), changes)
