"""The import wizard: file and sheet → which column is which field → a preview of every
row (new, update, unchanged, error) → one transaction, with progress and Cancel.
Reading, planning and writing all run on the DB worker; the window never waits."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crmdesk.core.imports import (
    ImportKind,
    ImportMode,
    ImportOptions,
    ImportPlan,
    MatchOn,
    RowStatus,
)
from crmdesk.io.mapping import apply_template, guess_mapping, save_template
from crmdesk.io.tables import read_rows, sheet_names
from crmdesk.services.app_services import Services
from crmdesk.services.customer_export import write_error_workbook
from crmdesk.ui.i18n import sheet_language
from crmdesk.ui.long_job import run_with_progress
from crmdesk.ui.messages import error_text, shown
from crmdesk.ui.models.column_mapping_model import FIELD, ColumnMappingModel, FieldDelegate
from crmdesk.ui.models.import_preview_model import STATUS_TEXT, PreviewModel, tr
from crmdesk.ui.worker import DbWorker

SHEET_FILTER = QT_TRANSLATE_NOOP("ImportWizard", "Spreadsheets (*.xlsx *.xlsm *.xls *.csv)")
IMPORTABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")
_KIND_TEXT = {
    ImportKind.CUSTOMERS: QT_TRANSLATE_NOOP("ImportWizard", "Customers"),
    ImportKind.CONTACTS: QT_TRANSLATE_NOOP("ImportWizard", "Contacts"),
    ImportKind.ACTIVITIES: QT_TRANSLATE_NOOP("ImportWizard", "Activities"),
    ImportKind.TRANSACTIONS: QT_TRANSLATE_NOOP("ImportWizard", "Sales"),
    ImportKind.COMPLAINTS: QT_TRANSLATE_NOOP("ImportWizard", "Complaints"),
    ImportKind.SURVEYS: QT_TRANSLATE_NOOP("ImportWizard", "Satisfaction surveys"),
    ImportKind.OPPORTUNITIES: QT_TRANSLATE_NOOP("ImportWizard", "Sales opportunities"),
}
_MODE_TEXT = {
    ImportMode.UPSERT: QT_TRANSLATE_NOOP("ImportWizard", "Add new rows and update matching ones"),
    ImportMode.CREATE: QT_TRANSLATE_NOOP("ImportWizard", "Only add new rows"),
    ImportMode.UPDATE: QT_TRANSLATE_NOOP("ImportWizard", "Only update matching rows"),
}
_MATCH_TEXT = {
    MatchOn.CODE: QT_TRANSLATE_NOOP("ImportWizard", "Customer code"),
    MatchOn.PHONE: QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    MatchOn.EMAIL: QT_TRANSLATE_NOOP("ImportWizard", "E-mail"),
    MatchOn.NAME: QT_TRANSLATE_NOOP("ImportWizard", "Exact name"),
}


class ImportWizard(QWizard):
    imported = Signal(object)  # the commit's Outcome[ImportResult]

    def __init__(self, services: Services, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.worker = services, worker
        self.setWindowTitle(self.tr("Import"))
        self.setObjectName("importWizard")
        self.rows: list[list] = []
        self.fields: tuple = ()  # the columns of the kind chosen, as the database has them
        self.plan: ImportPlan | None = None
        self.source = SourcePage(self)
        self.columns = MappingPage(self)
        self.preview = PreviewPage(self)
        for page in (self.source, self.columns, self.preview):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.resize(900, 620)

    def kind(self) -> ImportKind:
        return ImportKind(self.source.kind_box.currentData())  # Qt hands back a plain str

    def importer(self):
        return self.services.imports.importer(self.kind())

    def open_file(self, path: Path) -> None:
        self.source.path_edit.setText(str(path))


class SourcePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self._loaded_for: tuple | None = None
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(".xlsx, .xls or .csv (UTF-8 or GB18030); title rows above the header are fine.")
        )
        self.kind_box = QComboBox(objectName="importKind")
        for kind, text in _KIND_TEXT.items():
            self.kind_box.addItem(tr(text), kind)
        self.path_edit = QLineEdit(objectName="importPath")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.sheet_box = QComboBox(objectName="importSheet")
        self.status = QLabel(objectName="importStatus")
        self.status.setWordWrap(True)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&What to import:"), self.kind_box)
        form.addRow(self.tr("&File:"), path_row)
        form.addRow(self.tr("&Sheet:"), self.sheet_box)
        form.addRow(self.status)
        self.path_edit.editingFinished.connect(self._path_chosen)
        self.path_edit.textChanged.connect(self._path_chosen)
        self.sheet_box.currentIndexChanged.connect(self._read)
        self.kind_box.currentIndexChanged.connect(self._read)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), "", tr(SHEET_FILTER))
        if chosen:
            self.path_edit.setText(chosen)

    def _path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def _path_chosen(self) -> None:
        path = self._path()
        self._wizard.rows, self._loaded_for = [], None
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.blockSignals(False)
        self.completeChanged.emit()
        if not path.is_file():
            self.status.setText(self.tr("Choose a file.") if not path.name else "")
            return
        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
        self._wizard.worker.submit(
            lambda: sheet_names(path), lambda names: self._sheets_read(path, names), self._failed
        )

    def _sheets_read(self, path: Path, names: list[str]) -> None:
        if path != self._path():
            return  # another file was chosen meanwhile
        self.sheet_box.blockSignals(True)
        self.sheet_box.addItems(names)
        self.sheet_box.blockSignals(False)
        self._read()

    def _wanted(self) -> tuple:
        return self._path(), self.sheet_box.currentText() or None, self._wizard.kind()

    def _read(self) -> None:
        wanted = self._wanted()
        path, sheet, _kind = wanted
        if not path.is_file():
            return
        importer = self._wizard.importer()
        self._wizard.worker.submit(
            lambda: (read_rows(path, sheet), importer.fields),
            lambda read: self._rows_read(wanted, *read),
            self._failed,
        )

    def _rows_read(self, wanted: tuple, rows: list[list], fields: tuple) -> None:
        if wanted != self._wanted():
            return
        self._wizard.rows, self._wizard.fields, self._loaded_for = rows, fields, wanted
        self.status.setText(self.tr("%n row(s) read.", "", len(rows)))
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.status.setText(f"<span style='color:#b3261e'>{error}</span>")

    def isComplete(self) -> bool:
        return self._loaded_for is not None and bool(self._wizard.rows)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Columns were matched by their headers; change any that is wrong.")
        )
        self.header_spin = QSpinBox(objectName="headerRow", minimum=1, maximum=20)
        self.header_spin.valueChanged.connect(self._header_moved)
        self.model = ColumnMappingModel(self)
        self.table = QTableView(objectName="mappingTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(FIELD, FieldDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableView.EditTrigger.AllEditTriggers)
        self.mode_box = QComboBox(objectName="importMode")
        for mode, text in _MODE_TEXT.items():
            self.mode_box.addItem(tr(text), mode)
        self.match_box = QComboBox(objectName="matchOn")
        for match, text in _MATCH_TEXT.items():
            self.match_box.addItem(tr(text), match)
        self.day_first = QCheckBox(self.tr("Dates like 05/03/2024 are &day/month/year"))
        self.create_missing = QCheckBox(self.tr("&Create customers the file names but we lack"))
        load = QPushButton(self.tr("&Load mapping…"))
        load.clicked.connect(self._load_template)
        save = QPushButton(self.tr("Sa&ve mapping…"))
        save.clicked.connect(self._save_template)
        templates = QHBoxLayout()
        templates.addWidget(QLabel(self.tr("Header &row:")))
        templates.itemAt(0).widget().setBuddy(self.header_spin)
        templates.addWidget(self.header_spin)
        templates.addStretch(1)
        templates.addWidget(load)
        templates.addWidget(save)
        options = QFormLayout()
        options.addRow(self.tr("&Mode:"), self.mode_box)
        self._match_label = QLabel(self.tr("Match &on:"))
        self._match_label.setBuddy(self.match_box)
        options.addRow(self._match_label, self.match_box)
        options.addRow(self.day_first)
        options.addRow(self.create_missing)
        layout = QVBoxLayout(self)
        layout.addLayout(templates)
        layout.addWidget(self.table, 1)
        layout.addLayout(options)

    def initializePage(self) -> None:
        mapping = guess_mapping(self._wizard.rows, self._fields())
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(mapping.header_row + 1)
        self.header_spin.blockSignals(False)
        self._show(mapping)
        customers = self._wizard.kind() is ImportKind.CUSTOMERS
        self.match_box.setVisible(customers)
        self._match_label.setVisible(customers)
        self.create_missing.setVisible(not customers)
        updatable = self._wizard.kind() in (ImportKind.CUSTOMERS, ImportKind.CONTACTS)
        self.mode_box.setEnabled(updatable)
        self.mode_box.setCurrentIndex(
            self.mode_box.findData(ImportMode.UPSERT if updatable else ImportMode.CREATE)
        )

    def _fields(self):
        return self._wizard.fields

    def _show(self, mapping) -> None:
        self.model.set_mapping(mapping, self._wizard.rows, self._fields(), sheet_language())

    def _header_moved(self, row: int) -> None:
        self._show(guess_mapping(self._wizard.rows, self._fields(), row - 1))

    def _load_template(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load mapping"), "", self.tr("Mappings (*.json)")
        )
        if not chosen:
            return
        mapping = self.model.mapping()
        try:
            apply_template(mapping, Path(chosen), self._fields())
        except ValueError as error:
            self.setSubTitle(error_text(error))
            return
        self._show(mapping)

    def _save_template(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save mapping"), "mapping.json", self.tr("Mappings (*.json)")
        )
        if chosen:
            save_template(self.model.mapping(), Path(chosen))

    def options(self) -> ImportOptions:
        return ImportOptions(
            ImportMode(self.mode_box.currentData()),
            MatchOn(self.match_box.currentData()),
            self.day_first.isChecked(),
            self.create_missing.isChecked() and self.create_missing.isVisible(),
        )

    def validatePage(self) -> bool:
        if not self.model.mapping().columns:
            self.setSubTitle(self.tr("Match at least one column to a field."))
            return False
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self._writing = self._written = False
        self.setTitle(self.tr("Check the rows"))
        self.setCommitPage(True)
        self.counts = QLabel(objectName="importCounts")
        self.show_box = QComboBox(objectName="previewFilter")
        self.show_box.addItem(self.tr("All rows"), "")
        for status, text in STATUS_TEXT.items():
            self.show_box.addItem(tr(text), status.value)
        self.model = PreviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(1)
        self.show_box.currentIndexChanged.connect(
            lambda: self.proxy.setFilterFixedString(self.show_box.currentData())
        )
        self.table = QTableView(objectName="previewTable")
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.skip_errors = QCheckBox(self.tr("&Skip the rows with errors"), objectName="skipErrors")
        self.skip_errors.toggled.connect(self.completeChanged)
        self.save_errors = QPushButton(self.tr("Save rows with &errors…"))
        self.save_errors.clicked.connect(self._save_errors)
        bar = QHBoxLayout()
        bar.addWidget(self.counts, 1)
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.show_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_errors)
        bottom.addStretch(1)
        bottom.addWidget(self.save_errors)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        wizard = self._wizard
        wizard.plan = None
        self.model.set_records([])
        self.counts.setText(self.tr("Checking every row…"))
        self.model.set_fields(wizard.fields, sheet_language())
        rows, mapping = wizard.rows, wizard.columns.model.mapping()
        options, importer = wizard.columns.options(), wizard.importer()
        wizard.worker.submit(
            lambda: importer.plan(rows, mapping, options), self._planned, self._failed
        )
        self.completeChanged.emit()

    def _planned(self, plan: ImportPlan) -> None:
        self._wizard.plan = plan
        self.model.set_records(plan.rows)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        counts = plan.counts()
        self.counts.setText(
            self.tr("New: %1   Update: %2   Unchanged: %3   Errors: %4")
            .replace("%1", str(counts[RowStatus.NEW]))
            .replace("%2", str(counts[RowStatus.UPDATE]))
            .replace("%3", str(counts[RowStatus.UNCHANGED]))
            .replace("%4", str(counts[RowStatus.ERROR]))
        )
        has_errors = bool(counts[RowStatus.ERROR])
        self.skip_errors.setVisible(has_errors)
        self.save_errors.setVisible(has_errors)
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.counts.setText(f"<span style='color:#b3261e'>{error}</span>")

    def _save_errors(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save rows with errors"), "errors.xlsx", "Excel (*.xlsx)"
        )
        if chosen:
            self.write_errors(Path(chosen))

    def write_errors(self, path: Path) -> None:
        wizard = self._wizard
        header_row = wizard.columns.model.mapping().header_row
        rows, plan = wizard.rows, wizard.plan
        # shown() runs on the worker: QCoreApplication.translate is thread-safe.
        wizard.worker.submit(
            lambda: write_error_workbook(path, rows, header_row, plan, sheet_language(), shown),
            lambda _: self.counts.setToolTip(path.name),
            self._failed,
        )

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        if plan is None or self._writing or not plan.to_write():
            return False
        return not plan.errors() or self.skip_errors.isChecked()

    def validatePage(self) -> bool:
        """Finishing starts the commit; the wizard closes once it is written."""
        if self._written:
            return True  # QWizard.accept() asks again
        if self._writing:
            return False
        wizard = self._wizard
        plan, imports, kind = wizard.plan, wizard.services.imports, wizard.kind()
        source, skip = Path(wizard.source.path_edit.text()).name, self.skip_errors.isChecked()
        self._writing = True
        self.completeChanged.emit()

        def done(outcome) -> None:
            self._writing, self._written = False, True
            wizard.imported.emit(outcome)
            wizard.accept()

        def failed(error: Exception) -> None:
            self._writing = False
            self._failed(error)
            self.completeChanged.emit()

        dialog = run_with_progress(
            wizard,
            wizard.worker,
            self.tr("Importing…"),
            lambda progress, cancelled: imports.commit(
                kind,
                plan,
                source=source,
                skip_errors=skip,
                progress=progress,
                cancelled=cancelled,
            ),
            done,
            failed,
        )
        dialog.canceled.connect(
            lambda: failed(RuntimeError(self.tr("Cancelled: nothing written.")))
        )
        return False
