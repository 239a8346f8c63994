"""The pipeline as a board: a column per stage with its count, amount and weighted
amount, the deals as cards. Drag a card to another column to move it, or select it
and press Ctrl+→ / Ctrl+← (or use its context menu); Enter opens it."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.opportunity import Stage
from crmdesk.ui.formatting import format_count, format_money
from crmdesk.ui.labels import stage_name
from crmdesk.ui.models.board_model import ID_ROLE, BoardColumnModel

COLUMN_WIDTH = 240


class StageColumn(QFrame):
    def __init__(self, stage: Stage, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"stage_{stage.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.model = BoardColumnModel(stage, self)
        self.header = QLabel(objectName="stageHeader", wordWrap=True)
        self.view = QListView(objectName="cards")
        self.view.setModel(self.model)
        # Four lines a card, each cut short with "…" rather than wrapped: every card
        # the same height (the tooltip has the rest).
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(3)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.show_total(None, 0)

    def show_total(self, total, shown: int) -> None:
        """``total``: the stage's StageTotal (None: nothing there)."""
        stage = self.model.stage
        count = total.count if total else 0
        lines = [
            f"<b>{stage_name(stage)}</b> · {stage.probability}% · {format_count(count)}",
            self.tr("Amount %1").replace("%1", format_money(total.amount if total else None)),
        ]
        if stage.is_open:
            weighted = format_money(total.weighted if total else None)
            lines.append(self.tr("Weighted %1").replace("%1", weighted))
        if count > shown:
            lines.append(self.tr("showing %1 of them").replace("%1", format_count(shown)))
        self.header.setText("<br>".join(lines))


class PipelineBoard(QScrollArea):
    move_requested = Signal(int, str)  # opportunity id, stage code
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.columns: list[StageColumn] = []
        self._strip = QWidget()
        self._row = QHBoxLayout(self._strip)
        self._row.addStretch(1)
        self.setWidget(self._strip)
        self.next_action = self._action(self.tr("Move to the next stage"), "Ctrl+Right", +1)
        self.previous_action = self._action(self.tr("Move to the previous stage"), "Ctrl+Left", -1)

    def _action(self, text: str, keys: str, step: int) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.move_selected_by(step))
        self.addAction(action)
        return action

    def set_stages(self, stages: tuple[Stage, ...]) -> None:
        for column in self.columns:
            column.deleteLater()
        self.columns = []
        for stage in stages:
            column = StageColumn(stage)
            column.model.dropped.connect(
                lambda ids, code: [self.move_requested.emit(i, code) for i in ids]
            )
            column.view.activated.connect(
                lambda index: self.open_requested.emit(index.data(ID_ROLE))
            )
            column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.view.customContextMenuRequested.connect(
                lambda position, c=column: self._menu(c, position)
            )
            self._row.insertWidget(self._row.count() - 1, column)
            self.columns.append(column)

    def column_of(self, code: str) -> StageColumn:
        return next(c for c in self.columns if c.model.stage.code == code)

    def show_stage(self, code: str, cards: list, total) -> None:
        column = self.column_of(code)
        column.model.set_cards(cards)
        column.show_total(total, len(cards))

    def selected(self) -> tuple[int, int] | None:
        """(column position, opportunity id) of the card with the focus or selection."""
        for position, column in enumerate(self.columns):
            index = column.view.currentIndex()
            if index.isValid() and column.view.hasFocus():
                return position, index.data(ID_ROLE)
        for position, column in enumerate(self.columns):
            rows = column.view.selectionModel().selectedRows()
            if rows:
                return position, rows[0].data(ID_ROLE)
        return None

    def select(self, opportunity_id: int) -> bool:
        """Put the focus on the card of this opportunity, wherever it is now."""
        for column in self.columns:
            row = column.model.row_of(opportunity_id)
            if row is not None:
                column.view.setFocus()
                column.view.setCurrentIndex(column.model.index(row))
                return True
        return False

    def move_selected_by(self, step: int) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        position, opportunity_id = chosen
        target = position + step
        if 0 <= target < len(self.columns):
            self.move_requested.emit(opportunity_id, self.columns[target].model.stage.code)

    def _menu(self, column: StageColumn, position) -> None:
        index = column.view.indexAt(position)
        if not index.isValid():
            return
        opportunity_id = index.data(ID_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(opportunity_id))
        move = menu.addMenu(self.tr("Move to"))
        for other in self.columns:
            if other is not column:
                code = other.model.stage.code
                move.addAction(
                    stage_name(other.model.stage),
                    lambda c=code: self.move_requested.emit(opportunity_id, c),
                )
        menu.popup(column.view.viewport().mapToGlobal(position))
