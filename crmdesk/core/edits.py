"""Edits as data: what changed on which files, so a change can be undone and redone,
and one change applied to many files at once (bulk edit)."""

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from crmdesk.core.customer import Customer

# customer id → field → (value before, value after)
FieldEdits = Mapping[int, Mapping[str, tuple[object, object]]]

# What a bulk edit may set; anything else is edited file by file.
BULK_FIELDS = frozenset({"owner_id", "status", "tier_override"})


def reversed_edits(edits: FieldEdits) -> dict[int, dict[str, tuple[object, object]]]:
    """The edits that take every file back: after → before."""
    return {
        customer_id: {name: (after, before) for name, (before, after) in fields.items()}
        for customer_id, fields in edits.items()
    }


@dataclass(frozen=True)
class BulkEdit:
    """One change for many files: fields set to a value (None clears), tags added and
    tags taken off."""

    values: Mapping[str, object] = field(default_factory=dict)
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        unknown = set(self.values) - BULK_FIELDS
        if unknown:
            raise ValueError(f"not editable in bulk: {', '.join(sorted(unknown))}")

    def __bool__(self) -> bool:
        return bool(self.values or self.add_tags or self.remove_tags)

    def applied_to(self, customer: Customer) -> Customer:
        tags = (set(customer.tags) | set(self.add_tags)) - set(self.remove_tags)
        return replace(customer, **self.values, tags=tuple(sorted(tags)))  # as stored
