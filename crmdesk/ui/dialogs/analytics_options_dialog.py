"""The analytics options of a database: where ABC draws its lines, the share of
customers in each tier of the pyramid, and the tiers' names."""

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from crmdesk.analytics.ranking import TIERS, AbcThresholds, TierShares
from crmdesk.core.errors import DomainError
from crmdesk.services.analytics import AnalyticsSettings
from crmdesk.ui.labels import label


def _percent(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 100)
    box.setDecimals(1)
    box.setSuffix(" %")
    box.setValue(value * 100)
    return box


class AnalyticsOptionsDialog(QDialog):
    def __init__(self, current: AnalyticsSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Analytics options"))
        self._current = current
        self.class_a = _percent(current.abc.a)
        self.class_b = _percent(current.abc.b - current.abc.a)
        self.shares = [_percent(share) for share in current.tiers.shares]
        self.metal_names = QCheckBox(self.tr("Name the tiers platinum, gold, iron and lead"))
        self.metal_names.setChecked(current.metal_names)
        form = QFormLayout(self)
        form.addRow(self.tr("Class A: the first … of value"), self.class_a)
        form.addRow(self.tr("Class B: the next … of value"), self.class_b)
        for tier, box in zip(TIERS, self.shares, strict=True):
            form.addRow(self.tr("%1: share of customers").replace("%1", label(tier)), box)
        form.addRow("", self.metal_names)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> AnalyticsSettings:
        """The options as set; DomainError says which cannot be kept."""
        a = self.class_a.value() / 100
        return replace(
            self._current,
            abc=AbcThresholds(a, a + self.class_b.value() / 100),
            tiers=TierShares(tuple(box.value() / 100 for box in self.shares)),
            metal_names=self.metal_names.isChecked(),
        )

    def accept(self) -> None:
        try:
            self.chosen()
        except DomainError as refused:
            QMessageBox.warning(self, self.tr("Options not saved"), str(refused))
            return
        super().accept()
