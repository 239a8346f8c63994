"""客户档案: every customer file, searchable by name, pinyin, code, phone and e-mail."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt

from crmdesk.core.contact_info import display_phone
from crmdesk.services.customers import CustomerService
from crmdesk.ui.formatting import format_count, format_datetime
from crmdesk.ui.labels import label
from crmdesk.ui.models.windowed_table_model import Column, WindowedTableModel
from crmdesk.ui.pages.list_page import ListPage
from crmdesk.ui.worker import DbWorker

CONTEXT = "CustomersPage"

COLUMNS: tuple[Column, ...] = (
    Column("code", QT_TRANSLATE_NOOP("CustomersPage", "Code"), lambda r: r.code),
    Column("name", QT_TRANSLATE_NOOP("CustomersPage", "Name"), lambda r: r.name),
    Column("kind", QT_TRANSLATE_NOOP("CustomersPage", "Kind"), lambda r: label(r.kind)),
    Column("status", QT_TRANSLATE_NOOP("CustomersPage", "Status"), lambda r: label(r.status)),
    Column(
        "lifecycle_stage",
        QT_TRANSLATE_NOOP("CustomersPage", "Lifecycle stage"),
        lambda r: label(r.lifecycle_stage),
    ),
    Column("tier", QT_TRANSLATE_NOOP("CustomersPage", "Tier"), lambda r: label(r.tier)),
    Column("owner", QT_TRANSLATE_NOOP("CustomersPage", "Owner"), lambda r: r.owner or ""),
    Column("phone", QT_TRANSLATE_NOOP("CustomersPage", "Phone"), lambda r: display_phone(r.phone)),
    Column("email", QT_TRANSLATE_NOOP("CustomersPage", "E-mail"), lambda r: r.email or ""),
    Column("region", QT_TRANSLATE_NOOP("CustomersPage", "Region"), lambda r: r.region or ""),
    Column("industry", QT_TRANSLATE_NOOP("CustomersPage", "Industry"), lambda r: r.industry or ""),
    Column(
        "updated_at",
        QT_TRANSLATE_NOOP("CustomersPage", "Updated"),
        lambda r: format_datetime(r.updated_at),
    ),
)


class CustomersPage(ListPage):
    def __init__(
        self, customers: CustomerService, worker: DbWorker, settings: QSettings, parent=None
    ):
        model = WindowedTableModel(COLUMNS, customers.count, customers.page, worker, CONTEXT)
        super().__init__(model, settings, "customers", (1, Qt.SortOrder.AscendingOrder), parent)
        self.search.setPlaceholderText(
            self.tr("Search name, pinyin (zs / zhangsan), code, phone or e-mail")
        )

    def count_text(self, count: int) -> str:
        return self.tr("Customers: %1").replace("%1", format_count(count))
