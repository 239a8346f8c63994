"""A list's filters in one row, each change reported as (filter name, value), with a
Clear button at the end. The customer, activity and complaint lists each name theirs."""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from crmdesk.ui.widgets.field_editors import FieldEditor, OwnerEditor, add_filter_editors


class FilterBar(QWidget):
    changed = Signal(str, object)  # filter name, value (None: no filter)

    def lay_out(
        self,
        editors: dict[str, FieldEditor],
        hints: dict[str, str],
        extra: tuple[QWidget, ...] = (),
    ) -> None:
        """The editors (each named by its hint), any ``extra`` widgets, then Clear."""
        self.editors = editors
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        add_filter_editors(layout, editors, hints, self._report)
        for widget in extra:
            layout.addWidget(widget)
        # A fixed context: at run time self.tr would look under the subclass's name.
        clear = QPushButton(QCoreApplication.translate("FilterBar", "Clear"))
        clear.setToolTip(QCoreApplication.translate("FilterBar", "Remove every filter"))
        clear.clicked.connect(self.clear)
        layout.addWidget(clear)

    def set_owners(self, users, key: str = "owner_id") -> None:
        """The staff to choose from in the ``key`` filter, once they have arrived."""
        owner = self.editors[key]
        assert isinstance(owner, OwnerEditor)
        owner.set_choices([(user.id, user.display_name) for user in users])

    def clear(self) -> None:
        for name, editor in self.editors.items():
            editor.set_value(None)
            self._report(name)

    def _report(self, name: str) -> None:
        # Empty, unticked and unset all mean "no filter".
        self.changed.emit(name, self.editors[name].value() or None)
