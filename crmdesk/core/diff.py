"""Field-level differences between two versions of a record, for the audit trail."""

from collections.abc import Iterable


def field_changes(before: object, after: object, names: Iterable[str]) -> dict[str, tuple]:
    """Field → (old, new) for every named field that differs."""
    return {
        name: (getattr(before, name), getattr(after, name))
        for name in names
        if getattr(before, name) != getattr(after, name)
    }
