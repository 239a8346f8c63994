"""The Sales tab of a customer file: every purchase, newest first, with the totals."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from crmdesk.core.sale import Sale, SalesSummary
from crmdesk.ui.formatting import format_count, format_date, format_money
from crmdesk.ui.models.records_model import RecordColumn, RecordsModel

CONTEXT = "SalesModel"
COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("SalesModel", "Date"), lambda s: format_date(s.occurred_on)),
    RecordColumn(QT_TRANSLATE_NOOP("SalesModel", "Product"), lambda s: s.product or ""),
    RecordColumn(
        QT_TRANSLATE_NOOP("SalesModel", "Quantity"),
        lambda s: "" if s.quantity is None else format(s.quantity.normalize(), "f"),
        align_right=True,
    ),
    RecordColumn(QT_TRANSLATE_NOOP("SalesModel", "Amount"), lambda s: format_money(s.amount), True),
    RecordColumn(
        QT_TRANSLATE_NOOP("SalesModel", "Gross profit"),
        lambda s: format_money(s.gross_profit),
        align_right=True,
    ),
    RecordColumn(QT_TRANSLATE_NOOP("SalesModel", "Notes"), lambda s: s.notes or ""),
)


class SalesPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model: RecordsModel[Sale] = RecordsModel(COLUMNS, CONTEXT, self)
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
        self.model.set_records(sales)
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
