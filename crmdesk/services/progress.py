"""How long jobs report progress and learn that the user cancelled."""

from collections.abc import Callable

from crmdesk.core.errors import Cancelled
from crmdesk.core.messages import Message

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]


def no_progress(done: int, total: int) -> None:
    """For callers that do not show progress."""


def never_cancelled() -> bool:
    return False


class ProgressTracker:
    """Counts rows towards a known total; raises Cancelled as soon as the flag is set,
    so the caller's transaction rolls back."""

    def __init__(self, total: int, progress: Progress, cancelled: CancelFlag):
        self.total, self.done = total, 0
        self._progress, self._cancelled = progress, cancelled

    def advance(self, rows: int) -> None:
        if self._cancelled():
            raise Cancelled(Message("Cancelled: nothing was written"))
        self.done += rows
        self._progress(self.done, self.total)
