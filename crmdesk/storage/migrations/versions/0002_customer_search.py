"""customer search documents, with a trigram index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from crmdesk.storage.search import SQLITE_INSERT_TRIGGER, rebuild_documents

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# FTS5 over the documents as external content, kept in step by the triggers that the
# SQLite FTS5 documentation gives for external-content tables.
SQLITE_INDEX = [
    """CREATE VIRTUAL TABLE customer_search_fts USING fts5(
           document, content='customer_search', content_rowid='customer_id',
           tokenize='trigram')""",
    SQLITE_INSERT_TRIGGER,
    """CREATE TRIGGER customer_search_ad AFTER DELETE ON customer_search BEGIN
           INSERT INTO customer_search_fts(customer_search_fts, rowid, document)
           VALUES ('delete', old.customer_id, old.document);
       END""",
    """CREATE TRIGGER customer_search_au AFTER UPDATE ON customer_search BEGIN
           INSERT INTO customer_search_fts(customer_search_fts, rowid, document)
           VALUES ('delete', old.customer_id, old.document);
           INSERT INTO customer_search_fts(rowid, document)
           VALUES (new.customer_id, new.document);
       END""",
]


def upgrade() -> None:
    op.create_table(
        "customer_search",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("short_keys", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_search_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_search")),
    )
    op.create_index("ix_customer_search_short", "customer_search", ["short_keys", "customer_id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_INDEX:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        # pg_trgm makes ILIKE '%term%' use an index; without the right to create the
        # extension, search still works, by scanning.
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                bind.exec_driver_sql(
                    "CREATE INDEX ix_customer_search_trgm ON customer_search "
                    "USING gin (document gin_trgm_ops)"
                )
        except sa.exc.DBAPIError:
            pass
    rebuild_documents(bind)  # documents for the customers already stored


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("customer_search_ai", "customer_search_ad", "customer_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS customer_search_fts")
    op.drop_table("customer_search")
