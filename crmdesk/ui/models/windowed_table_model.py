"""A table model over an SQL list, loaded one window of rows at a time.

Counting, filtering and sorting run in the database (design.md: a re-query is ~0.1 s
where a proxy over 100k Python rows took 1–31 s to sort). Pages are fetched on the DB
worker thread and formatted there, so ``data()`` only looks up ready-made text.
"""

from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from crmdesk.core.errors import Cancelled
from crmdesk.core.listing import ListQuery
from crmdesk.ui.worker import DbWorker

PAGE_SIZE = 100  # a screenful or three: the first paint formats only these
PAGES_KEPT = 80
EXPORT_CHUNK = 2000

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    key: str  # the list's sort key
    title: str  # source text; translated in the model's context
    text: Callable[[Any], str]  # row → display text
    align_right: bool = False
    # row → the typed value an export writes (a date cell, not its text); text if None
    value: Callable[[Any], Any] | None = None
    # row → a colour for the text (e.g. an overdue deadline in red); None: the default
    tone: Callable[[Any], QColor | None] | None = None

    def export_value(self, row: Any) -> Any:
        return self.value(row) if self.value else self.text(row)


@dataclass(frozen=True)
class _Page:
    ids: list[int]
    cells: list[list[str]]
    tones: list[list[QColor | None]]


class WindowedTableModel(QAbstractTableModel):
    first_page_ready = Signal()  # a new query's first rows are in and can be shown
    counted = Signal(int)  # ... and then its full row count

    def __init__(
        self,
        columns: Sequence[Column],
        count: Callable[[ListQuery], int],
        page: Callable[[ListQuery, int, int], list],
        worker: DbWorker,
        context: str,
        parent=None,
    ):
        super().__init__(parent)
        self._columns = list(columns)
        self._count, self._page = count, page
        self._worker = worker
        # Counting a large result takes longer than a window of it: on a thread of its
        # own, a count never holds back the next keystroke's first window.
        self._counter = DbWorker(self)
        self._counter.failed.connect(worker.failed)
        self._context = context
        self._query = ListQuery()
        self._total = 0
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0

    # queries

    def query(self) -> ListQuery:
        return self._query

    def rows_for_export(
        self, columns: Sequence[Column], progress, cancelled
    ) -> Iterator[list[Any]]:
        """Every row of the current query in its order, as ``columns`` export them;
        read a chunk at a time (call on the DB thread). Raises Cancelled when asked."""
        query, offset, total = self._query, 0, max(self._total, 1)
        while chunk := self._page(query, offset, EXPORT_CHUNK):
            if cancelled():
                raise Cancelled()
            for row in chunk:
                yield [column.export_value(row) for column in columns]
            offset += len(chunk)
            progress(min(offset, total), total)

    def columns(self) -> list[Column]:
        return list(self._columns)

    def set_query(self, query: ListQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Fetch the first window, then the count (after a search, a sort or a change).

        The count is asked for once the first rows are shown: counting a large table (or
        a slow server) must neither hold back the first paint nor share the CPU with it.
        """
        self._generation += 1
        generation, query = self._generation, self._query
        self._worker.submit(
            self._unless_superseded(generation, lambda: self._formatted(query, 0)),
            lambda page: self._reset(generation, page),
            owner=self,
        )

    def _unless_superseded(self, generation: int, job: Callable[[], Any]) -> Callable[[], Any]:
        """The job, skipped on the DB thread if a newer query came while it waited:
        typing fast must not queue a count per keystroke before the newest window."""
        return lambda: job() if generation == self._generation else None

    def column_keys(self) -> list[str]:
        return [column.key for column in self._columns]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            replace(self._query, sort_key=self._columns[column].key, descending=descending)
        )

    def row_id(self, row: int) -> int | None:
        page = self._pages.get(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page.ids[offset] if page and offset < len(page.ids) else None

    def rows_of(self, ids: set[int]) -> list[int]:
        """Rows holding these ids, among the windows loaded so far."""
        return [
            page_no * PAGE_SIZE + offset
            for page_no, page in self._pages.items()
            for offset, row_id in enumerate(page.ids)
            if row_id in ids
        ]

    # Qt model interface

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self._columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            page = self._pages.get(index.row() // PAGE_SIZE)
            offset = index.row() % PAGE_SIZE
            return page.tones[offset][index.column()] if page and offset < len(page.tones) else None
        if role == Qt.ItemDataRole.DisplayRole:
            page_no, offset = divmod(index.row(), PAGE_SIZE)
            page = self._pages.get(page_no)
            if page is None:
                self._request(page_no)
                return None
            self._pages.move_to_end(page_no)
            return page.cells[offset][index.column()] if offset < len(page.cells) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[index.column()].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # loading

    def _formatted(self, query: ListQuery, page_no: int) -> _Page:
        rows = self._page(query, page_no * PAGE_SIZE, PAGE_SIZE)
        return _Page(
            ids=[row.id for row in rows],
            cells=[[column.text(row) for column in self._columns] for row in rows],
            tones=[[column.tone and column.tone(row) for column in self._columns] for row in rows],
        )

    def _reset(self, generation: int, first: _Page) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self.beginResetModel()
        self._total = len(first.ids)  # until the count is in
        self._pages = OrderedDict({0: first})
        self._pending.clear()
        self.endResetModel()
        self.first_page_ready.emit()
        if len(first.ids) < PAGE_SIZE:  # a short first window is the whole result
            self.counted.emit(self._total)
            return
        query = self._query
        self._counter.submit(
            self._unless_superseded(generation, lambda: self._count(query)),
            lambda total: self._set_total(generation, total),
            owner=self,
        )

    def _set_total(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self._apply_total(total)

    def _apply_total(self, total: int) -> None:
        if total > self._total:
            self.beginInsertRows(ROOT, self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:  # rows went away between the two queries
            self.beginRemoveRows(ROOT, total, self._total - 1)
            self._total = total
            self.endRemoveRows()
        self.counted.emit(total)

    def _request(self, page_no: int) -> None:
        if page_no in self._pending:
            return
        self._pending.add(page_no)
        generation, query = self._generation, self._query
        self._worker.submit(
            self._unless_superseded(generation, lambda: self._formatted(query, page_no)),
            lambda page: self._page_arrived(generation, page_no, page),
            owner=self,
        )

    def _page_arrived(self, generation: int, page_no: int, page: _Page) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page_no)
        self._pages[page_no] = page
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)
        if page.ids:
            first = page_no * PAGE_SIZE
            self.dataChanged.emit(
                self.index(first, 0),
                self.index(first + len(page.ids) - 1, len(self._columns) - 1),
                [Qt.ItemDataRole.DisplayRole],
            )
