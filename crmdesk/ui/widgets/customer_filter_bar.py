"""The customer list's filters: kind, status, stage, tier, owner, industry, region, tag,
and "not contacted for N days". Each change is reported as (filter name, value)."""

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from crmdesk.core.enums import CustomerKind, CustomerStatus, LifecycleStage, Tier
from crmdesk.services.customers import NOT_CONTACTED_DAYS
from crmdesk.ui.widgets.field_editors import (
    ChoiceEditor,
    FieldEditor,
    OwnerEditor,
    TextEditor,
)
from crmdesk.ui.widgets.filter_bar import FilterBar


class CustomerFilterBar(FilterBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        editors: dict[str, FieldEditor] = {
            "kind": ChoiceEditor(CustomerKind),
            "status": ChoiceEditor(CustomerStatus),
            "lifecycle_stage": ChoiceEditor(LifecycleStage),
            "tier": ChoiceEditor(Tier),
            "owner_id": OwnerEditor(),
            "industry": TextEditor(),
            "region": TextEditor(),
            "tag": TextEditor(),
        }
        hints = {
            "kind": self.tr("Kind"),
            "status": self.tr("Status"),
            "lifecycle_stage": self.tr("Stage"),
            "tier": self.tr("Tier"),
            "owner_id": self.tr("Owner"),
            "industry": self.tr("Industry"),
            "region": self.tr("Region"),
            "tag": self.tr("Tag"),
        }
        self.silent_days = QSpinBox()
        self.silent_days.setObjectName("filter_not_contacted_days")
        self.silent_days.setRange(0, 3650)
        self.silent_days.setSpecialValueText(self.tr("any"))
        self.silent_days.setSuffix(self.tr(" days"))
        self.silent_days.valueChanged.connect(
            lambda days: self.changed.emit(NOT_CONTACTED_DAYS, days or None)
        )
        self.lay_out(editors, hints, (QLabel(self.tr("Not contacted for")), self.silent_days))

    def values(self) -> dict[str, object]:
        """Every filter set now, as the list query takes them."""
        chosen = {name: editor.value() for name, editor in self.editors.items()}
        chosen[NOT_CONTACTED_DAYS] = self.silent_days.value() or None
        return {name: value for name, value in chosen.items() if value not in (None, "")}

    def show_values(self, values: dict[str, object]) -> None:
        """Show saved filters (values as stored: enum members by value, ids as numbers)
        without reporting each one; the caller queries once for all."""
        self.blockSignals(True)
        try:
            for name, editor in self.editors.items():
                value = values.get(name)
                if value is not None and isinstance(editor, ChoiceEditor):
                    value = int(value) if isinstance(editor, OwnerEditor) else editor.enum(value)
                editor.set_value(value)
            self.silent_days.setValue(int(values.get(NOT_CONTACTED_DAYS) or 0))
        finally:
            self.blockSignals(False)

    def clear(self) -> None:
        super().clear()
        self.silent_days.setValue(0)
