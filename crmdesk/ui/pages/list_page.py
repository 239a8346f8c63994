"""A searchable, sortable SQL-backed list: search box, match count, table.

Column widths, order, visibility and the sort are remembered per list (QSettings);
a right click on the header chooses the columns.
"""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.list_export import ListExport
from crmdesk.ui.long_job import run_with_progress
from crmdesk.ui.messages import error_text
from crmdesk.ui.models.windowed_table_model import WindowedTableModel
from crmdesk.ui.widgets.hinted_views import HintedTableView
from crmdesk.ui.worker import DbWorker

SEARCH_DELAY_MS = 250  # typing pauses this long before the list re-queries


class ListPage(QWidget):
    exported = Signal(object, int)  # path, rows written
    export_failed = Signal(str)

    def __init__(
        self,
        model: WindowedTableModel,
        settings: QSettings,
        settings_key: str,
        default_sort: tuple[int, Qt.SortOrder],
        list_export: ListExport,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.model = model
        self._list_export = list_export
        self._settings, self._key = settings, settings_key

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.view = HintedTableView()
        self.view.setModel(model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)

        self.top_bar = QHBoxLayout()  # pages add their buttons here
        self.top_bar.addWidget(self.search, 1)
        self.top_bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top_bar)
        layout.addWidget(self.view, 1)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._debounce.start)
        model.counted.connect(self._show_count)
        # After a refresh: where the user was, and what they had selected.
        self._kept_scroll: int | None = None
        self._kept_ids: set[int] = set()
        model.counted.connect(self._restore_scroll)
        model.dataChanged.connect(self._reselect)
        # Exports read on a thread of their own, so the list keeps scrolling meanwhile.
        self._export_worker = DbWorker(self)
        self._restore_layout(*default_sort)

    def refresh(self) -> None:
        """Re-query after a change made elsewhere, keeping the scroll position and the
        selection (by id: rows may have moved)."""
        self._kept_scroll = self.view.verticalScrollBar().value()
        self._kept_ids = set(self.selected_ids())
        self.model.reload()

    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        ids = (self.model.row_id(index.row()) for index in rows)
        return [row_id for row_id in ids if row_id is not None]

    def _restore_scroll(self) -> None:
        if self._kept_scroll is not None:
            # The view lays out the grown row count lazily; without this the old scroll
            # position would be clipped to the first window's height.
            self.view.doItemsLayout()
            self.view.verticalScrollBar().setValue(self._kept_scroll)
            self._kept_scroll = None
        self._reselect()

    def _reselect(self) -> None:
        """Select the kept ids as their rows arrive; stop once all are back."""
        if not self._kept_ids:
            return
        rows = self.model.rows_of(self._kept_ids)
        if not rows:
            return
        selection = self.view.selectionModel()
        for row in rows:
            selection.select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._kept_ids.discard(self.model.row_id(row))

    def column_layout(self) -> tuple[tuple[str, ...], str, bool]:
        """(visible column keys left to right, sort key, descending) as shown now."""
        header = self.view.horizontalHeader()
        keys = self.model.column_keys()
        visible = tuple(
            keys[header.logicalIndex(visual)]
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        )
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        return visible, keys[header.sortIndicatorSection()], descending

    def show_column_layout(self, columns: tuple[str, ...], sort_key: str, descending: bool):
        """Show these columns in this order, the others hidden, sorted by ``sort_key``."""
        header = self.view.horizontalHeader()
        keys = self.model.column_keys()
        known = [key for key in columns if key in keys]
        for visual, key in enumerate(known):
            header.moveSection(header.visualIndex(keys.index(key)), visual)
        for logical, key in enumerate(keys):
            header.setSectionHidden(logical, bool(known) and key not in known)
        if sort_key in keys:
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(keys.index(sort_key), order)

    def export_view(self, path: Path) -> QProgressDialog:
        """Write the list as shown (its search and filters, visible columns in their
        order, its sort) to .xlsx or .csv, off the GUI thread with progress and Cancel."""
        visible, _, _ = self.column_layout()
        by_key = {column.key: column for column in self.model.columns()}
        columns = [by_key[key] for key in visible]
        keys = self.model.column_keys()
        headers = [self.model.headerData(keys.index(k), Qt.Orientation.Horizontal) for k in visible]
        model, title, exporter = self.model, self.export_title(), self._list_export
        return run_with_progress(
            self,
            self._export_worker,
            self.tr("Exporting…"),
            lambda progress, cancelled: exporter.write(
                path,
                visible,
                headers,
                model.rows_for_export(columns, progress, cancelled),
                title=title,
            ),
            lambda written: self.exported.emit(path, written),
            lambda error: self.export_failed.emit(error_text(error)),
        )

    def ask_export(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export List"),
            f"{self.export_title()}.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if chosen:
            self.export_view(Path(chosen))

    def export_title(self) -> str:
        """The sheet's name and the file's suggested name; pages name their items."""
        return "Export"

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def save_layout(self) -> None:
        self._settings.setValue(f"{self._key}/header", self.view.horizontalHeader().saveState())

    def count_text(self, count: int) -> str:
        """The match count shown beside the search box; pages word it for their items."""
        return str(count)

    def _restore_layout(self, column: int, order: Qt.SortOrder) -> None:
        header = self.view.horizontalHeader()
        state = self._settings.value(f"{self._key}/header")
        if state is None or not header.restoreState(state):
            header.setSortIndicator(column, order)
            self.model.first_page_ready.connect(
                self._fit_columns, Qt.ConnectionType.SingleShotConnection
            )
        # Enabling sorting runs the first query, in the remembered (or default) order.
        self.view.setSortingEnabled(True)

    def _fit_columns(self) -> None:
        """First use: size the columns to the first rows, the last one filling the rest."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)  # re-applied so it takes the leftover width
        header.setStretchLastSection(True)

    def _apply_search(self) -> None:
        self.model.set_query(replace(self.model.query(), search=self.search.text()))

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.count_text(count))
        query = self.model.query()
        narrowed = bool(query.search or query.filters or query.in_bin)
        self.view.set_empty_hint(self.empty_hint(narrowed) if count == 0 else "")

    def empty_hint(self, narrowed: bool) -> str:
        """What an empty list tells the user to do; pages word it for their items."""
        if narrowed:
            return self.tr("Nothing matches. Clear the search or the filters to see everything.")
        return self.tr("Nothing here yet.")

    def _choose_columns(self, position) -> None:
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
            menu.addAction(action)
        menu.popup(header.mapToGlobal(position))
