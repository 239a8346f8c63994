"""The analytics read every sale: SQLite must stream them from the covering index in
customer order, not take the date index and sort a million rows (three times slower,
bench/RESULTS.md). SQLAlchemy drops INDEXED BY hints on SQLite, so these tests check
the plan the database really uses."""

from datetime import date

from crmdesk.storage.customer_value import customer_values
from crmdesk.storage.distribution import distribution
from crmdesk.storage.loyalty import purchase_days
from crmdesk.storage.purchase_history import purchase_history

COVERING = "SCAN transactions USING COVERING INDEX ix_transactions_customer_value"


def test_customer_values_stream_the_covering_index_in_group_order(plans):
    for recency in (False, True):
        aggregate, live = plans(
            lambda session, recency=recency: customer_values(
                session, date(2025, 3, 16), date(2026, 3, 15), recency=recency
            )
        )
        assert COVERING in aggregate
        assert "TEMP B-TREE" not in aggregate and "ix_transactions_occurred_on" not in aggregate
        assert "USING INDEX ix_customers_live" in live  # not a scan of every file


def test_purchase_history_reads_the_covering_index(plans):
    first_sale, per_customer, first_day = plans(
        lambda session: purchase_history(session, date(2026, 3, 15), 0.3, 180, lambda _: 1.0)
    )
    assert "ix_transactions_occurred_on" in first_sale  # one look, not a scan
    assert COVERING in per_customer and "TEMP B-TREE FOR GROUP BY" not in per_customer
    assert "ix_transactions_occurred_on" not in per_customer + first_day


def test_the_surveyed_customers_purchase_days_come_in_index_order_without_a_sort(plans):
    (days,) = plans(
        lambda session: purchase_days(
            session, date(2026, 3, 15), since=date(2024, 3, 15), surveyed_only=True
        )
    )
    assert "COVERING INDEX ix_transactions_customer_value" in days
    assert "TEMP B-TREE" not in days


def test_the_distribution_sums_sales_and_activities_from_their_date_indexes_alone(plans):
    found = plans(lambda session: distribution(session, date(2026, 3, 15), 24))
    (revenue,) = [plan for plan in found if "transactions" in plan]
    (channels,) = [plan for plan in found if "activities" in plan]
    assert "COVERING INDEX ix_transactions_occurred_on" in revenue
    assert "TEMP B-TREE" not in revenue  # days in index order, months summed in Python
    assert "COVERING INDEX ix_activities_occurred_at" in channels
