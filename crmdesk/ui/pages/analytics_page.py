"""Who matters (domain.md §5): the customer pyramid, ABC/Pareto and RFM over a chosen
period and measure. Clicking a pyramid band, an ABC class, an RFM cell or a segment
shows exactly those customers in the customer list."""

from dataclasses import replace
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.enums import CustomerStatus
from crmdesk.services.analytics import AnalyticsSettings, Measure
from crmdesk.services.app_services import Services
from crmdesk.ui.dialogs.analytics_options_dialog import AnalyticsOptionsDialog
from crmdesk.ui.labels import label, tier_name
from crmdesk.ui.messages import error_text
from crmdesk.ui.widgets.chart_tab import ChartTab
from crmdesk.ui.widgets.churn_panel import ChurnPanel
from crmdesk.ui.widgets.lifetime_tab import LifetimeTab
from crmdesk.ui.widgets.loyalty_tab import LoyaltyTab
from crmdesk.ui.widgets.pipeline_tab import PipelineTab
from crmdesk.ui.widgets.satisfaction_tab import SatisfactionTab
from crmdesk.ui.worker import DbWorker

PERIODS = (3, 6, 12, 24, 0)  # months; 0: all time
CONTEXT = "AnalyticsPage"
_SEGMENT_TEXT = {
    "champions": QT_TRANSLATE_NOOP("AnalyticsPage", "Champions"),
    "potential_loyalist": QT_TRANSLATE_NOOP("AnalyticsPage", "Potential loyalists"),
    "new": QT_TRANSLATE_NOOP("AnalyticsPage", "New customers"),
    "promising": QT_TRANSLATE_NOOP("AnalyticsPage", "Promising"),
    "loyal": QT_TRANSLATE_NOOP("AnalyticsPage", "Loyal"),
    "need_attention": QT_TRANSLATE_NOOP("AnalyticsPage", "Need attention"),
    "about_to_sleep": QT_TRANSLATE_NOOP("AnalyticsPage", "About to sleep"),
    "cant_lose": QT_TRANSLATE_NOOP("AnalyticsPage", "Can't lose them"),
    "at_risk": QT_TRANSLATE_NOOP("AnalyticsPage", "At risk"),
    "hibernating": QT_TRANSLATE_NOOP("AnalyticsPage", "Hibernating"),
    "lost": QT_TRANSLATE_NOOP("AnalyticsPage", "Lost"),
}


def segment_label(segment: StrEnum) -> str:
    return QCoreApplication.translate(CONTEXT, _SEGMENT_TEXT[segment.value])


class AnalyticsPage(QWidget):
    show_customers = Signal(object, str)  # ids, what they are (for the list's banner)
    changed = Signal(object)  # the ChangeSet of storing tiers, or of marking churn
    open_customer = Signal(int)

    def __init__(self, services: Services, worker: DbWorker, parent=None):
        super().__init__(parent)
        self._services, self._worker = services, worker
        self.results = None  # (pyramid, abc, rfm) once computed
        self.period = QComboBox()
        self.period.setObjectName("period")
        for months in PERIODS:
            text = self.tr("Last %n month(s)", "", months) if months else self.tr("All time")
            self.period.addItem(text, months)
        self.measure = QComboBox()
        self.measure.setObjectName("measure")
        self.measure.addItem(self.tr("Revenue"), Measure.REVENUE)
        self.measure.addItem(self.tr("Gross profit"), Measure.GROSS_PROFIT)
        self.store_tiers = QPushButton(self.tr("Store tiers on customers"))
        self.store_tiers.setObjectName("storeTiers")
        self.store_tiers.setToolTip(
            self.tr("Give every customer the tier the pyramid puts it in; changes are dated")
        )
        self.store_tiers.clicked.connect(self.apply_tiers)
        options = QPushButton(self.tr("Options…"))
        options.setObjectName("analyticsOptions")
        options.clicked.connect(self.ask_options)
        save_chart = QPushButton(self.tr("Save chart…"))
        save_chart.clicked.connect(self.ask_save_chart)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Sales in:")))
        bar.addWidget(self.period)
        bar.addWidget(QLabel(self.tr("Value:")))
        bar.addWidget(self.measure)
        bar.addStretch(1)
        bar.addWidget(options)
        bar.addWidget(self.store_tiers)
        bar.addWidget(save_chart)
        self.tabs = QTabWidget()
        self.status = QLabel(self.tr("Open this page to compute."))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.pyramid_tab = self.rfm_tab = None
        self.lifetime_tab = self.churn_panel = self.distribution_tab = None
        self.satisfaction_tab = self.loyalty_tab = self.pipeline_tab = None
        self._stale: set[str] = set()  # tabs computed when first shown: lifetime, distribution
        self._settings_loaded = False
        self.period.currentIndexChanged.connect(self._choose)
        self.measure.currentIndexChanged.connect(self._choose)

    # loading

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.results is None:
            self.refresh()

    def refresh(self) -> None:
        if self.pyramid_tab is None:
            # matplotlib is loaded when analytics are first shown, before the DB thread
            # starts: loading it while that thread turned rows into Python objects made
            # both wait on the GIL, 3.0 s against 2.6 s one after the other.
            self._build_tabs()
        self.status.setText(self.tr("Computing…"))
        self._worker.submit(self._compute, self._show, owner=self)
        self._stale = {"lifetime", "distribution"}
        self.satisfaction_tab.mark_stale()  # each computes when shown
        self.loyalty_tab.mark_stale()
        self.pipeline_tab.mark_stale()
        self._tab_shown()

    def _tab_shown(self) -> None:
        """Lifetime value with the churn warning, and the distribution, are computed
        when their tab is first shown (the models take seconds to fit)."""
        tab = self.tabs.currentWidget()
        if tab in (self.lifetime_tab, self.churn_panel) and "lifetime" in self._stale:
            self._stale.discard("lifetime")
            self.lifetime_tab.summary.setText(self.tr("Fitting the purchase models…"))
            self.churn_panel.summary.setText(self.tr("Looking for customers at risk…"))
            self._worker.submit(self._services.churn.warning, self._show_churn, owner=self)
        elif tab is self.distribution_tab and "distribution" in self._stale:
            self._stale.discard("distribution")
            self._worker.submit(
                self._services.analytics.distribution, self._show_distribution, owner=self
            )

    def _show_churn(self, report) -> None:
        self.lifetime_tab.show_values(report.lifetime)
        self.churn_panel.show_report(report)

    def _show_distribution(self, found) -> None:
        from crmdesk.charts.distribution_charts import draw_distribution

        tab = self.distribution_tab
        words = {
            "status": self.tr("Customers by status"),
            "stage": self.tr("Customers by lifecycle stage"),
            "title": self.tr("New customers and revenue by month"),
            "new": self.tr("New customers"),
            "revenue": self.tr("Revenue"),
            "channel": self.tr("Activities by channel, last 12 months"),
        }
        tab.paint(lambda: draw_distribution(tab.figure, found, label, words))
        lost = found.by_status[CustomerStatus.LOST]
        tab.summary.setText(
            self.tr("%1 customers, %2 of them lost.")
            .replace("%1", f"{sum(found.by_status.values()):,}")
            .replace("%2", f"{lost:,}")
        )

    def _compute(self):
        found = self._services.analytics.all_of_them()
        return found.settings, found.pyramid, found.abc, found.rfm

    def _choose(self) -> None:
        if not self._settings_loaded:
            return
        analytics = self._services.analytics
        months, measure = self.period.currentData(), self.measure.currentData()

        def save():
            chosen = analytics.settings()
            analytics.save_settings(replace(chosen, months=months, measure=Measure(measure)))

        self._worker.submit(save, lambda _: self.refresh(), owner=self)

    def _build_tabs(self) -> None:
        self.pyramid_tab = ChartTab(2, self._clicked_pyramid_or_abc)
        self.rfm_tab = ChartTab(2, self._clicked_rfm)
        self.lifetime_tab = LifetimeTab()
        self.lifetime_tab.chosen.connect(self._list)
        self.churn_panel = ChurnPanel(self._services, self._worker)
        self.churn_panel.open_customer.connect(self.open_customer)
        self.churn_panel.changed.connect(self.changed)
        self.distribution_tab = ChartTab(1, lambda _event: None)
        self.satisfaction_tab = SatisfactionTab(self._services, self._worker)
        self.loyalty_tab = LoyaltyTab(self._services, self._worker)
        self.loyalty_tab.chosen.connect(self._list)
        self.pipeline_tab = PipelineTab(self._services, self._worker)
        self.tabs.addTab(self.pyramid_tab, self.tr("Pyramid and ABC"))
        self.tabs.addTab(self.rfm_tab, self.tr("RFM"))
        self.tabs.addTab(self.lifetime_tab, self.tr("Lifetime value"))
        self.tabs.addTab(self.churn_panel, self.tr("Churn warning"))
        self.tabs.addTab(self.distribution_tab, self.tr("Distribution"))
        self.tabs.addTab(self.satisfaction_tab, self.tr("Satisfaction"))
        self.tabs.addTab(self.loyalty_tab, self.tr("Loyalty"))
        self.tabs.addTab(self.pipeline_tab, self.tr("Pipeline"))
        self.tabs.currentChanged.connect(self._tab_shown)

    def _show(self, computed) -> None:
        from crmdesk.charts.value_charts import (
            draw_pareto,
            draw_pyramid,
            draw_rfm_heatmap,
            draw_segments,
        )

        settings, pyramid, abc, rfm = computed
        self.results = computed
        self._show_settings(settings)

        def draw_value() -> None:
            left, right = self.pyramid_tab.axes
            self.bands = draw_pyramid(left, pyramid, self._tier_name, self._pyramid_words())
            self.spans = draw_pareto(right, abc, self._pareto_words())

        def draw_rfm() -> None:
            heat, bars = self.rfm_tab.axes
            draw_rfm_heatmap(
                heat, rfm, {"title": self.tr("RFM: R × F, colour = mean M"), "r": "R", "f": "F"}
            )
            self.segment_bars = draw_segments(
                bars,
                rfm,
                segment_label,
                {"title": self.tr("Customers per segment"), "customers": self.tr("Customers")},
            )

        self.pyramid_tab.paint(draw_value)
        self.rfm_tab.paint(draw_rfm)
        counts = abc.counts()
        self.pyramid_tab.summary.setText(
            self.tr("%1 customers · A %2 · B %3 · C %4. Click a band or a class to list them.")
            .replace("%1", f"{len(abc.ranked.ids):,}")
            .replace("%2", f"{counts['A']:,}")
            .replace("%3", f"{counts['B']:,}")
            .replace("%4", f"{counts['C']:,}")
        )
        self.rfm_tab.summary.setText(
            self.tr(
                "%1 customers bought in the period. Click a cell or a segment to list them."
            ).replace("%1", f"{len(rfm.ids):,}")
        )
        self.status.setText("")

    def _tier_name(self, tier) -> str:
        return tier_name(tier, self.results[0].metal_names)

    def ask_options(self) -> None:
        analytics = self._services.analytics
        self._worker.submit(analytics.settings, self._show_options, owner=self)

    def _show_options(self, current: AnalyticsSettings) -> AnalyticsOptionsDialog:
        dialog = AnalyticsOptionsDialog(current, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_options(dialog.chosen()))
        dialog.open()
        return dialog

    def _save_options(self, chosen: AnalyticsSettings) -> None:
        analytics = self._services.analytics
        self._worker.submit(
            lambda: analytics.save_settings(chosen), lambda _: self.refresh(), owner=self
        )

    def _show_settings(self, settings: AnalyticsSettings) -> None:
        self._settings_loaded = False
        self.period.setCurrentIndex(max(self.period.findData(settings.months), 0))
        self.measure.setCurrentIndex(max(self.measure.findData(settings.measure), 0))
        self._settings_loaded = True

    def _pyramid_words(self) -> dict:
        return {
            "title": self.tr("Customer pyramid"),
            "band": self.tr("%1: %2 customers (%3), %4 of value"),
        }

    def _pareto_words(self) -> dict:
        return {
            "title": self.tr("ABC / Pareto"),
            "figure": self.tr("%1 of customers bring %2 of value"),
            "customers": self.tr("Share of customers (%)"),
            "value": self.tr("Cumulative share of value (%)"),
        }

    # click-through

    def _clicked_pyramid_or_abc(self, event) -> None:
        pyramid, abc = self.results[1], self.results[2]
        for band, patch in zip(pyramid.bands, self.bands, strict=True):
            if patch.contains(event)[0]:
                chosen = pyramid.ranked.ids[pyramid.tiers == band.tier]
                return self._list(chosen, self._tier_name(band.tier))
        if event.inaxes is self.pyramid_tab.axes[1] and event.xdata is not None:
            n = len(abc.ranked.ids)
            position = min(int(event.xdata / 100 * n), n - 1)
            if n and position >= 0:
                klass = abc.classes[position]
                chosen = abc.ranked.ids[abc.classes == klass]
                return self._list(chosen, self.tr("Class %1").replace("%1", klass))
        return None

    def _clicked_rfm(self, event) -> None:
        rfm = self.results[3]
        heat = self.rfm_tab.axes[0]
        if event.inaxes is heat and event.xdata is not None:
            f, r = round(event.xdata) + 1, 5 - round(event.ydata)
            chosen = rfm.ids[(rfm.r == r) & (rfm.f == f)]
            return self._list(chosen, f"R{r} F{f}")
        for segment, bar in zip(self._segments(), self.segment_bars, strict=True):
            if bar.contains(event)[0]:
                return self._list(rfm.ids[rfm.in_segment(segment)], segment_label(segment))
        return None

    @staticmethod
    def _segments():
        from crmdesk.analytics.choices import Segment

        return list(Segment)

    def _list(self, ids, what: str) -> None:
        self.show_customers.emit(tuple(int(i) for i in ids), what)

    # actions

    def apply_tiers(self) -> None:
        analytics = self._services.analytics
        self.store_tiers.setEnabled(False)

        def done(outcome) -> None:
            self.store_tiers.setEnabled(True)
            self.status.setText(
                self.tr("Tiers stored: %n customer(s) changed tier.", "", outcome.value)
            )
            self.changed.emit(outcome.changes)

        self._worker.submit(analytics.apply_tiers, done, owner=self)

    def ask_save_chart(self) -> None:
        tab = self.tabs.currentWidget()
        tab = getattr(tab, "chart", tab)  # the satisfaction and loyalty tabs hold one
        if not isinstance(tab, ChartTab):
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), "", "PNG (*.png);;PDF (*.pdf)"
        )
        if path:
            try:
                tab.figure.savefig(path, dpi=120)
            except OSError as error:
                QMessageBox.warning(self, self.tr("Not saved"), error_text(error))
