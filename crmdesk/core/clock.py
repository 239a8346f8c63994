"""The one source of "now", so tests can fix the date."""

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Local wall-clock time without a zone: what staff see and type."""
    return datetime.now().replace(microsecond=0)
