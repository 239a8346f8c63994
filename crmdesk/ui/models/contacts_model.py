"""The people at one customer, for the Contacts tab."""

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, Qt
from PySide6.QtGui import QFont

from crmdesk.core.contact import Contact
from crmdesk.core.contact_info import display_phone
from crmdesk.ui.formatting import format_date
from crmdesk.ui.labels import label
from crmdesk.ui.models.windowed_table_model import ROOT, Index

CONTEXT = "ContactsModel"
COLUMNS = (
    (QT_TRANSLATE_NOOP("ContactsModel", "Name"), lambda c: c.name),
    (QT_TRANSLATE_NOOP("ContactsModel", "Title"), lambda c: c.title or ""),
    (QT_TRANSLATE_NOOP("ContactsModel", "Department"), lambda c: c.department or ""),
    (QT_TRANSLATE_NOOP("ContactsModel", "Buying role"), lambda c: label(c.buying_role)),
    (QT_TRANSLATE_NOOP("ContactsModel", "Mobile"), lambda c: display_phone(c.mobile)),
    (QT_TRANSLATE_NOOP("ContactsModel", "Phone"), lambda c: display_phone(c.phone)),
    (QT_TRANSLATE_NOOP("ContactsModel", "E-mail"), lambda c: c.email or ""),
    (QT_TRANSLATE_NOOP("ContactsModel", "Birthday"), lambda c: format_date(c.birthday)),
)


@cache
def _bold() -> QFont:
    # Made on first use: a QFont needs the QApplication to exist.
    font = QFont()
    font.setBold(True)
    return font


class ContactsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._contacts: list[Contact] = []

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self.endResetModel()

    def contact(self, row: int) -> Contact:
        return self._contacts[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](self._contacts[index.row()])
        if role == Qt.ItemDataRole.FontRole and self._contacts[index.row()].is_primary:
            return _bold()  # the primary contact stands out
        return None
