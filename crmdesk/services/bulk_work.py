"""Python's cyclic garbage collector held off while the analytics, an import or an
export build hundreds of thousands of rows, tuples and values that form no reference
cycles.

Every few hundred new objects the collector runs, and every so often it walks every
object the app holds (SQLAlchemy's metadata, matplotlib, SciPy, the Qt wrappers, an
import's planned rows). At a million sales that was a quarter of all the analytics'
time, 4.5 s against 3.4 s held off; a 100 000-row import took 44.7 s against 40.7 s,
and exporting 100 000 customers 13.9–14.2 s against 13.1 (bench/RESULTS.md). Whatever
cycles such a computation leaves are collected once the collector is back on."""

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0  # computations inside, on any thread
_resume = False  # whether the collector was on when the first of them began


@contextmanager
def collector_held_off() -> Iterator[None]:
    """Usable as a decorator. Nested and concurrent uses hold the collector off until
    the last ends; one that was off before stays off."""
    global _running, _resume
    with _lock:
        if _running == 0:
            _resume = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _resume:
                gc.enable()
