"""Change sets: what a service call changed, so every open view can refresh itself."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class Entity(StrEnum):
    CUSTOMER = "customer"
    CONTACT = "contact"
    ACTIVITY = "activity"
    TRANSACTION = "transaction"
    COMPLAINT = "complaint"
    CHURN_EVENT = "churn_event"
    SURVEY = "survey"
    OPPORTUNITY = "opportunity"
    TAG = "tag"
    USER = "user"


@dataclass(frozen=True)
class ChangeSet:
    items: frozenset[tuple[Entity, int]] = field(default_factory=frozenset)
    wholesale: frozenset[Entity] = field(default_factory=frozenset)  # too many ids to list

    @classmethod
    def of(cls, entity: Entity, ids: Iterable[int]) -> "ChangeSet":
        return cls(frozenset((entity, i) for i in ids))

    @classmethod
    def bulk(cls, *entities: Entity) -> "ChangeSet":
        """Many rows of these kinds changed (an import, demo data): views reload whole."""
        return cls(wholesale=frozenset(entities))

    def __or__(self, other: "ChangeSet") -> "ChangeSet":
        return ChangeSet(self.items | other.items, self.wholesale | other.wholesale)

    def __bool__(self) -> bool:
        return bool(self.items or self.wholesale)

    def touches(self, entity: Entity) -> bool:
        return entity in self.wholesale or any(e == entity for e, _ in self.items)

    def ids(self, entity: Entity) -> set[int]:
        return {i for e, i in self.items if e == entity}


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a service call produced, and what it changed."""

    value: T
    changes: ChangeSet
