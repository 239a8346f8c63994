"""Alembic revisions, bundled in the package so the app can upgrade a database on start."""

from crmdesk.paths import bundled

# Alembic reads the revisions as .py files, so a bundle ships them as data.
DIRECTORY = bundled("crmdesk", "storage", "migrations")

# The newest revision. tests/storage/test_migrations.py checks it against Alembic's own
# view, so the app can skip loading Alembic when a database is already current.
HEAD = "0014"


def is_search_index(name: str | None) -> bool:
    """The FTS5 index and its shadow tables: made by hand in 0002, not by the models."""
    return bool(name) and name.startswith("customer_search_fts")


# Indexes on an expression of the birthday, SQLite only: made by hand in 0007.
BIRTHDAY_DAY_INDEXES = {
    "ix_customers_birthday_day": "customers",
    "ix_contacts_birthday_day": "contacts",
}


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    if type_ == "index":
        return name not in BIRTHDAY_DAY_INDEXES
    return not (type_ == "table" and is_search_index(name))
