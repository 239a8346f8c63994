"""complaints and the history of their handling

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column(
            "channel",
            sa.Enum(
                "face_to_face",
                "visit",
                "phone",
                "letter",
                "email",
                "website",
                "message",
                "meeting",
                name="channel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=False),
        sa.Column(
            "level",
            sa.Enum(
                "ordinary", "serious", "major", name="complaintlevel", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("customer_words", sa.Text(), nullable=False),
        sa.Column("key_points", sa.Text(), nullable=True),
        sa.Column("stands", sa.Boolean(), nullable=True),
        sa.Column("validity_reason", sa.Text(), nullable=True),
        sa.Column(
            "cause",
            sa.Enum(
                "product",
                "service",
                "staff",
                "environment",
                "misuse",
                "expectations",
                name="complaintcause",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("explanation", sa.Text(), nullable=True),
        sa.Column("solution", sa.Text(), nullable=True),
        sa.Column(
            "compensation",
            sa.Enum(
                "refund",
                "replacement",
                "repair",
                "discount",
                "gift",
                "apology",
                name="compensation",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("compensation_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("accepted", sa.Boolean(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("findings", sa.Text(), nullable=True),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column("escalated", sa.Boolean(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "investigating",
                "rejected",
                "awaiting_customer",
                "in_progress",
                "resolved",
                "closed",
                "duplicate",
                "cancelled",
                name="complaintstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("duplicate_of_id", sa.Integer(), nullable=True),
        sa.Column("first_response_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("paused_since", sa.DateTime(), nullable=True),
        sa.Column("paused_seconds", sa.Integer(), nullable=False),
        sa.Column("first_response_due", sa.DateTime(), nullable=False),
        sa.Column("resolution_due", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_complaints_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_complaints_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["duplicate_of_id"],
            ["complaints.id"],
            name=op.f("fk_complaints_duplicate_of_id_complaints"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["handler_id"],
            ["users.id"],
            name=op.f("fk_complaints_handler_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("number", name=op.f("uq_complaints_number")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_complaints_customer_received",
        "complaints",
        ["customer_id", "received_at"],
        unique=False,
    )
    op.create_index("ix_complaints_received_at", "complaints", ["received_at"], unique=False)
    op.create_index("ix_complaints_status", "complaints", ["status"], unique=False)
    op.create_table(
        "complaint_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column(
            "from_status",
            sa.Enum(
                "new",
                "investigating",
                "rejected",
                "awaiting_customer",
                "in_progress",
                "resolved",
                "closed",
                "duplicate",
                "cancelled",
                name="complaintstatus",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "new",
                "investigating",
                "rejected",
                "awaiting_customer",
                "in_progress",
                "resolved",
                "closed",
                "duplicate",
                "cancelled",
                name="complaintstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_events_complaint_id_complaints"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_events")),
    )
    op.create_index(
        op.f("ix_complaint_events_complaint_id"), "complaint_events", ["complaint_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_complaint_events_complaint_id"), table_name="complaint_events")
    op.drop_table("complaint_events")
    op.drop_index("ix_complaints_status", table_name="complaints")
    op.drop_index("ix_complaints_received_at", table_name="complaints")
    op.drop_index("ix_complaints_customer_received", table_name="complaints")
    op.drop_table("complaints")
