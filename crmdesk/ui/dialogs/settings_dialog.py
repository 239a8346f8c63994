"""Preferences: interface language and which database to open (this computer), and
the customer code mask, follow-up intervals and complaint deadlines and categories (the
database, shared by everyone who opens it)."""

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.codes import CodeMask
from crmdesk.core.complaint import checked_categories
from crmdesk.core.enums import Tier
from crmdesk.core.errors import DomainError
from crmdesk.core.follow_up import MAX_INTERVAL_DAYS, TierCadence
from crmdesk.core.opportunity import checked_stages
from crmdesk.core.satisfaction import checked_dimensions
from crmdesk.paths import default_database
from crmdesk.services.shared_settings import SharedSettings
from crmdesk.settings import UserSettings
from crmdesk.ui.labels import label
from crmdesk.ui.messages import error_text
from crmdesk.ui.widgets.complaint_settings_box import ComplaintSettingsBox
from crmdesk.ui.widgets.satisfaction_settings_box import SatisfactionSettingsBox
from crmdesk.ui.widgets.stages_settings_box import StagesSettingsBox


class SettingsDialog(QDialog):
    def __init__(
        self,
        current: UserSettings,
        shared: SharedSettings | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))

        self.scheme = QComboBox()
        self.scheme.setObjectName("scheme")
        self.scheme.addItem(self.tr("Follow the system"), "")
        self.scheme.addItem(self.tr("Light"), "light")
        self.scheme.addItem(self.tr("Dark"), "dark")
        self.scheme.setCurrentIndex(max(self.scheme.findData(current.scheme), 0))

        self.database = QLineEdit(current.database)
        self.database.setObjectName("database")
        self.database.setPlaceholderText(str(default_database()))
        self.database.setToolTip(
            self.tr(
                "A database file, or a server address such as "
                "postgresql+psycopg://user@server/crm for a team. Empty: the default file."
            )
        )
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database, 1)
        database_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Colours:"), self.scheme)
        form.addRow(self.tr("Database:"), database_row)
        note = QLabel(self.tr("Language and database take effect the next time crmdesk starts."))
        note.setWordWrap(True)

        shared = shared or SharedSettings()
        self.code_mask = QLineEdit(shared.code_mask)
        self.code_mask.setObjectName("codeMask")
        self.code_mask.setToolTip(
            self.tr(
                "{0000}: the number, as many digits as zeros; {yyyy} {yy} {mm} {dd}: the "
                "date the code is given (numbers restart when it changes); anything else "
                "is kept as typed. Example: KH{yyyy}{0000}"
            )
        )
        self.code_example = QLabel()
        self.code_example.setObjectName("codeExample")
        database_form = QFormLayout()
        database_form.addRow(self.tr("Customer codes:"), self.code_mask)
        database_form.addRow("", self.code_example)
        database_form.addRow(self.tr("Follow up every:"), self._interval_row(shared.cadence))
        database_box = self.database_box = QGroupBox(
            self.tr("This database (for everyone who opens it)")
        )
        self.complaints = ComplaintSettingsBox(shared.complaint_sla, shared.complaint_categories)
        database_form.addRow(self.complaints)
        self.satisfaction = SatisfactionSettingsBox(
            shared.questionnaire, shared.loyalty, shared.vip_survey_months
        )
        self.stages = StagesSettingsBox(shared.stages)
        general = QWidget()
        general.setLayout(database_form)
        self.database_tabs = QTabWidget()
        self.database_tabs.addTab(general, self.tr("Codes, follow-ups, complaints"))
        self.database_tabs.addTab(self.satisfaction, self.tr("Satisfaction and loyalty"))
        self.database_tabs.addTab(self.stages, self.tr("Pipeline stages"))
        QVBoxLayout(database_box).addWidget(self.database_tabs)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.code_mask.textChanged.connect(self._show_code_example)
        self._show_code_example()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(database_box)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def chosen(self, current: UserSettings) -> UserSettings:
        return current.with_changes(
            language=self.language.currentData(),
            scheme=self.scheme.currentData(),
            database=self.database.text().strip(),
        )

    def chosen_shared(self) -> SharedSettings:
        """The database's settings as set; DomainError says what cannot be kept."""
        cadence = TierCadence({tier: box.value() for tier, box in self.intervals.items()})
        return SharedSettings(
            code_mask=self.code_mask.text().strip(),
            cadence=cadence,
            complaint_sla=self.complaints.policy(),
            complaint_categories=checked_categories(self.complaints.chosen_categories()),
            questionnaire=checked_dimensions(self.satisfaction.questions()),
            loyalty=self.satisfaction.rules().checked(),
            vip_survey_months=self.satisfaction.vip_months.value(),
            stages=checked_stages(self.stages.stages()),
        )

    def accept(self) -> None:
        try:
            self.chosen_shared()
        except DomainError as refused:
            QMessageBox.warning(self, self.tr("Settings not saved"), error_text(refused))
            return
        super().accept()

    def _interval_row(self, cadence: TierCadence) -> QHBoxLayout:
        """One spin box per tier: the days after which a customer counts as quiet and
        the tier's next follow-up is suggested."""
        self.intervals: dict[Tier, QSpinBox] = {}
        row = QHBoxLayout()
        for tier in Tier:
            box = QSpinBox()
            box.setObjectName(f"interval_{tier.value}")
            box.setRange(1, MAX_INTERVAL_DAYS)
            box.setValue(cadence.for_tier(tier))
            box.setSuffix(self.tr(" days"))
            box.setToolTip(
                self.tr(
                    "The next follow-up is suggested this many days ahead, and a customer "
                    "not contacted for longer is listed as quiet on the workbench."
                )
            )
            self.intervals[tier] = box
            row.addWidget(QLabel(label(tier)))
            row.addWidget(box)
        row.addStretch(1)
        return row

    def _show_code_example(self) -> None:
        """The first code the mask gives today, or why it is not a mask; OK only for a
        mask that works."""
        try:
            example = CodeMask(self.code_mask.text().strip()).format(1, date.today())
        except DomainError:
            self.code_example.setText(self.tr("Needs exactly one number field such as {0000}."))
            self._ok.setEnabled(False)
            return
        self.code_example.setText(self.tr("For example: %1").replace("%1", example))
        self._ok.setEnabled(True)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose or create a database file"),
            self.database.text() or str(default_database()),
            self.tr("crmdesk database (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database.setText(path)
