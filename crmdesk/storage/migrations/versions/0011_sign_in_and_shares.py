"""sign-in and graded access: passwords, failed sign-ins, customers shared with staff

The role "staff" becomes "sales"; "read_only" is new (roles are stored as text).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("password_hash", sa.String(length=255), nullable=True))
    op.add_column(
        "users",
        sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column("users", sa.Column("last_failed_sign_in", sa.DateTime(), nullable=True))
    op.execute("UPDATE users SET role = 'sales' WHERE role = 'staff'")
    op.create_table(
        "customer_shares",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_shares_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_customer_shares_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", "user_id", name=op.f("pk_customer_shares")),
    )
    op.create_index("ix_customer_shares_user_id", "customer_shares", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_customer_shares_user_id", table_name="customer_shares")
    op.drop_table("customer_shares")
    op.execute("UPDATE users SET role = 'staff' WHERE role IN ('sales', 'read_only')")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("last_failed_sign_in")
        batch.drop_column("failed_sign_ins")
        batch.drop_column("password_hash")
