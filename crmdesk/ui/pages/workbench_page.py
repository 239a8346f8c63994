"""工作台: the page staff open every morning. Follow-ups due today and overdue (done,
snooze, reassign, survey), customers gone quiet for longer than their tier allows,
prospects to pause, birthdays this week, surveys due and the latest activities. A
survey due opens the survey form; every other row opens its customer."""

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.enums import SurveySource
from crmdesk.core.follow_up import days_overdue, next_birthday
from crmdesk.services.app_services import Services
from crmdesk.services.workbench import Workbench
from crmdesk.ui.dialogs.opportunity_dialog import open_opportunity_dialog
from crmdesk.ui.dialogs.survey_dialog import SurveyDialog
from crmdesk.ui.formatting import format_count, format_date, format_datetime, format_money
from crmdesk.ui.labels import label
from crmdesk.ui.models.records_model import RecordColumn, RecordsModel
from crmdesk.ui.sla_tones import sla_text, sla_tone
from crmdesk.ui.theme import readable
from crmdesk.ui.widgets.hinted_views import HintedTableView, record_table
from crmdesk.ui.worker import DbWorker

CONTEXT = "WorkbenchPage"
OVERDUE = "#b3261e"
RESIZE_SAMPLE_ROWS = 30
SNOOZE_DAYS = (1, 3, 7)


def _overdue_text(days: int) -> str:
    if not days:
        return QCoreApplication.translate("WorkbenchPage", "Today")
    return QCoreApplication.translate("WorkbenchPage", "%n day(s) overdue", "", days)


class FollowUpsModel(RecordsModel):
    """Due follow-ups, the overdue ones in red."""

    def __init__(self, today, parent=None):
        self.today = today
        columns = (
            RecordColumn(
                QT_TRANSLATE_NOOP("WorkbenchPage", "Due"),
                lambda f: _overdue_text(days_overdue(f.due_on, self.today())),
            ),
            RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Customer"), lambda f: f.customer),
            RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Phone"), lambda f: f.phone or ""),
            RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "About"), lambda f: f.subject),
            RecordColumn(
                QT_TRANSLATE_NOOP("WorkbenchPage", "Assigned to"), lambda f: f.assignee or ""
            ),
        )
        super().__init__(columns, CONTEXT, parent)

    def role_data(self, record, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and record.due_on < self.today():
            return readable(OVERDUE)
        return None


def _running_clock(complaint) -> tuple:
    """The deadline a complaint is working to: the first response until it is given,
    then the resolution."""
    if complaint.first_response_at is None:
        return complaint.first_response_due, complaint.response_sla
    return complaint.resolution_due, complaint.resolution_sla


class ComplaintsDueModel(RecordsModel):
    """Open complaints whose deadline falls within a day, in the deadline's colour."""

    def __init__(self, parent=None):
        columns = (
            RecordColumn(
                QT_TRANSLATE_NOOP("WorkbenchPage", "Due"), lambda c: sla_text(*_running_clock(c))
            ),
            RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Complaint"), lambda c: c.number),
            RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Customer"), lambda c: c.customer),
            RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Level"), lambda c: label(c.level)),
            RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Handling"), lambda c: label(c.status)),
        )
        super().__init__(columns, CONTEXT, parent)

    def role_data(self, record, role: int):
        if role == Qt.ItemDataRole.ForegroundRole:
            return sla_tone(_running_clock(record)[1])
        return None


QUIET_COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Customer"), lambda q: q.name),
    RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Tier"), lambda q: label(q.tier)),
    RecordColumn(
        QT_TRANSLATE_NOOP("WorkbenchPage", "Last contact"),
        lambda q: format_datetime(q.last_contact_at),
    ),
)
_NEVER_SURVEYED = QT_TRANSLATE_NOOP("WorkbenchPage", "Never surveyed")
_DUE_WHY = {
    True: QT_TRANSLATE_NOOP("WorkbenchPage", "Complaint closed %1"),
    False: QT_TRANSLATE_NOOP("WorkbenchPage", "Last surveyed %1"),
}


def _survey_due_why(due) -> str:
    if due.since is None:
        return QCoreApplication.translate(CONTEXT, _NEVER_SURVEYED)
    text = QCoreApplication.translate(CONTEXT, _DUE_WHY[due.complaint_id is not None])
    return text.replace("%1", format_date(due.since))


SURVEY_COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Customer"), lambda d: d.name),
    RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Tier"), lambda d: label(d.tier)),
    RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Why"), _survey_due_why),
)
PAUSE_COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Customer"), lambda p: p.name),
    RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Status"), lambda p: label(p.status)),
    RecordColumn(
        QT_TRANSLATE_NOOP("WorkbenchPage", "Contacts"), lambda p: str(p.contacts), align_right=True
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("WorkbenchPage", "Last contact"),
        lambda p: format_datetime(p.last_contact_at),
    ),
)
STALLED_COLUMNS = (
    RecordColumn(
        QT_TRANSLATE_NOOP("WorkbenchPage", "Expected close"),
        lambda o: format_date(o.expected_close),
    ),
    RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Opportunity"), lambda o: o.title),
    RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Customer"), lambda o: o.customer),
    RecordColumn(
        QT_TRANSLATE_NOOP("WorkbenchPage", "Amount"), lambda o: format_money(o.amount), True
    ),
)
RECENT_COLUMNS = (
    RecordColumn(
        QT_TRANSLATE_NOOP("WorkbenchPage", "When"), lambda a: format_datetime(a.occurred_at)
    ),
    RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Customer"), lambda a: a.customer),
    RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Channel"), lambda a: label(a.channel)),
    RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Subject"), lambda a: a.subject),
)


class WorkbenchPage(QWidget):
    open_customer = Signal(int)
    open_complaint = Signal(int)
    changed = Signal(object)  # a ChangeSet this page made
    loaded = Signal()
    log_call = Signal(object, object)  # customer id (or None), follow-up to complete (or None)

    def __init__(self, services: Services, worker: DbWorker, parent=None):
        super().__init__(parent)
        self._services, self._worker = services, worker
        self._shown = False  # loaded when first shown (showEvent)
        self._owners: list[tuple[int, str]] = []
        self.title = QLabel()
        self.title.setObjectName("workbenchTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.scope.addItem(self.tr("My customers"), True)
        self.scope.addItem(self.tr("Everyone's"), False)
        self.scope.currentIndexChanged.connect(self.refresh)
        call = QPushButton(self.tr("Log a call…"))
        call.setToolTip("Ctrl+L")
        call.clicked.connect(lambda: self.log_call.emit(None, None))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.scope)
        header.addWidget(call)

        self.follow_ups = FollowUpsModel(self._today, self)
        self.quiet = RecordsModel(QUIET_COLUMNS, CONTEXT, self)
        self.to_pause = RecordsModel(PAUSE_COLUMNS, CONTEXT, self)
        self.birthdays = RecordsModel(self._birthday_columns(), CONTEXT, self)
        self.recent = RecordsModel(RECENT_COLUMNS, CONTEXT, self)
        self.complaints = ComplaintsDueModel(self)
        self.surveys = RecordsModel(SURVEY_COLUMNS, CONTEXT, self)
        self.stalled = RecordsModel(STALLED_COLUMNS, CONTEXT, self)
        self.boxes: dict[str, QGroupBox] = {}
        self.views: dict[str, HintedTableView] = {}
        grid = QGridLayout()
        customer = self.open_customer.emit
        follow_box = self._section("followUps", self.follow_ups, lambda f: customer(f.customer_id))
        follow_box.layout().addLayout(self._follow_up_buttons())
        sections = (
            ("complaints", self.complaints, lambda c: self.open_complaint.emit(c.id)),
            ("quiet", self.quiet, lambda q: customer(q.customer_id)),
            ("toPause", self.to_pause, lambda p: customer(p.customer_id)),
            ("birthdays", self.birthdays, lambda b: customer(b.customer_id)),
            ("surveysDue", self.surveys, self._survey_due_chosen),
            ("stalled", self.stalled, lambda o: self.open_opportunity(o.id)),
            ("recent", self.recent, lambda a: customer(a.customer_id)),
        )
        # Today's follow-ups and pressing complaints first, side by side; the recent
        # activities across the bottom.
        grid.addWidget(follow_box, 0, 0)
        for n, (key, model, opened) in enumerate(sections, start=1):
            box = self._section(key, model, opened)
            if key == "recent":  # a row of its own
                grid.addWidget(box, (n + 1) // 2, 0, 1, 2)
            else:
                grid.addWidget(box, n // 2, n % 2)
        grid.setRowStretch(0, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(grid, 1)
        self._worker.submit(services.customers.owners, self._owners_arrived, owner=self)

    def _today(self) -> date:
        return self._services.context.now().date()

    def _birthday_columns(self):
        return (
            RecordColumn(
                QT_TRANSLATE_NOOP("WorkbenchPage", "Birthday"),
                lambda b: format_date(next_birthday(b.born_on, self._today())),
            ),
            RecordColumn(QT_TRANSLATE_NOOP("WorkbenchPage", "Name"), lambda b: b.person),
            RecordColumn(
                QT_TRANSLATE_NOOP("WorkbenchPage", "Customer"),
                lambda b: b.customer if b.is_contact else "",
            ),
        )

    def _section(self, key: str, model: RecordsModel, opened) -> QGroupBox:
        """A list of the workbench; activating a row calls ``opened(record)``."""
        view = record_table(model, f"{key}View", last_fills=True)
        # Fit columns to the rows in sight: measuring every row of six lists cost
        # 0.2 s of each start at 100 000 customers.
        view.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        view.activated.connect(lambda index: opened(model.record(index.row())))
        box = QGroupBox()
        box.setObjectName(key)
        QVBoxLayout(box).addWidget(view)
        self.boxes[key], self.views[key] = box, view
        return box

    def _follow_up_buttons(self) -> QHBoxLayout:
        done = QPushButton(self.tr("Done…"))
        done.setObjectName("followUpDone")
        done.setToolTip(self.tr("Log the follow-up call or visit; the follow-up is then done"))
        done.clicked.connect(self.complete_selected)
        self.snooze_menu = QMenu(self)
        for days in SNOOZE_DAYS:
            action = self.snooze_menu.addAction(self.tr("%n day(s)", "", days))
            action.triggered.connect(lambda _=False, d=days: self.snooze_selected(d))
        snooze = QPushButton(self.tr("Snooze"))
        snooze.setObjectName("followUpSnooze")
        snooze.setMenu(self.snooze_menu)
        self.reassign_menu = QMenu(self)
        reassign = QPushButton(self.tr("Reassign"))
        reassign.setObjectName("followUpReassign")
        reassign.setMenu(self.reassign_menu)
        survey = QPushButton(self.tr("Survey…"))
        survey.setObjectName("followUpSurvey")
        survey.setToolTip(self.tr("Take down how satisfied the customer is, asked on this call"))
        survey.clicked.connect(self.survey_selected_follow_up)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (done, snooze, reassign, survey):
            row.addWidget(button)
        return row

    # loading

    def showEvent(self, event) -> None:
        """Loaded when first shown: at start the page in front must not wait behind
        it on the DB thread (the workbench takes 0.1-0.3 s at 100 000 customers)."""
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.refresh()

    def refresh(self) -> None:
        owner_only = bool(self.scope.currentData())
        workbench = self._services.workbench
        self._worker.submit(lambda: workbench.load(owner_only), self._show, owner=self)

    def _show(self, bench: Workbench) -> None:
        self.title.setText(self.tr("Today, %1").replace("%1", format_date(self._today())))
        self.follow_ups.set_records(bench.follow_ups)
        self.quiet.set_records(bench.quiet)
        self.to_pause.set_records(bench.to_pause)
        self.birthdays.set_records(bench.birthdays)
        self.recent.set_records(bench.recent)
        self.complaints.set_records(bench.complaints_due)
        self.surveys.set_records(bench.surveys_due)
        self.stalled.set_records(bench.stalled)
        titles = {
            "complaints": (
                self.tr("Complaints with a deadline within a day: %1"),
                len(bench.complaints_due),
            ),
            "followUps": (self.tr("Follow-ups due today and overdue: %1"), bench.follow_ups_total),
            "quiet": (
                self.tr("Not contacted for longer than their tier allows: %1"),
                bench.quiet_total,
            ),
            "toPause": (
                self.tr("Prospects with 12 or more contacts and no purchase — pause?: %1"),
                bench.to_pause_total,
            ),
            "birthdays": (self.tr("Birthdays in the next 7 days: %1"), len(bench.birthdays)),
            "surveysDue": (
                self.tr("Ask how satisfied they are (after a complaint, VIPs): %1"),
                bench.surveys_due_total,
            ),
            "stalled": (
                self.tr("Opportunities past their expected close: %1"),
                bench.stalled_total,
            ),
            "recent": (self.tr("Recent activities"), None),
        }
        for key, (text, total) in titles.items():
            shown = text if total is None else text.replace("%1", format_count(total))
            self.boxes[key].setTitle(shown)
        hints = self._empty_hints()
        for key, view in self.views.items():
            view.resizeColumnsToContents()
            view.set_empty_hint(hints[key])
        self.loaded.emit()

    def _empty_hints(self) -> dict[str, str]:
        return {
            "followUps": self.tr(
                "Nothing due. A follow-up is set with the next contact date when a call "
                "or visit is logged (Ctrl+L)."
            ),
            "complaints": self.tr("No complaint deadline within a day."),
            "quiet": self.tr("Every customer has been contacted within their tier's interval."),
            "toPause": self.tr("No prospect without a purchase after 12 contacts."),
            "birthdays": self.tr("No birthdays in the next 7 days."),
            "surveysDue": self.tr(
                "No survey due. One is asked for after a complaint is closed, and of VIP "
                "customers every few months (Settings)."
            ),
            "stalled": self.tr("No open opportunity is past its expected close."),
            "recent": self.tr("No activities yet."),
        }

    def open_opportunity(self, opportunity_id: int) -> None:
        open_opportunity_dialog(self, self._services, self._worker, opportunity_id)

    def _owners_arrived(self, users) -> None:
        self.reassign_menu.clear()
        for user in users:
            action = self.reassign_menu.addAction(user.display_name)
            action.triggered.connect(lambda _=False, u=user.id: self.reassign_selected(u))

    # follow-up commands

    def selected_follow_up(self):
        rows = self.views["followUps"].selectionModel().selectedRows()
        return self.follow_ups.record(rows[0].row()) if rows else None

    def complete_selected(self) -> None:
        follow_up = self.selected_follow_up()
        if follow_up is not None:
            self.log_call.emit(follow_up.customer_id, follow_up.activity_id)

    def snooze_selected(self, days: int) -> None:
        follow_up = self.selected_follow_up()
        if follow_up is not None:
            service = self._services.follow_ups
            self._changed_by(lambda: service.snooze(follow_up, days))

    def reassign_selected(self, user_id: int) -> None:
        follow_up = self.selected_follow_up()
        if follow_up is not None:
            service = self._services.follow_ups
            self._changed_by(lambda: service.reassign(follow_up, user_id))

    def survey_selected_follow_up(self) -> None:
        follow_up = self.selected_follow_up()
        if follow_up is not None:
            self.ask_survey(follow_up.customer_id, follow_up.customer, SurveySource.FOLLOW_UP)

    def _survey_due_chosen(self, due) -> None:
        source = SurveySource.COMPLAINT if due.complaint_id else SurveySource.FORM
        self.ask_survey(due.customer_id, due.name, source, due.complaint_id)

    def ask_survey(self, customer_id, name, source, complaint_id=None) -> SurveyDialog:
        dialog = SurveyDialog(
            self._services, self._worker, customer_id, name, self, source, complaint_id
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(lambda outcome: self.changed.emit(outcome.changes))
        dialog.open()
        return dialog

    def _changed_by(self, job) -> None:
        self._worker.submit(job, lambda outcome: self.changed.emit(outcome.changes), owner=self)
