"""One contact person (联系人): the fields of the 人脉关系表."""

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from crmdesk.core.contact import Contact
from crmdesk.core.contact_info import display_phone
from crmdesk.core.enums import BuyingRole
from crmdesk.core.errors import FieldError
from crmdesk.ui.messages import shown
from crmdesk.ui.widgets.field_editors import (
    ChoiceEditor,
    DateEditor,
    FieldEditor,
    FlagEditor,
    TextEditor,
    with_error_label,
)

CONTEXT = "ContactDialog"
FIELDS = (
    ("name", QT_TRANSLATE_NOOP("ContactDialog", "Name *"), TextEditor),
    ("title", QT_TRANSLATE_NOOP("ContactDialog", "Title"), TextEditor),
    ("department", QT_TRANSLATE_NOOP("ContactDialog", "Department"), TextEditor),
    (
        "buying_role",
        QT_TRANSLATE_NOOP("ContactDialog", "Buying role"),
        lambda: ChoiceEditor(BuyingRole),
    ),
    ("mobile", QT_TRANSLATE_NOOP("ContactDialog", "Mobile"), TextEditor),
    ("phone", QT_TRANSLATE_NOOP("ContactDialog", "Phone"), TextEditor),
    ("email", QT_TRANSLATE_NOOP("ContactDialog", "E-mail"), TextEditor),
    ("birthday", QT_TRANSLATE_NOOP("ContactDialog", "Birthday"), DateEditor),
    ("character", QT_TRANSLATE_NOOP("ContactDialog", "Character"), TextEditor),
    ("hobbies", QT_TRANSLATE_NOOP("ContactDialog", "Hobbies"), TextEditor),
    ("notes", QT_TRANSLATE_NOOP("ContactDialog", "Notes"), lambda: TextEditor(multiline=True)),
)
_PRIMARY = QT_TRANSLATE_NOOP("ContactDialog", "Primary contact")


class ContactDialog(QDialog):
    """Edits a contact; whoever opened it stores it and reports back what is wrong."""

    submitted = Signal(object)  # the edited Contact

    def __init__(self, contact: Contact, parent=None):
        super().__init__(parent)
        self._original = contact
        self.setWindowTitle(self.tr("New contact") if contact.id is None else contact.name)
        self.editors: dict[str, FieldEditor] = {}
        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, text, factory in FIELDS:
            editor = factory()
            editor.widget.setObjectName(name)
            value = getattr(contact, name)
            editor.set_value(display_phone(value) if name in ("mobile", "phone") else value)
            cell, self._errors[name] = with_error_label(editor)
            self.editors[name] = editor
            form.addRow(QCoreApplication.translate(CONTEXT, text), cell)
        self.editors["is_primary"] = FlagEditor(QCoreApplication.translate(CONTEXT, _PRIMARY))
        self.editors["is_primary"].set_value(contact.is_primary)
        form.addRow("", self.editors["is_primary"].widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(lambda: self.submitted.emit(self.edited()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def edited(self) -> Contact:
        return replace(self._original, **{n: e.value() for n, e in self.editors.items()})

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.hide()
        for problem in errors:
            label = self._errors.get(problem.field)
            if label is not None:
                label.setText(shown(problem.message))
                label.show()
