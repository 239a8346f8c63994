"""satisfaction surveys and their questionnaire

The questionnaire starts with the questions of domain.md §6 (core product, service
support, relationship); each survey keeps its answers by question code.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# A copy, not an import: a revision keeps what it wrote even if the defaults change.
QUESTIONS = (
    ("product_quality", "core_product", "产品质量", "Product quality"),
    ("price", "core_product", "价格", "Price"),
    ("delivery", "core_product", "交货", "Delivery"),
    ("staff_attitude", "service_support", "服务态度", "Staff attitude"),
    ("responsiveness", "service_support", "响应速度", "Responsiveness"),
    ("complaint_handling", "service_support", "投诉处理", "Complaint handling"),
    ("trust", "relationship", "信任与沟通", "Trust and communication"),
)


def upgrade() -> None:
    dimensions = op.create_table(
        "survey_dimensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column(
            "group",
            sa.Enum(
                "core_product",
                "service_support",
                "relationship",
                name="surveygroup",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name_zh", sa.String(length=64), nullable=False),
        sa.Column("name_en", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_dimensions")),
        sa.UniqueConstraint("code", name=op.f("uq_survey_dimensions_code")),
    )
    op.bulk_insert(
        dimensions,
        [
            {"code": c, "group": g, "name_zh": zh, "name_en": en, "position": i, "active": True}
            for i, (c, g, zh, en) in enumerate(QUESTIONS, start=1)
        ],
    )
    op.create_table(
        "surveys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("overall_score", sa.Integer(), nullable=True),
        sa.Column("would_recommend", sa.Boolean(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column(
            "source",
            sa.Enum(
                "form",
                "follow_up",
                "complaint",
                "import",
                name="surveysource",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("complaint_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_surveys_complaint_id_complaints"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_surveys_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_surveys")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_surveys_customer_taken", "surveys", ["customer_id", "taken_on"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_surveys_customer_taken", table_name="surveys")
    op.drop_table("surveys")
    op.drop_table("survey_dimensions")
