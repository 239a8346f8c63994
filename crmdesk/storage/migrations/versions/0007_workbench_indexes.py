"""indexes for the workbench: prospects by contact count, birthdays by day of year

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from alembic import op

from crmdesk.storage.migrations import BIRTHDAY_DAY_INDEXES

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Status alone left 28 000 prospects to read for the dozen-contact rule.
    op.drop_index("ix_customers_status", table_name="customers")
    op.create_index("ix_customers_status_contacts", "customers", ["status", "activity_count"])
    # SQLite keeps dates as text, so "MM-DD" is indexable there; PostgreSQL's to_char is
    # not immutable and cannot be indexed, but its scan of the table is fast enough.
    if op.get_bind().dialect.name == "sqlite":
        for name, table in BIRTHDAY_DAY_INDEXES.items():
            op.execute(
                f"CREATE INDEX {name} ON {table} (substr(birthday, 6, 5)) "
                "WHERE birthday IS NOT NULL"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in BIRTHDAY_DAY_INDEXES:
            op.execute(f"DROP INDEX {name}")
    op.drop_index("ix_customers_status_contacts", table_name="customers")
    op.create_index("ix_customers_status", "customers", ["status"])
