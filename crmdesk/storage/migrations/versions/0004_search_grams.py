"""1- and 2-character grams of the short keys, for short search terms

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from crmdesk.storage.search import index_grams

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_search_grams",
        sa.Column("gram", sa.String(length=2), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("gram", "customer_id", name=op.f("pk_customer_search_grams")),
        sqlite_with_rowid=False,
    )
    # Short terms no longer scan the short keys, so their index only cost space.
    op.drop_index("ix_customer_search_short", table_name="customer_search")
    # For the customers already stored; on SQLite, 0015 replaces this table by an FTS5
    # index and fills that instead.
    if op.get_bind().dialect.name != "sqlite":
        index_grams(op.get_bind())


def downgrade() -> None:
    op.create_index("ix_customer_search_short", "customer_search", ["short_keys", "customer_id"])
    op.drop_table("customer_search_grams")
