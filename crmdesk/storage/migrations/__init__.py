"""Alembic revisions, bundled in the package so the app can upgrade a database on start."""

from crmdesk.paths import bundled

# Alembic reads the revisions as .py files, so a bundle ships them as data.
DIRECTORY = bundled("crmdesk", "storage", "migrations")

# The newest revision. tests/storage/test_migrations.py checks it against Alembic's own
# view, so the app can skip loading Alembic when a database is already current.
HEAD = "0015"


def is_search_index(name: str | None) -> bool:
    """The search indexes made by hand, not by the models: the FTS5 tables of 0002 and
    0015 with their shadow tables, and the gram table, which only PostgreSQL keeps."""
    return bool(name) and name.startswith(("customer_search_fts", "customer_search_grams"))


# Indexes on an expression of the birthday, SQLite only: made by hand in 0007.
BIRTHDAY_DAY_INDEXES = {
    "ix_customers_birthday_day": "customers",
    "ix_contacts_birthday_day": "contacts",
}


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    if type_ == "index":
        return name not in BIRTHDAY_DAY_INDEXES
    return not (type_ == "table" and is_search_index(name))
