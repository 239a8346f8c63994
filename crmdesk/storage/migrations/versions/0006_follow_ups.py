"""follow-ups on activities; each customer's last contact and number of contacts

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# customers.last_contact_at and activity_count follow every insert, delete and move of
# an activity, whichever code path (form, import, merge, undo, demo) makes it.
SQLITE_TRIGGERS = [
    """CREATE TRIGGER activities_contact_ai AFTER INSERT ON activities BEGIN
           UPDATE customers SET activity_count = activity_count + 1,
               last_contact_at = CASE
                   WHEN last_contact_at IS NULL OR last_contact_at < new.occurred_at
                   THEN new.occurred_at ELSE last_contact_at END
           WHERE id = new.customer_id;
       END""",
    """CREATE TRIGGER activities_contact_ad AFTER DELETE ON activities BEGIN
           UPDATE customers SET activity_count = activity_count - 1,
               last_contact_at = (SELECT MAX(occurred_at) FROM activities
                                  WHERE customer_id = old.customer_id)
           WHERE id = old.customer_id;
       END""",
    """CREATE TRIGGER activities_contact_au AFTER UPDATE OF customer_id, occurred_at
       ON activities BEGIN
           UPDATE customers SET activity_count = activity_count - 1
           WHERE id = old.customer_id AND old.customer_id <> new.customer_id;
           UPDATE customers SET activity_count = activity_count + 1
           WHERE id = new.customer_id AND old.customer_id <> new.customer_id;
           UPDATE customers SET last_contact_at = (
               SELECT MAX(a.occurred_at) FROM activities a WHERE a.customer_id = customers.id)
           WHERE id IN (old.customer_id, new.customer_id);
       END""",
]

POSTGRESQL_TRIGGERS = [
    """CREATE FUNCTION activities_keep_customer_contact() RETURNS trigger
       LANGUAGE plpgsql AS $$
       BEGIN
           IF TG_OP = 'INSERT' THEN
               UPDATE customers SET activity_count = activity_count + 1,
                   last_contact_at = GREATEST(last_contact_at, NEW.occurred_at)
               WHERE id = NEW.customer_id;
           ELSIF TG_OP = 'DELETE' THEN
               UPDATE customers SET activity_count = activity_count - 1,
                   last_contact_at = (SELECT MAX(occurred_at) FROM activities
                                      WHERE customer_id = OLD.customer_id)
               WHERE id = OLD.customer_id;
           ELSE
               IF OLD.customer_id <> NEW.customer_id THEN
                   UPDATE customers SET activity_count = activity_count - 1
                   WHERE id = OLD.customer_id;
                   UPDATE customers SET activity_count = activity_count + 1
                   WHERE id = NEW.customer_id;
               END IF;
               UPDATE customers SET last_contact_at = (
                   SELECT MAX(a.occurred_at) FROM activities a
                   WHERE a.customer_id = customers.id)
               WHERE id IN (OLD.customer_id, NEW.customer_id);
           END IF;
           RETURN NULL;
       END $$""",
    """CREATE TRIGGER activities_keep_customer_contact
       AFTER INSERT OR DELETE OR UPDATE OF customer_id, occurred_at ON activities
       FOR EACH ROW EXECUTE FUNCTION activities_keep_customer_contact()""",
]

BACKFILL = [
    """UPDATE customers SET
           activity_count = (SELECT COUNT(*) FROM activities a
                             WHERE a.customer_id = customers.id),
           last_contact_at = (SELECT MAX(a.occurred_at) FROM activities a
                              WHERE a.customer_id = customers.id)""",
    # A follow-up set before a later contact counts as made by that contact.
    """UPDATE activities SET follow_up_done_at = (
           SELECT MIN(b.occurred_at) FROM activities b
           WHERE b.customer_id = activities.customer_id
             AND b.occurred_at > activities.occurred_at)
       WHERE next_follow_up IS NOT NULL""",
]


def upgrade() -> None:
    op.add_column("customers", sa.Column("last_contact_at", sa.DateTime(), nullable=True))
    op.add_column(
        "customers",
        sa.Column("activity_count", sa.Integer(), server_default="0", nullable=False),
    )
    op.create_index("ix_customers_last_contact_at", "customers", ["last_contact_at"])
    # SQLite cannot add a named reference in place: batch mode copies the table.
    with op.batch_alter_table("activities") as batch:
        batch.add_column(sa.Column("follow_up_assignee_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_activities_follow_up_assignee_id_users"),
            "users",
            ["follow_up_assignee_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.add_column("activities", sa.Column("follow_up_done_at", sa.DateTime(), nullable=True))
    op.add_column("activities", sa.Column("follow_up_notified_at", sa.DateTime(), nullable=True))
    op.drop_index("ix_activities_next_follow_up", table_name="activities")
    op.create_index(
        "ix_activities_open_follow_up", "activities", ["follow_up_done_at", "next_follow_up"]
    )
    for statement in BACKFILL:
        op.execute(statement)
    triggers = {"sqlite": SQLITE_TRIGGERS, "postgresql": POSTGRESQL_TRIGGERS}
    for statement in triggers.get(op.get_bind().dialect.name, []):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER activities_keep_customer_contact ON activities")
        op.execute("DROP FUNCTION activities_keep_customer_contact()")
    else:
        for name in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER activities_contact_{name}")
    op.drop_index("ix_activities_open_follow_up", table_name="activities")
    op.create_index("ix_activities_next_follow_up", "activities", ["next_follow_up"])
    with op.batch_alter_table("activities") as batch:
        batch.drop_column("follow_up_notified_at")
        batch.drop_column("follow_up_done_at")
        batch.drop_column("follow_up_assignee_id")
    op.drop_index("ix_customers_last_contact_at", table_name="customers")
    op.drop_column("customers", "activity_count")
    op.drop_column("customers", "last_contact_at")
