"""Likely duplicate pairs found over the whole database, strongest first."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crmdesk.core.duplicate_finder import DuplicateMatch
from crmdesk.ui.formatting import format_count
from crmdesk.ui.models.records_model import RecordColumn, RecordsModel

CONTEXT = "DuplicatePairsModel"
REASONS = {
    "phone": QT_TRANSLATE_NOOP("DuplicatePairsModel", "same phone"),
    "email": QT_TRANSLATE_NOOP("DuplicatePairsModel", "same e-mail"),
    "name": QT_TRANSLATE_NOOP("DuplicatePairsModel", "same name"),
    "similar name": QT_TRANSLATE_NOOP("DuplicatePairsModel", "similar name"),
}
_SEPARATOR = QT_TRANSLATE_NOOP("DuplicatePairsModel", ", ")  # "、" in Chinese


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("DuplicatePairsModel", "Code"), lambda m: m.first.code),
    RecordColumn(QT_TRANSLATE_NOOP("DuplicatePairsModel", "Name"), lambda m: m.first.name),
    RecordColumn(QT_TRANSLATE_NOOP("DuplicatePairsModel", "Code"), lambda m: m.second.code),
    RecordColumn(QT_TRANSLATE_NOOP("DuplicatePairsModel", "Name"), lambda m: m.second.name),
    RecordColumn(
        QT_TRANSLATE_NOOP("DuplicatePairsModel", "Why"),
        lambda m: _tr(_SEPARATOR).join(_tr(REASONS[r]) for r in m.reasons),
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("DuplicatePairsModel", "Similarity"),
        lambda m: f"{format_count(m.score)}%",
        align_right=True,
    ),
)


class DuplicatePairsModel(RecordsModel[DuplicateMatch]):
    def __init__(self, matches: list[DuplicateMatch], parent=None):
        super().__init__(COLUMNS, CONTEXT, parent)
        self.set_records(matches)

    def drop_file(self, customer_id: int) -> None:
        """A file left (merged into another): its pairs go with it."""
        self.set_records(
            [m for m in self.records() if customer_id not in (m.first.id, m.second.id)]
        )
