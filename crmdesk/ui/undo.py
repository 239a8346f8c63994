"""Undo and redo of the session's changes to customer files (Edit ▸ Undo, Ctrl+Z).

Each change is done first through a service; its command is then pushed already done,
and undo/redo replay the opposite or the same change through the service. A replay
the database refuses (someone else changed the file since) is reported and the
command leaves the stack, so the history never claims what did not happen.
"""

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from crmdesk.core.changes import ChangeSet
from crmdesk.core.edits import FieldEdits, reversed_edits
from crmdesk.core.errors import DomainError
from crmdesk.services.customers import CustomerService
from crmdesk.services.merges import MergeService
from crmdesk.ui.data_bus import DataBus

Change = Callable[[], ChangeSet]


class _DoneCommand(QUndoCommand):
    """A change already made; undo and redo run ``undo_change`` and ``redo_change``."""

    def __init__(self, history: "UndoHistory", text: str, undo_change: Change, redo_change: Change):
        super().__init__(text)
        self._history = history
        self._undo_change, self._redo_change = undo_change, redo_change
        self._done = True

    def redo(self) -> None:
        if self._done:  # pushed after the fact: nothing to do the first time
            self._done = False
            return
        self._replay(self._redo_change)

    def undo(self) -> None:
        self._replay(self._undo_change)

    def _replay(self, change: Change) -> None:
        try:
            self._history.bus.publish(change())
        except DomainError as refused:
            self.setObsolete(True)
            self._history.refused.emit(f"{self.text()}: {refused}")


class UndoHistory(QObject):
    refused = Signal(str)  # an undo or redo the database refused, and why

    def __init__(self, customers: CustomerService, merges: MergeService, bus: DataBus, parent=None):
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.bus = bus
        self._customers, self._merges = customers, merges

    def _push(self, text: str, undo_change: Change, redo_change: Change) -> None:
        self.stack.push(_DoneCommand(self, text, undo_change, redo_change))

    def edited(self, what: str, edits: FieldEdits) -> None:
        """Fields of files were changed (a form saved, a bulk edit)."""
        if edits:
            backwards = reversed_edits(edits)
            self._push(
                what,
                lambda: self._customers.apply_edits(backwards).changes,
                lambda: self._customers.apply_edits(edits).changes,
            )

    def created(self, name: str, customer_id: int) -> None:
        self._push(
            QCoreApplication.translate("UndoHistory", "New customer %1").replace("%1", name),
            lambda: self._customers.delete([customer_id]),
            lambda: self._customers.restore([customer_id]),
        )

    def moved_to_bin(self, ids: list[int]) -> None:
        self._push(
            QCoreApplication.translate(
                "UndoHistory", "Move %n customer(s) to the bin", "", len(ids)
            ),
            lambda: self._customers.restore(ids),
            lambda: self._customers.delete(ids),
        )

    def restored(self, ids: list[int]) -> None:
        self._push(
            QCoreApplication.translate("UndoHistory", "Restore %n customer(s)", "", len(ids)),
            lambda: self._customers.delete(ids),
            lambda: self._customers.restore(ids),
        )

    def merged(
        self, merge_id: int, survivor_id: int, absorbed_id: int, take: Mapping[str, bool]
    ) -> None:
        latest = [merge_id]  # a redo is a new merge, with an id of its own

        def redo_merge() -> ChangeSet:
            outcome = self._merges.merge(survivor_id, absorbed_id, take)
            latest[0] = outcome.value
            return outcome.changes

        self._push(
            QCoreApplication.translate("UndoHistory", "Merge customers"),
            lambda: self._merges.undo(latest[0]),
            redo_merge,
        )
