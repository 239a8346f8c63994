"""The workbench's scans of 100 000 customers are kept off by indexes; these tests see
that SQLite's plan for each list really uses its index."""

from datetime import date

from crmdesk.core.follow_up import PAUSE_AFTER_CONTACTS, month_days_ahead
from crmdesk.storage import workbench


def test_birthdays_are_found_by_the_day_indexes(plans):
    days = month_days_ahead(date(2026, 3, 15), 7)
    (plan,) = plans(lambda session: workbench.birthdays(session, days, None))
    assert "SEARCH customers USING INDEX ix_customers_birthday_day (<expr>=?)" in plan
    assert "SEARCH contacts USING INDEX ix_contacts_birthday_day (<expr>=?)" in plan


def test_prospects_to_pause_are_found_by_status_and_contact_count(plans):
    (plan,) = plans(
        lambda session: workbench.prospects_to_pause(session, PAUSE_AFTER_CONTACTS, None, 100)
    )
    assert "ix_customers_status_contacts (status=? AND activity_count>?)" in plan
