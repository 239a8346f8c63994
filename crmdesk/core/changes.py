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
    TAG = "tag"
    USER = "user"


@dataclass(frozen=True)
class ChangeSet:
    items: frozenset[tuple[Entity, int]] = field(default_factory=frozenset)

    @classmethod
    def of(cls, entity: Entity, ids: Iterable[int]) -> "ChangeSet":
        return cls(frozenset((entity, i) for i in ids))

    def __or__(self, other: "ChangeSet") -> "ChangeSet":
        return ChangeSet(self.items | other.items)

    def __bool__(self) -> bool:
        return bool(self.items)

    def touches(self, entity: Entity) -> bool:
        return any(e == entity for e, _ in self.items)

    def ids(self, entity: Entity) -> set[int]:
        return {i for e, i in self.items if e == entity}


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a service call produced, and what it changed."""

    value: T
    changes: ChangeSet
