"""Two people edited the same record: what each changed, and the record that keeps both.

A three-way comparison against the version both started from: a field only one of them
changed keeps that change; a field both changed differently is a clash, and the person
saving second chooses, field by field, whose value stands.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

Changes = Callable[[object, object], dict[str, tuple]]  # e.g. core.customer.changed_fields


@dataclass(frozen=True)
class Clash:
    field: str
    theirs: object
    yours: object


@dataclass(frozen=True)
class EditConflict:
    """Someone saved ``theirs`` after ``original`` was opened; ``yours`` is the edit."""

    original: object
    yours: object
    theirs: object
    changed_by: str
    changed_at: datetime | None
    changes: Changes

    def clashes(self) -> list[Clash]:
        mine = self.changes(self.original, self.yours)
        others = self.changes(self.original, self.theirs)
        return [
            Clash(name, self.theirs_value(name), after)
            for name, (_, after) in mine.items()
            if name in others and others[name][1] != after
        ]

    def theirs_value(self, name: str) -> object:
        return getattr(self.theirs, name)

    def resolved(self, keep_mine: set[str]) -> object:
        """Their record with every change of yours that does not clash, and of the
        clashing ones those in ``keep_mine``; saving it overwrites nothing unseen."""
        clashing = {clash.field for clash in self.clashes()}
        mine = self.changes(self.original, self.yours)
        kept = {
            name: after
            for name, (_, after) in mine.items()
            if name not in clashing or name in keep_mine
        }
        return replace(self.theirs, **kept)
