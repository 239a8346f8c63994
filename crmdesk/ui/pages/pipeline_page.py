"""Sales opportunities (销售机会): the pipeline as a board of stages or as a list, both
read from the database as filtered (owner, stage, close month, customer tier) with
each stage's totals weighted by probability. Drag a card, or press Ctrl+→ / Ctrl+←,
to move a deal; Won… records its sale, Lost… asks why."""

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton

from crmdesk.core.listing import ListQuery
from crmdesk.core.opportunity import Opportunity, Stage, probability, weighted
from crmdesk.services.app_services import Services
from crmdesk.ui.dialogs.opportunity_dialog import (
    open_opportunity_dialog,
    show_opportunity_dialog,
)
from crmdesk.ui.formatting import format_count, format_date, format_money
from crmdesk.ui.labels import label, stage_name
from crmdesk.ui.models.board_model import unqualified
from crmdesk.ui.models.windowed_table_model import Column, WindowedTableModel
from crmdesk.ui.opportunity_moves import move_opportunity
from crmdesk.ui.pages.list_page import ListPage
from crmdesk.ui.widgets.opportunity_filter_bar import OpportunityFilterBar
from crmdesk.ui.widgets.pipeline_board import PipelineBoard
from crmdesk.ui.worker import DbWorker

CONTEXT = "PipelinePage"
CARDS_PER_STAGE = 100  # the board shows this many per column; the header counts all


def _columns(stages: dict[str, Stage]) -> tuple[Column, ...]:
    """The list's columns; ``stages`` (code → stage) is filled once they arrive."""

    def percent(r) -> int:
        stage = stages.get(r.stage)
        if stage is None:  # before the stages have arrived
            return r.probability or 0
        return probability(r.probability, stage)

    return (
        Column("number", QT_TRANSLATE_NOOP("PipelinePage", "Number"), lambda r: r.number),
        Column("title", QT_TRANSLATE_NOOP("PipelinePage", "Opportunity"), lambda r: r.title),
        Column(
            "customer",
            QT_TRANSLATE_NOOP("PipelinePage", "Customer"),
            lambda r: ("⚠ " if unqualified(r) else "") + r.customer,
        ),
        Column(
            "stage",
            QT_TRANSLATE_NOOP("PipelinePage", "Stage"),
            lambda r: stage_name(stages[r.stage]) if r.stage in stages else r.stage,
        ),
        Column(
            "amount",
            QT_TRANSLATE_NOOP("PipelinePage", "Amount"),
            lambda r: format_money(r.amount),
            align_right=True,
            value=lambda r: r.amount,
        ),
        Column(
            "probability",
            QT_TRANSLATE_NOOP("PipelinePage", "Probability"),
            lambda r: f"{percent(r)}%",
            align_right=True,
            value=percent,
        ),
        Column(
            "weighted",
            QT_TRANSLATE_NOOP("PipelinePage", "Weighted"),
            lambda r: format_money(weighted(r.amount, percent(r))),
            align_right=True,
            value=lambda r: weighted(r.amount, percent(r)),
        ),
        Column(
            "expected_close",
            QT_TRANSLATE_NOOP("PipelinePage", "Expected close"),
            lambda r: format_date(r.expected_close),
            value=lambda r: r.expected_close,
        ),
        Column("owner", QT_TRANSLATE_NOOP("PipelinePage", "Owner"), lambda r: r.owner or ""),
        Column("source", QT_TRANSLATE_NOOP("PipelinePage", "Source"), lambda r: label(r.source)),
        Column(
            "next_step",
            QT_TRANSLATE_NOOP("PipelinePage", "Next step"),
            lambda r: (r.next_step or "").replace("\n", " "),
        ),
    )


class PipelinePage(ListPage):
    changed = Signal(object)  # the ChangeSet of a change made here

    def __init__(self, services: Services, worker: DbWorker, settings: QSettings, parent=None):
        self.stages: dict[str, Stage] = {}
        self._follow: int | None = None  # the card moved by keyboard, to keep in focus
        pipeline = services.opportunities
        model = WindowedTableModel(
            _columns(self.stages), pipeline.count, pipeline.page, worker, CONTEXT
        )
        super().__init__(
            model,
            settings,
            "pipeline",
            (7, Qt.SortOrder.AscendingOrder),
            services.list_export,
            parent,
        )
        self._services, self._worker = services, worker
        self.search.setPlaceholderText(self.tr("Search number, opportunity, product or customer"))
        self.filters = OpportunityFilterBar(services.context.now().date())
        self.filters.changed.connect(
            lambda name, value: self.model.set_query(self.model.query().with_filter(name, value))
        )
        self.layout().insertWidget(1, self.filters)
        self.board = PipelineBoard()
        self.board.setObjectName("board")
        self.board.move_requested.connect(self.move)
        self.board.open_requested.connect(self.open_opportunity)
        self.layout().addWidget(self.board, 1)
        # A method, not a lambda: Qt drops the connection with the page, while the
        # model may still count for a page being closed.
        self.model.counted.connect(self._counted)

        new = QPushButton(self.tr("&New opportunity…"), objectName="newOpportunity")
        new.clicked.connect(lambda: self.new_opportunity())
        self.top_bar.insertWidget(0, new)
        self.views = QButtonGroup(self)
        for number, text in enumerate((self.tr("Board"), self.tr("List"))):
            button = QPushButton(text, objectName=f"view{number}", checkable=True)
            self.views.addButton(button, number)
            self.top_bar.insertWidget(1 + number, button)
        self.views.idToggled.connect(lambda _id, _on: self._show_view())
        self.views.button(0).setChecked(True)
        self.view.doubleClicked.connect(
            lambda index: self.open_opportunity(self.model.row_id(index.row()))
        )
        worker.submit(
            lambda: (pipeline.stages(), services.customers.owners()),
            self._choices_arrived,
            owner=self,
        )

    def _choices_arrived(self, found) -> None:
        stages, users = found
        self.stages.update({stage.code: stage for stage in stages})
        self.filters.set_stages(stages)
        self.filters.set_owners(users)
        self.board.set_stages(stages)
        self.model.reload()

    def showing_board(self) -> bool:
        return self.views.checkedId() == 0

    def _show_view(self) -> None:
        board = self.showing_board()
        self.board.setVisible(board)
        self.view.setVisible(not board)
        if board:
            self._load_board()

    def _counted(self, _count: int) -> None:
        self._load_board()

    def _load_board(self) -> None:
        """Each stage's first cards and every stage's totals, as the list is filtered."""
        if not self.board.columns or not self.showing_board():
            return
        query = replace(self.model.query(), sort_key="", descending=False)
        shown = query.filter_value("stage")
        pipeline = self._services.opportunities
        codes = [c.model.stage.code for c in self.board.columns]

        def read():
            cards = {
                code: []
                if shown and shown != code
                else pipeline.page(_stage_query(query, code, self.stages), 0, CARDS_PER_STAGE)
                for code in codes
            }
            return cards, pipeline.totals(query)

        self._worker.submit(read, self._board_arrived, owner=self)

    def _board_arrived(self, found) -> None:
        cards, totals = found
        for code, rows in cards.items():
            self.board.show_stage(code, rows, totals.get(code))
        if self._follow is not None:
            self.board.select(self._follow)
            self._follow = None

    # commands

    def new_opportunity(self) -> None:
        show_opportunity_dialog(self, self._services, self._worker, Opportunity(), "")

    def open_opportunity(self, opportunity_id: int | None) -> None:
        if opportunity_id is not None:
            open_opportunity_dialog(self, self._services, self._worker, opportunity_id)

    def move(self, opportunity_id: int, to: str) -> None:
        def moved(outcome) -> None:
            self._follow = opportunity_id  # the card keeps the focus in its new column
            self.changed.emit(outcome.changes)

        move_opportunity(self, self._services, self._worker, opportunity_id, to, moved)

    def export_title(self) -> str:
        return self.tr("Opportunities")

    def count_text(self, count: int) -> str:
        return self.tr("Opportunities: %1").replace("%1", format_count(count))

    def empty_hint(self, narrowed: bool) -> str:
        if narrowed:
            return super().empty_hint(narrowed)
        return self.tr(
            "No opportunities yet. Open one with New opportunity…, or from a customer "
            "file's Opportunities tab."
        )


def _stage_query(query: ListQuery, code: str, stages: dict[str, Stage]) -> ListQuery:
    """A column's cards: open deals closing soonest first, closed ones latest first."""
    closed = code in stages and not stages[code].is_open
    return replace(query.with_filter("stage", code), sort_key="expected_close", descending=closed)
