"""The people at one customer, for the Contacts tab."""

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont

from crmdesk.core.contact import Contact
from crmdesk.core.contact_info import display_phone
from crmdesk.ui.formatting import format_date
from crmdesk.ui.labels import label
from crmdesk.ui.models.records_model import RecordColumn, RecordsModel

CONTEXT = "ContactsModel"
COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("ContactsModel", "Name"), lambda c: c.name),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsModel", "Title"), lambda c: c.title or ""),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsModel", "Department"), lambda c: c.department or ""),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsModel", "Buying role"), lambda c: label(c.buying_role)),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsModel", "Mobile"), lambda c: display_phone(c.mobile)),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsModel", "Phone"), lambda c: display_phone(c.phone)),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsModel", "E-mail"), lambda c: c.email or ""),
    RecordColumn(QT_TRANSLATE_NOOP("ContactsModel", "Birthday"), lambda c: format_date(c.birthday)),
)


@cache
def _bold() -> QFont:
    # Made on first use: a QFont needs the QApplication to exist.
    font = QFont()
    font.setBold(True)
    return font


class ContactsModel(RecordsModel[Contact]):
    def __init__(self, parent=None):
        super().__init__(COLUMNS, CONTEXT, parent)

    def role_data(self, record: Contact, role: int):
        if role == Qt.ItemDataRole.FontRole and record.is_primary:
            return _bold()  # the primary contact stands out
        return None
