"""customers marked lost or won back

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CUSTOMER_STATUS = sa.Enum(
    "non_customer",
    "prospect",
    "target",
    "first_time",
    "repeat",
    "loyal",
    "lost",
    name="customerstatus",
    native_enum=False,
    length=32,
)


def upgrade() -> None:
    op.create_table(
        "churn_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum("lost", "won_back", name="churnoutcome", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "cause",
            sa.Enum(
                "competitor",
                "price",
                "dissatisfied",
                "credit",
                "moved",
                "closed_down",
                "other",
                name="churncause",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("status_before", CUSTOMER_STATUS, nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_churn_events_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_churn_events")),
    )
    op.create_index(
        op.f("ix_churn_events_customer_id"), "churn_events", ["customer_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_churn_events_customer_id"), table_name="churn_events")
    op.drop_table("churn_events")
