"""One column of the pipeline board: the opportunities at one stage as cards, which
can be dragged to another column. A drop only reports which cards went where; the
page moves them through the service and the columns reload from the database."""

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, Qt, Signal

from crmdesk.core.opportunity import Stage, missing_man, probability, weighted
from crmdesk.ui.formatting import format_date, format_money
from crmdesk.ui.models.windowed_table_model import ROOT, Index

MIME_TYPE = "application/x-crmdesk-opportunity"
ID_ROLE = Qt.ItemDataRole.UserRole


def unqualified(row) -> bool:
    """A listed deal (an OpportunityRow) of a prospect whose file does not confirm
    Money, Authority and Need."""
    return bool(missing_man(row.customer_status, row.man_money, row.man_authority, row.man_need))


class BoardColumnModel(QAbstractListModel):
    dropped = Signal(list, str)  # opportunity ids, the stage they were dropped on

    def __init__(self, stage: Stage, parent=None):
        super().__init__(parent)
        self.stage = stage
        self._cards: list = []  # OpportunityRow, as the service lists them

    def set_cards(self, cards: list) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def card(self, row: int):
        return self._cards[row]

    def row_of(self, opportunity_id: int) -> int | None:
        return next((i for i, c in enumerate(self._cards) if c.id == opportunity_id), None)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self._cards[index.row()]
        if role == ID_ROLE:
            return card.id
        if role == Qt.ItemDataRole.DisplayRole:
            percent = probability(card.probability, self.stage)
            flag = self.tr("⚠ MAN · ") if unqualified(card) else ""
            when = (
                self.tr("closes %1").replace("%1", format_date(card.expected_close))
                if self.stage.is_open
                else self.tr("closed %1").replace("%1", format_date(card.closed_on))
            )
            return "\n".join(
                (
                    card.title,
                    f"{flag}{card.customer}",
                    f"{format_money(card.amount)} · {percent}%",
                    when,
                )
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            weight = format_money(weighted(card.amount, probability(card.probability, self.stage)))
            details = (
                f"{card.number} · {card.customer}",
                self.tr("Weighted %1").replace("%1", weight),
                card.owner or "",
                card.next_step or "",
            )
            return "\n".join(line for line in details if line)
        return None

    # drag and drop

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        ids = ",".join(str(self._cards[i.row()].id) for i in indexes if i.isValid())
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(ids.encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Report the move; False, so the source column keeps its rows until the
        service has moved them (a refused move leaves the board as it was)."""
        if not data.hasFormat(MIME_TYPE):
            return False
        text = bytes(data.data(MIME_TYPE)).decode()
        ids = [int(part) for part in text.split(",") if part]
        mine = {card.id for card in self._cards}
        moving = [i for i in ids if i not in mine]
        if moving:
            self.dropped.emit(moving, self.stage.code)
        return False
