"""Customer value through the service, on SQLite and PostgreSQL: the period and the day
looked at, revenue or gross profit, tiers stored with their history."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import update

from crmdesk.analytics.choices import TierShares
from crmdesk.core.customer import Customer
from crmdesk.core.enums import Tier
from crmdesk.services.analytics import AnalyticsSettings, Measure
from crmdesk.storage.models import Customer as CustomerRow
from crmdesk.storage.models import Transaction


@pytest.fixture
def shop(services):
    """Five customers and their sales; the clock says 2026-03-15."""
    made = [services.customers.create(Customer(name=f"客户{n}")).value for n in range(5)]
    sales = [
        (0, date(2026, 3, 1), "9000", "1000"),
        (0, date(2026, 2, 1), "1000", "100"),
        (1, date(2026, 1, 10), "3000", "2500"),
        (2, date(2025, 12, 1), "500", "50"),
        (3, date(2024, 1, 1), "99999", "99999"),  # long before the 12 months
        (2, date(2026, 3, 20), "77777", "7"),  # after the day looked at
    ]
    with services.context.db.write() as session:
        # Files opened long ago (the clock that stamps rows is the computer's).
        session.execute(update(CustomerRow).values(created_at=datetime(2020, 1, 1)))
        for who, on, amount, profit in sales:
            session.add(
                Transaction(
                    customer_id=made[who].id,
                    occurred_on=on,
                    amount=Decimal(amount),
                    gross_profit=Decimal(profit),
                )
            )
    return [c.id for c in made]


def test_abc_over_the_last_twelve_months_up_to_today(services, shop):
    result = services.analytics.abc()
    assert result.ranked.ids.tolist()[:3] == [shop[0], shop[1], shop[2]]
    assert result.ranked.values.tolist()[:4] == [10_000, 3000, 500, 0]
    # 74% then 96%: the second crosses 80% and is still A; the third starts past 95%.
    assert "".join(result.classes) == "AACCC"


def test_gross_profit_and_all_time_change_the_ranking(services, shop):
    settings = AnalyticsSettings(months=0, measure=Measure.GROSS_PROFIT)
    result = services.analytics.abc(settings=settings)
    assert result.ranked.ids.tolist()[:2] == [shop[3], shop[1]]


def test_as_of_an_earlier_day_uses_only_what_was_known(services, shop):
    result = services.analytics.abc(as_of=date(2026, 1, 31))
    assert result.ranked.values.tolist()[:2] == [3000, 500]
    newer = services.customers.create(Customer(name="新客户")).value  # opened today
    assert newer.id not in services.analytics.abc(as_of=date(2026, 1, 31)).ranked.ids


def test_rfm_of_the_buyers(services, shop):
    result = services.analytics.rfm()
    assert sorted(result.ids.tolist()) == sorted(shop[:3])
    by_id = dict(zip(result.ids.tolist(), result.recency_days.tolist(), strict=True))
    assert by_id[shop[0]] == 14  # 1 March to 15 March
    assert dict(zip(result.ids.tolist(), result.frequency.tolist(), strict=True))[shop[0]] == 2


def test_tiers_are_stored_with_their_history(services, shop):
    services.analytics.save_settings(AnalyticsSettings(tiers=TierShares((0.2, 0.2, 0.2, 0.4))))
    assert services.analytics.apply_tiers().value == 5
    tiers = [services.customers.get(i).tier for i in shop]
    assert tiers == [Tier.VIP, Tier.MAJOR, Tier.ORDINARY, Tier.SMALL, Tier.SMALL]
    history = services.customers.history(shop[0])
    assert (history[0].field, history[0].new_value) == ("tier", "vip")
    assert services.analytics.apply_tiers().value == 0  # nothing moved: nothing recorded
    assert len(services.customers.history(shop[0])) == len(history)


def test_settings_round_trip(services):
    wanted = AnalyticsSettings(months=6, measure=Measure.GROSS_PROFIT)
    services.analytics.save_settings(wanted)
    assert services.analytics.settings() == wanted


def test_all_three_from_one_reading_match_each_alone(services, shop):
    together = services.analytics.all_of_them()
    assert together.pyramid.tiers.tolist() == services.analytics.pyramid().tiers.tolist()
    assert together.abc.classes.tolist() == services.analytics.abc().classes.tolist()
    assert together.rfm.cells == services.analytics.rfm().cells
