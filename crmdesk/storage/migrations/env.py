"""Alembic environment: runs on the connection crmdesk hands over (never from an ini URL)."""

from alembic import context

from crmdesk.storage.migrations import include_object
from crmdesk.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through table copies
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
