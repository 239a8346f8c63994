"""Merging two files of the same party (domain.md §1): which fields can be taken from
the other file, and the file that results."""

from collections.abc import Mapping
from dataclasses import replace

from crmdesk.core.customer import (
    EDITABLE_FIELDS,
    INDIVIDUAL_FIELDS,
    ORGANIZATION_FIELDS,
    Customer,
)
from crmdesk.core.enums import CustomerKind
from crmdesk.core.errors import DomainError
from crmdesk.core.messages import Message

# Pseudo-fields of the audit trail that say which file went into which.
MERGED_WITH = "merged_with"
MERGED_INTO = "merged_into"


def mergeable_fields(survivor: Customer) -> tuple[str, ...]:
    """Fields whose value may come from either file: the survivor keeps its kind, and
    the two files' tags are always joined."""
    other_kind = (
        ORGANIZATION_FIELDS if survivor.kind == CustomerKind.INDIVIDUAL else INDIVIDUAL_FIELDS
    )
    return tuple(n for n in EDITABLE_FIELDS if n not in other_kind and n not in {"kind", "tags"})


def differing_fields(survivor: Customer, absorbed: Customer) -> tuple[str, ...]:
    """The fields where the absorbed file has something the survivor does not: what
    the user is asked to choose."""
    return tuple(
        name
        for name in mergeable_fields(survivor)
        if getattr(absorbed, name) not in (None, "", False)
        and getattr(absorbed, name) != getattr(survivor, name)
    )


def merged(survivor: Customer, absorbed: Customer, take: Mapping[str, bool]) -> Customer:
    """The survivor with the absorbed file's value for each field in ``take`` that is
    True, and the tags of both."""
    allowed = set(mergeable_fields(survivor))
    wrong = sorted(set(take) - allowed)
    if wrong:
        raise DomainError(Message("These fields cannot be taken in a merge: %1", ", ".join(wrong)))
    if survivor.id == absorbed.id:
        raise DomainError(Message("A file cannot be merged with itself"))
    taken = {name: getattr(absorbed, name) for name, chosen in take.items() if chosen}
    tags = tuple(sorted(set(survivor.tags) | set(absorbed.tags)))  # as storage orders them
    return replace(survivor, **taken, tags=tags)
