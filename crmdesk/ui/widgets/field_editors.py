"""One editor per kind of field, all with the same small interface: value in, value
out, and a place to show what is wrong with it."""

from datetime import date
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.labels import label

# QDateEdit has no empty state: its minimum date stands for "no date".
NO_DATE = QDate(1900, 1, 1)


class FieldEditor:
    """Adapter over one widget. ``changed`` fires on every edit by the user."""

    def __init__(self, widget: QWidget, changed: Signal):
        self.widget = widget
        self.changed = changed

    def value(self):
        raise NotImplementedError

    def set_value(self, value) -> None:
        raise NotImplementedError


class TextEditor(FieldEditor):
    def __init__(self, multiline: bool = False):
        widget = QPlainTextEdit() if multiline else QLineEdit()
        if multiline:
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 4 + 12)
        super().__init__(widget, widget.textChanged)
        self._multiline = multiline

    def value(self) -> str | None:
        text = self.widget.toPlainText() if self._multiline else self.widget.text()
        return text.strip() or None

    def set_value(self, value: str | None) -> None:
        if self._multiline:
            self.widget.setPlainText(value or "")
        else:
            self.widget.setText(value or "")


class TagsEditor(TextEditor):
    """Tags typed as a comma-separated list (Chinese or Latin commas)."""

    def value(self) -> tuple[str, ...]:
        text = (super().value() or "").replace("，", ",")
        return tuple(t.strip() for t in text.split(",") if t.strip())

    def set_value(self, value: tuple[str, ...]) -> None:
        super().set_value(", ".join(value))


class ChoiceEditor(FieldEditor):
    def __init__(self, enum: type[StrEnum], optional: bool = True):
        self.enum = enum
        widget = QComboBox()
        if optional:
            widget.addItem("", None)
        for member in enum:
            widget.addItem(label(member), member)
        super().__init__(widget, widget.currentIndexChanged)

    def value(self):
        return self.widget.currentData()

    def set_value(self, value) -> None:
        self.widget.setCurrentIndex(max(self.widget.findData(value), 0))


class OwnerEditor(ChoiceEditor):
    """Staff to choose from; filled once the user list arrives from the database."""

    def __init__(self):
        widget = QComboBox()
        widget.addItem("", None)
        FieldEditor.__init__(self, widget, widget.currentIndexChanged)
        self._pending = None

    def set_choices(self, users: list[tuple[int, str]]) -> None:
        for user_id, name in users:
            self.widget.addItem(name, user_id)
        if self._pending is not None:
            self.set_value(self._pending)

    def set_value(self, value) -> None:
        self._pending = value
        super().set_value(value)


class ListEditor(FieldEditor):
    """A choice among values that arrive later (stages) or are computed (months)."""

    def __init__(self):
        widget = QComboBox()
        widget.addItem("", None)
        super().__init__(widget, widget.currentIndexChanged)

    def set_choices(self, choices: list[tuple[str, object]]) -> None:
        for text, value in choices:
            self.widget.addItem(text, value)

    def value(self):
        return self.widget.currentData()

    def set_value(self, value) -> None:
        self.widget.setCurrentIndex(max(self.widget.findData(value), 0))


class DateEditor(FieldEditor):
    def __init__(self):
        widget = QDateEdit()
        widget.setCalendarPopup(True)
        widget.setMinimumDate(NO_DATE)
        widget.setSpecialValueText(" ")  # shown for NO_DATE: an empty field
        widget.setDisplayFormat("yyyy-MM-dd")
        super().__init__(widget, widget.dateChanged)

    def value(self) -> date | None:
        chosen = self.widget.date()
        return None if chosen == NO_DATE else chosen.toPython()

    def set_value(self, value: date | None) -> None:
        self.widget.setDate(NO_DATE if value is None else QDate(value))


class NumberEditor(FieldEditor):
    """A whole number; the minimum stands for "not given"."""

    def __init__(self, minimum: int = 0, maximum: int = 10_000_000):
        widget = QSpinBox()
        widget.setRange(minimum - 1, maximum)
        widget.setSpecialValueText(" ")
        widget.setAlignment(Qt.AlignmentFlag.AlignRight)
        super().__init__(widget, widget.valueChanged)

    def value(self) -> int | None:
        number = self.widget.value()
        return None if number == self.widget.minimum() else number

    def set_value(self, value: int | None) -> None:
        self.widget.setValue(self.widget.minimum() if value is None else value)


class MoneyEditor(FieldEditor):
    """An amount in cents; the minimum stands for "not given"."""

    def __init__(self, maximum: float = 1e9):
        widget = QDoubleSpinBox()
        widget.setDecimals(2)
        widget.setRange(-0.01, maximum)
        widget.setSpecialValueText(" ")
        widget.setAlignment(Qt.AlignmentFlag.AlignRight)
        widget.setGroupSeparatorShown(True)
        super().__init__(widget, widget.valueChanged)

    def value(self) -> Decimal | None:
        amount = self.widget.value()
        return None if amount == self.widget.minimum() else Decimal(f"{amount:.2f}")

    def set_value(self, value: Decimal | None) -> None:
        self.widget.setValue(self.widget.minimum() if value is None else float(value))


class FlagEditor(FieldEditor):
    def __init__(self, text: str):
        widget = QCheckBox(text)
        super().__init__(widget, widget.toggled)

    def value(self) -> bool:
        return self.widget.isChecked()

    def set_value(self, value: bool) -> None:
        self.widget.setChecked(bool(value))


def add_filter_editors(
    layout, editors: dict[str, FieldEditor], hints: dict[str, str], report
) -> None:
    """Lay out a list's filter editors, each named by its hint, calling ``report(name)``
    when the user changes one (text fields when editing is finished)."""
    for name, editor in editors.items():
        editor.widget.setObjectName(f"filter_{name}")
        editor.widget.setToolTip(hints[name])
        if isinstance(editor, DateEditor):
            layout.addWidget(QLabel(hints[name]))
            editor.changed.connect(lambda _=None, n=name: report(n))
        elif isinstance(editor, FlagEditor):  # its own text names the filter
            editor.changed.connect(lambda _=None, n=name: report(n))
        elif isinstance(editor, TextEditor):
            editor.widget.setPlaceholderText(hints[name])
            editor.widget.editingFinished.connect(lambda n=name: report(n))
        else:
            editor.widget.setItemText(0, hints[name])  # the "any" entry names the filter
            editor.changed.connect(lambda _=None, n=name: report(n))
        layout.addWidget(editor.widget, 1)


ERROR_STYLE = "color: #b3261e;"


def with_error_label(editor: FieldEditor) -> tuple[QWidget, QLabel]:
    """The editor above a (hidden) line for what is wrong with its value."""
    error = QLabel()
    error.setObjectName(f"{editor.widget.objectName()}_error")
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.hide()
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(editor.widget)
    layout.addWidget(error)
    return cell, error
