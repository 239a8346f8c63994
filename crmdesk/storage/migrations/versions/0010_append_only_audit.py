"""the audit trail is append-only: the database refuses to change or delete its rows

Only one change is let through: blanking the old and new values of a row, which is how
erasing a customer's personal data keeps the fact of a change but not its content.
A later revision that rebuilds audit_log (SQLite batch mode copies the table) must
create these triggers again.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

MESSAGE = "the audit trail is append-only"
# Anything but blanking old_value/new_value is refused.
ALTERED = (
    "NEW.id IS NOT OLD.id OR NEW.created_at IS NOT OLD.created_at OR NEW.actor IS NOT "
    "OLD.actor OR NEW.entity IS NOT OLD.entity OR NEW.entity_id IS NOT OLD.entity_id OR "
    "NEW.action IS NOT OLD.action OR NEW.field IS NOT OLD.field OR "
    "(NEW.old_value IS NOT NULL AND NEW.old_value IS NOT OLD.old_value) OR "
    "(NEW.new_value IS NOT NULL AND NEW.new_value IS NOT OLD.new_value)"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
            f"WHEN {ALTERED} BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )
        return
    altered = ALTERED.replace(" IS NOT ", " IS DISTINCT FROM ").replace(
        "IS DISTINCT FROM NULL", "IS NOT NULL"
    )
    op.execute(
        f"""
        CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
        BEGIN
            IF TG_OP = 'DELETE' OR ({altered}) THEN
                RAISE EXCEPTION '{MESSAGE}';
            END IF;
            RETURN NEW;
        END $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER audit_log_no_update")
        op.execute("DROP TRIGGER audit_log_no_delete")
        return
    op.execute("DROP TRIGGER audit_log_append_only ON audit_log")
    op.execute("DROP FUNCTION audit_log_append_only()")
