"""A customer's timeline as a list: a heading row per day, then that day's entries,
newest first. Pages arrive from the DB worker as the view scrolls (fetchMore)."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, Qt
from PySide6.QtGui import QFont

from crmdesk.core.enums import CustomerStatus, Tier
from crmdesk.core.timeline import TimelineEntry, TimelineKind
from crmdesk.ui.formatting import format_date, format_money
from crmdesk.ui.icons import icon
from crmdesk.ui.labels import label, step_title
from crmdesk.ui.models.windowed_table_model import ROOT, Index
from crmdesk.ui.theme import tint
from crmdesk.ui.worker import DbWorker

PAGE = 50
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
# The enum each tracked customer field's audit text is a value of.
FIELD_VALUES = {"status": CustomerStatus, "tier": Tier, "tier_override": Tier}
HEADING_BACKGROUND = "#eef2f6"

Fetch = Callable[[int, int], list[TimelineEntry]]  # offset, limit


class TimelineModel(QAbstractListModel):
    def __init__(self, worker: DbWorker, field_label: Callable[[str], str], parent=None):
        super().__init__(parent)
        self._worker, self._field_label = worker, field_label
        self._fetch: Fetch | None = None
        self._rows: list[date | TimelineEntry] = []
        self._loaded = 0
        self._more = False
        self._loading = False
        self._generation = 0  # answers for an older fetch are dropped

    def show(self, fetch: Fetch | None) -> None:
        """Start over with this source of pages (None: nothing to show)."""
        self._generation += 1
        self.beginResetModel()
        self._fetch, self._rows, self._loaded = fetch, [], 0
        self._more, self._loading = fetch is not None, False
        self.endResetModel()
        if fetch is not None:
            self.fetchMore(ROOT)

    def entry(self, row: int) -> TimelineEntry | None:
        found = self._rows[row]
        return found if isinstance(found, TimelineEntry) else None

    def entries(self) -> list[TimelineEntry]:
        return [row for row in self._rows if isinstance(row, TimelineEntry)]

    def is_loading(self) -> bool:
        return self._loading

    # paging

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        fetch, offset, generation = self._fetch, self._loaded, self._generation
        self._worker.submit(
            lambda: fetch(offset, PAGE),
            lambda page: self._arrived(generation, page),
            owner=self,
        )

    def _arrived(self, generation: int, page: list[TimelineEntry]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(page) == PAGE
        self._loaded += len(page)
        last_day = next((r.day for r in reversed(self._rows) if isinstance(r, TimelineEntry)), None)
        added: list[date | TimelineEntry] = []
        for entry in page:
            if entry.day != last_day:
                added.append(entry.day)
                last_day = entry.day
            added.append(entry)
        if added:
            first = len(self._rows)
            self.beginInsertRows(ROOT, first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    # Qt model

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if isinstance(self._rows[index.row()], TimelineEntry):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._rows[index.row()]
        if not isinstance(row, TimelineEntry):
            return self._heading_data(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.describe(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(_icon_name(row))
        if role == ENTRY_ROLE:
            return row
        return None

    @staticmethod
    def _heading_data(day: date, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return format_date(day)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return tint(HEADING_BACKGROUND)
        return None

    def describe(self, entry: TimelineEntry) -> str:
        """The entry's lines as shown: the headline, then what else it holds."""
        time = entry.at.strftime("%H:%M") if entry.has_time else ""
        if entry.kind is TimelineKind.ACTIVITY:
            head = [time, label(entry.channel), label(entry.direction), entry.title]
            lines = [entry.detail]
            facts = [
                QCoreApplication.translate("TimelineModel", "Outcome: %1").replace(
                    "%1", entry.outcome
                )
                if entry.outcome
                else "",
                QCoreApplication.translate("TimelineModel", "Contact: %1").replace(
                    "%1", entry.contact
                )
                if entry.contact
                else "",
                entry.by or "",
            ]
            if entry.follow_up_on:
                follow = (
                    QCoreApplication.translate("TimelineModel", "Done")
                    if entry.follow_up_done
                    else QCoreApplication.translate("TimelineModel", "Open")
                )
                facts.append(
                    QCoreApplication.translate("TimelineModel", "Follow-up %1 (%2)")
                    .replace("%1", format_date(entry.follow_up_on))
                    .replace("%2", follow)
                )
            lines.append(" · ".join(f for f in facts if f))
        elif entry.kind is TimelineKind.SALE:
            head = [
                QCoreApplication.translate("TimelineModel", "Sale"),
                entry.title,
                format_money(entry.amount),
            ]
            lines = [entry.detail]
        elif entry.kind is TimelineKind.CHANGE:
            values = FIELD_VALUES.get(entry.title)
            old, new = (self._value(values, v) for v in (entry.old_value, entry.new_value))
            head = [time, f"{self._field_label(entry.title)}: {old} → {new}"]
            lines = [entry.by]
        elif entry.kind is TimelineKind.COMPLAINT:
            head = [time, self._complaint_step(entry)]
            lines = [entry.detail, entry.by]
        elif entry.kind is TimelineKind.CHURN:
            head = [time, label(entry.outcome_of_churn), label(entry.churn_cause)]
            lines = [entry.detail, entry.by]
        else:
            text = (
                QCoreApplication.translate("TimelineModel", "Took in %1")
                if entry.kept_this_file
                else QCoreApplication.translate("TimelineModel", "Merged into %1")
            )
            head = [time, text.replace("%1", entry.title)]
            lines = [
                entry.by,
                QCoreApplication.translate("TimelineModel", "(undone)") if entry.undone else "",
            ]
        return "\n".join(
            [" · ".join(part for part in head if part), *(line for line in lines if line)]
        )

    @staticmethod
    def _complaint_step(entry: TimelineEntry) -> str:
        if entry.step is not None:
            text = QCoreApplication.translate("TimelineModel", "Complaint %1: %2 saved").replace(
                "%2", step_title(entry.step)
            )
        else:
            text = QCoreApplication.translate("TimelineModel", "Complaint %1: %2 → %3")
            text = text.replace("%2", label(entry.old_value)).replace("%3", label(entry.new_value))
        return text.replace("%1", entry.title)

    @staticmethod
    def _value(values, text: str | None) -> str:
        if not text:
            return QCoreApplication.translate("TimelineModel", "(none)")
        try:
            return label(values(text)) if values else text
        except ValueError:
            return text


def _icon_name(entry: TimelineEntry) -> str:
    if entry.kind is TimelineKind.ACTIVITY:
        return f"channel_{entry.channel.value}"
    return f"timeline_{entry.kind.value}"
