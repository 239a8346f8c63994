"""Field-level differences between two versions of a record, for the audit trail, and
field values read back from the audit trail's text."""

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import get_args, get_type_hints


def field_changes(before: object, after: object, names: Iterable[str]) -> dict[str, tuple]:
    """Field → (old, new) for every named field that differs."""
    return {
        name: (getattr(before, name), getattr(after, name))
        for name in names
        if getattr(before, name) != getattr(after, name)
    }


def value_from_text(record_type: type, name: str, text: str | None):
    """Field ``name`` of ``record_type`` from its audit text (storage.audit.as_text)."""
    kind = _field_types(record_type)[name]
    if kind is tuple:  # tags: "a, b"
        return () if text is None else tuple(t.strip() for t in text.split(",") if t.strip())
    if text is None:
        return None
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(text)
    if kind is bool:
        return text == "True"
    if kind in (int, Decimal, date, datetime):
        return kind.fromisoformat(text) if kind in (date, datetime) else kind(text)
    return text


@cache
def _field_types(record_type: type) -> dict[str, type]:
    return {name: _without_none(hint) for name, hint in get_type_hints(record_type).items()}


def _without_none(annotation):
    """``X | None`` → X; ``tuple[str, ...]`` → tuple."""
    kept = [arg for arg in get_args(annotation) if arg is not type(None)]
    if len(kept) == 1:
        return _without_none(kept[0])
    return getattr(annotation, "__origin__", annotation)
