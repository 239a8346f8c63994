"""The Sales tab of a customer file: every purchase, newest first, with the totals."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from crmdesk.core.sale import Sale, SalesSummary
from crmdesk.ui.formatting import format_count, format_date, format_money
from crmdesk.ui.models.windowed_table_model import ROOT, Index

CONTEXT = "SalesModel"
COLUMNS = (
    (QT_TRANSLATE_NOOP("SalesModel", "Date"), lambda s: format_date(s.occurred_on), False),
    (QT_TRANSLATE_NOOP("SalesModel", "Product"), lambda s: s.product or "", False),
    (
        QT_TRANSLATE_NOOP("SalesModel", "Quantity"),
        lambda s: "" if s.quantity is None else format(s.quantity.normalize(), "f"),
        True,
    ),
    (QT_TRANSLATE_NOOP("SalesModel", "Amount"), lambda s: format_money(s.amount), True),
    (QT_TRANSLATE_NOOP("SalesModel", "Gross profit"), lambda s: format_money(s.gross_profit), True),
    (QT_TRANSLATE_NOOP("SalesModel", "Notes"), lambda s: s.notes or "", False),
)


class SalesModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._sales: list[Sale] = []

    def set_sales(self, sales: list[Sale]) -> None:
        self.beginResetModel()
        self._sales = list(sales)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._sales)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        _, text, right = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(self._sales[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SalesPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = SalesModel(self)
        self.summary = QLabel()
        self.summary.setObjectName("salesSummary")
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.show_sales([])

    def show_sales(self, sales: list[Sale]) -> None:
        self.model.set_sales(sales)
        summary = SalesSummary.of(sales)
        if not summary.count:
            self.summary.setText(self.tr("No sales yet."))
            return
        self.summary.setText(
            self.tr("Sales: %1 · total %2 · last on %3")
            .replace("%1", format_count(summary.count))
            .replace("%2", format_money(summary.total))
            .replace("%3", format_date(summary.last_on))
        )
        self.view.resizeColumnsToContents()
