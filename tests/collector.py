"""Counting the garbage collector's passes during a piece of work."""

import gc
from collections.abc import Callable


def passes_during(work: Callable[[], object]) -> list[int]:
    """The generation of each pass the collector started while ``work`` ran, were it
    on, with a pass due every 100 new objects (from none pending)."""
    started = []

    def note(phase, info):
        if phase == "start":
            started.append(info["generation"])

    thresholds = gc.get_threshold()
    gc.collect()
    gc.set_threshold(100)
    gc.callbacks.append(note)
    try:
        work()
    finally:
        gc.callbacks.remove(note)
        gc.set_threshold(*thresholds)
    return started
