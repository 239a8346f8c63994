"""The audit trail cannot be rewritten, on either database; every table people edit in
place carries a version for optimistic locking."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from crmdesk.core.customer import Customer
from crmdesk.storage.models import Base

# Tables without a version column, and why no edit of theirs can be lost.
UNVERSIONED = {
    "audit_log": "append-only (refused by the database)",
    "complaint_events": "append-only history",
    "churn_events": "append-only history",
    "opportunity_events": "append-only history",
    "customer_merges": "append-only record of merges",
    "customer_search": "derived from customers",
    "customer_search_grams": "derived from customers",
    "code_sequences": "counters advanced inside one transaction",
    "app_settings": "saved as a whole, refused if changed since read (shared settings)",
    "survey_dimensions": "the questionnaire, saved with the shared settings (same check)",
    "saved_views": "each user's own",
    "tags": "names only, never edited",
    "import_batches": "written once per import",
    "customer_tags": "a link, added or removed",
    "customer_shares": "a link, added or removed",
}


def test_every_table_edited_in_place_has_a_version():
    unversioned = {
        table.name for table in Base.metadata.sorted_tables if "version" not in table.columns
    }
    assert unversioned == set(UNVERSIONED)


def test_the_audit_trail_refuses_changes_and_deletes(services):
    services.customers.create(Customer(name="王伟"))
    engine = services.context.db.engine
    for statement in (
        "UPDATE audit_log SET actor = 'someone else'",
        "UPDATE audit_log SET new_value = 'forged' WHERE new_value IS NOT NULL",
        "DELETE FROM audit_log",
    ):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    with engine.begin() as connection:  # blanking values (erasing personal data) is allowed
        connection.execute(text("UPDATE audit_log SET old_value = NULL, new_value = NULL"))
        left = connection.execute(text("SELECT count(*) FROM audit_log")).scalar()
    assert left > 0
