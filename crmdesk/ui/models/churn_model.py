"""The churn warning as a table: who, how urgent, why, and what to do."""

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from crmdesk.services.churn import ChurnRow, LostCustomer
from crmdesk.ui.formatting import format_datetime
from crmdesk.ui.labels import label
from crmdesk.ui.models.records_model import RecordColumn, RecordsModel

CONTEXT = "ChurnModel"


def _days(value: float) -> str:
    return "" if math.isnan(value) else f"{value:,.0f}"


def _reasons(row: ChurnRow) -> str:
    return " · ".join(label(reason) for reason in row.risk.reasons)


def details(row: ChurnRow) -> str:
    """The numbers behind the reasons (a tooltip)."""
    risk = row.risk
    parts = [
        QCoreApplication.translate(CONTEXT, "Last purchase %1 days ago, usually every %2 days")
        .replace("%1", _days(risk.days_since_purchase))
        .replace("%2", _days(risk.usual_interval))
        if not math.isnan(risk.usual_interval)
        else "",
        QCoreApplication.translate(CONTEXT, "Probability still buying: %1").replace(
            "%1", f"{risk.probability_alive:.0%}"
        )
        if not math.isnan(risk.probability_alive)
        else "",
        QCoreApplication.translate(CONTEXT, "No contact for %1 days").replace(
            "%1", _days(risk.days_silent)
        )
        if not math.isnan(risk.days_silent)
        else "",
    ]
    return "\n".join(p for p in parts if p)


# Both lists start with who the customer is.
CUSTOMER_COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("ChurnModel", "Code"), lambda r: r.code),
    RecordColumn(QT_TRANSLATE_NOOP("ChurnModel", "Name"), lambda r: r.name),
    RecordColumn(QT_TRANSLATE_NOOP("ChurnModel", "Tier"), lambda r: label(r.tier)),
)


class ChurnModel(RecordsModel[ChurnRow]):
    def __init__(self, parent=None):
        columns = [
            *CUSTOMER_COLUMNS,
            RecordColumn(
                QT_TRANSLATE_NOOP("ChurnModel", "Risk"), lambda r: str(r.risk.score), True
            ),
            RecordColumn(QT_TRANSLATE_NOOP("ChurnModel", "Why"), _reasons),
            RecordColumn(
                QT_TRANSLATE_NOOP("ChurnModel", "Suggested action"),
                lambda r: label(r.risk.action),
            ),
            RecordColumn(
                QT_TRANSLATE_NOOP("ChurnModel", "Lifetime value"),
                lambda r: f"{r.risk.value:,.0f}",
                True,
            ),
            RecordColumn(
                QT_TRANSLATE_NOOP("ChurnModel", "Days since purchase"),
                lambda r: _days(r.risk.days_since_purchase),
                True,
            ),
            RecordColumn(
                QT_TRANSLATE_NOOP("ChurnModel", "Days without contact"),
                lambda r: _days(r.risk.days_silent),
                True,
            ),
        ]
        super().__init__(columns, CONTEXT, parent)

    def role_data(self, record: ChurnRow, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            return details(record)
        return None

    def drop(self, customer_id: int) -> None:
        """Take a customer off the list (marked lost)."""
        self.set_records([r for r in self.records() if r.risk.customer_id != customer_id])


class LostModel(RecordsModel[LostCustomer]):
    def __init__(self, parent=None):
        columns = [
            *CUSTOMER_COLUMNS,
            RecordColumn(
                QT_TRANSLATE_NOOP("ChurnModel", "Lost on"),
                lambda r: format_datetime(r.lost_at) if r.lost_at else "",
            ),
            RecordColumn(QT_TRANSLATE_NOOP("ChurnModel", "Cause"), lambda r: label(r.cause)),
            RecordColumn(QT_TRANSLATE_NOOP("ChurnModel", "Note"), lambda r: r.note or ""),
        ]
        super().__init__(columns, CONTEXT, parent)
