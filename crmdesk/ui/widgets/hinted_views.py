"""Item views that say what to do next when they have nothing to show."""

from PySide6.QtCore import QAbstractItemModel, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListView, QTableView

HINT_MARGIN = 24
HINT_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def hint_area(view: QAbstractItemView) -> QRect:
    """Where the hint is written: the viewport inside a margin, thinner above and below
    in a short view, so that two lines still fit where a list is only a few rows tall."""
    viewport = view.viewport().rect()
    vertical = min(HINT_MARGIN, viewport.height() // 8)
    return viewport.adjusted(HINT_MARGIN, vertical, -HINT_MARGIN, -vertical)


def paint_hint(view: QAbstractItemView, text: str) -> None:
    """``text`` centred in the empty viewport, in the placeholder colour."""
    model = view.model()
    if not text or model is None or model.rowCount() > 0:
        return
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().color(QPalette.ColorRole.PlaceholderText))
    painter.drawText(hint_area(view), HINT_FLAGS, text)
    painter.end()


class EmptyHint:
    """Mixed into an item view: ``set_empty_hint`` sets what it says while empty."""

    empty_hint = ""

    def set_empty_hint(self, text: str) -> None:
        self.empty_hint = text
        self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        paint_hint(self, self.empty_hint)


class HintedTableView(EmptyHint, QTableView):
    pass


class HintedListView(EmptyHint, QListView):
    pass


def record_table(
    model: QAbstractItemModel, name: str, *, last_fills: bool = False
) -> HintedTableView:
    """A read-only table of whole records: one row chosen at a time, the columns sharing
    the width, or with ``last_fills`` keeping theirs while the last takes the rest."""
    view = HintedTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    if last_fills:
        view.horizontalHeader().setStretchLastSection(True)
    else:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view
