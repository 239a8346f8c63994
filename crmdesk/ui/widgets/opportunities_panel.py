"""The Opportunities tab of a customer file: its deals, open ones first, with a flag
when the customer is a prospect not yet qualified by MAN. New…, open (double click),
Won… (records the sale; a prospect becomes a first-time customer) and Lost… (asks
why)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.changes import Entity
from crmdesk.core.opportunity import Opportunity, Stage, StageOutcome, probability
from crmdesk.services.app_services import Services
from crmdesk.ui.data_bus import DataBus
from crmdesk.ui.dialogs.opportunity_dialog import show_opportunity_dialog
from crmdesk.ui.formatting import format_date, format_money
from crmdesk.ui.labels import stage_name
from crmdesk.ui.models.records_model import RecordColumn, RecordsModel
from crmdesk.ui.opportunity_moves import move_opportunity
from crmdesk.ui.widgets.hinted_views import record_table
from crmdesk.ui.worker import DbWorker

CONTEXT = "OpportunitiesPanel"


class OpportunitiesPanel(QWidget):
    changed = Signal(object)  # the ChangeSet of a change made here

    def __init__(self, services: Services, worker: DbWorker, bus: DataBus, parent=None):
        super().__init__(parent)
        self._services, self._worker = services, worker
        self._customer: tuple[int, str] | None = None  # (id, name)
        self._stages: dict[str, Stage] = {}
        self.model: RecordsModel[Opportunity] = RecordsModel(self._columns(), CONTEXT, self)
        self.view = record_table(self.model, "opportunitiesView", last_fills=True)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.qualification = QLabel(objectName="manFlag", wordWrap=True)
        self.new_button = QPushButton(self.tr("New opportunity…"), objectName="newOpportunity")
        self.new_button.clicked.connect(self.new_opportunity)
        self.won_button = QPushButton(self.tr("Won…"), objectName="wonOpportunity")
        self.won_button.clicked.connect(lambda: self.move_selected(StageOutcome.WON))
        self.lost_button = QPushButton(self.tr("Lost…"), objectName="lostOpportunity")
        self.lost_button.clicked.connect(lambda: self.move_selected(StageOutcome.LOST))
        top = QHBoxLayout()
        top.addWidget(self.qualification, 1)
        for button in (self.new_button, self.won_button, self.lost_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.changed.connect(bus.publish)
        bus.changed.connect(self._data_changed)

    def _columns(self) -> tuple[RecordColumn, ...]:
        def stage(o: Opportunity) -> str:
            found = self._stages.get(o.stage)
            return stage_name(found) if found else o.stage

        def percent(o: Opportunity) -> str:
            found = self._stages.get(o.stage)
            return f"{probability(o.probability, found)}%" if found else ""

        return (
            RecordColumn(QT_TRANSLATE_NOOP("OpportunitiesPanel", "Number"), lambda o: o.number),
            RecordColumn(QT_TRANSLATE_NOOP("OpportunitiesPanel", "Opportunity"), lambda o: o.title),
            RecordColumn(QT_TRANSLATE_NOOP("OpportunitiesPanel", "Stage"), stage),
            RecordColumn(
                QT_TRANSLATE_NOOP("OpportunitiesPanel", "Amount"),
                lambda o: format_money(o.amount),
                align_right=True,
            ),
            RecordColumn(
                QT_TRANSLATE_NOOP("OpportunitiesPanel", "Probability"), percent, align_right=True
            ),
            RecordColumn(
                QT_TRANSLATE_NOOP("OpportunitiesPanel", "Expected close"),
                lambda o: format_date(o.expected_close),
            ),
            RecordColumn(
                QT_TRANSLATE_NOOP("OpportunitiesPanel", "Closed"),
                lambda o: format_date(o.closed_on),
            ),
            RecordColumn(
                QT_TRANSLATE_NOOP("OpportunitiesPanel", "Lost reason / next step"),
                lambda o: (o.lost_reason or o.next_step or "").replace("\n", " "),
            ),
        )

    def set_customer(self, customer_id: int | None, name: str = "") -> None:
        self._customer = None if customer_id is None else (customer_id, name)
        for button in (self.new_button, self.won_button, self.lost_button):
            button.setEnabled(customer_id is not None)
        self.reload()

    def reload(self) -> None:
        if self._customer is None:
            self.model.set_records([])
            self.qualification.setText(self.tr("Save the file to open opportunities."))
            return
        customer_id = self._customer[0]
        pipeline = self._services.opportunities
        self._worker.submit(
            lambda: (
                pipeline.of_customer(customer_id),
                pipeline.stages(),
                pipeline.unqualified(customer_id),
            ),
            self._show,
            owner=self,
        )

    def _data_changed(self, changes) -> None:
        if changes.touches(Entity.OPPORTUNITY):
            self.reload()

    def _show(self, found) -> None:
        opportunities, stages, missing = found
        self._stages.update({stage.code: stage for stage in stages})
        self.model.set_records(opportunities)
        self.view.resizeColumnsToContents()
        self.qualification.setText(
            self.tr(
                "⚠ A prospect not yet qualified: MAN lacks %1. Confirm Money, Authority "
                "and Need on the Details tab before investing in a deal."
            ).replace("%1", missing)
            if missing
            else ""
        )

    def selected(self) -> Opportunity | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def new_opportunity(self) -> None:
        customer_id, name = self._customer
        self._open(Opportunity(customer_id=customer_id), name)

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._open(chosen, self._customer[1])

    def _open(self, opportunity: Opportunity, name: str) -> None:
        show_opportunity_dialog(self, self._services, self._worker, opportunity, name)

    def move_selected(self, outcome: StageOutcome) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        to = next(s.code for s in self._stages.values() if s.outcome is outcome)
        move_opportunity(
            self,
            self._services,
            self._worker,
            chosen.id,
            to,
            lambda moved: self.changed.emit(moved.changes),
        )
