"""All activities (客户跟踪记录) across customers, newest first."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt

from crmdesk.services.app_services import Services
from crmdesk.ui.formatting import format_count, format_date, format_datetime
from crmdesk.ui.labels import label
from crmdesk.ui.models.windowed_table_model import Column, WindowedTableModel
from crmdesk.ui.pages.list_page import ListPage
from crmdesk.ui.widgets.activity_filter_bar import ActivityFilterBar
from crmdesk.ui.worker import DbWorker

CONTEXT = "ActivitiesPage"

COLUMNS: tuple[Column, ...] = (
    Column(
        "occurred_at",
        QT_TRANSLATE_NOOP("ActivitiesPage", "When"),
        lambda r: format_datetime(r.occurred_at),
        value=lambda r: r.occurred_at,
    ),
    Column("customer", QT_TRANSLATE_NOOP("ActivitiesPage", "Customer"), lambda r: r.customer),
    Column("channel", QT_TRANSLATE_NOOP("ActivitiesPage", "Channel"), lambda r: label(r.channel)),
    Column(
        "direction", QT_TRANSLATE_NOOP("ActivitiesPage", "Direction"), lambda r: label(r.direction)
    ),
    Column("subject", QT_TRANSLATE_NOOP("ActivitiesPage", "Subject"), lambda r: r.subject),
    Column("outcome", QT_TRANSLATE_NOOP("ActivitiesPage", "Outcome"), lambda r: r.outcome or ""),
    Column(
        "next_follow_up",
        QT_TRANSLATE_NOOP("ActivitiesPage", "Next follow-up"),
        lambda r: format_date(r.next_follow_up),
        value=lambda r: r.next_follow_up,
    ),
    Column("owner", QT_TRANSLATE_NOOP("ActivitiesPage", "Owner"), lambda r: r.owner or ""),
)


class ActivitiesPage(ListPage):
    def __init__(self, services: Services, worker: DbWorker, settings: QSettings, parent=None):
        activities = services.activities
        model = WindowedTableModel(COLUMNS, activities.count, activities.page, worker, CONTEXT)
        super().__init__(
            model,
            settings,
            "activities",
            (0, Qt.SortOrder.DescendingOrder),
            services.list_export,
            parent,
        )
        self.search.setPlaceholderText(self.tr("Search subject or customer"))
        self.filters = ActivityFilterBar()
        self.filters.changed.connect(
            lambda name, value: self.model.set_query(self.model.query().with_filter(name, value))
        )
        self.layout().insertWidget(1, self.filters)
        worker.submit(services.customers.owners, self.filters.set_owners, owner=self)

    def export_title(self) -> str:
        return self.tr("Activities")

    def count_text(self, count: int) -> str:
        return self.tr("Activities: %1").replace("%1", format_count(count))

    def empty_hint(self, narrowed: bool) -> str:
        if narrowed:
            return super().empty_hint(narrowed)
        return self.tr(
            "No activities yet. Log a call from anywhere with Ctrl+L, or add one on a "
            "customer's Timeline."
        )
