"""Artists a chart keeps on its axes from one drawing to the next and updates in place.
Clearing the axes makes matplotlib build their ticks, transforms and texts again at the
next draw: with that, redrawing the pyramid and Pareto for new figures took 115 ms
against the 100 ms an update may take (bench/RESULTS.md)."""

from collections.abc import Callable, Hashable
from typing import Protocol, TypeVar
from weakref import WeakKeyDictionary


class Artists(Protocol):
    @property
    def anchor(self):
        """One of the artists: it leaves the axes when they are cleared."""


A = TypeVar("A", bound=Artists)
_KEPT: WeakKeyDictionary = WeakKeyDictionary()  # axes → (shape, artists)


def kept(axes, shape: Hashable, make: Callable[[], A]) -> A:
    """The artists ``make`` drew on ``axes`` for ``shape`` (a chart's name and how many
    parts it has) if they are still there; else the axes cleared and ``make()`` anew."""
    found = _KEPT.get(axes)
    if found is not None and found[0] == shape and found[1].anchor.axes is axes:
        return found[1]
    axes.clear()
    artists = make()
    _KEPT[axes] = (shape, artists)
    return artists
