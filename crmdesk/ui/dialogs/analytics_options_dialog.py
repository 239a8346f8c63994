"""The analytics options of a database: where ABC draws its lines, the share of
customers in each tier of the pyramid, the tiers' names, and how lifetime value is
forecast (unit, horizon, discount rate, margin)."""

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from crmdesk.analytics.choices import TIERS, AbcThresholds, LifetimeSettings, TierShares, TimeUnit
from crmdesk.core.errors import DomainError
from crmdesk.services.analytics import AnalyticsSettings
from crmdesk.ui.labels import label
from crmdesk.ui.messages import error_text


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
        lifetime = current.lifetime
        self.unit = QComboBox()
        self.unit.setObjectName("lifetimeUnit")
        for unit, text in (
            (TimeUnit.DAY, self.tr("Days")),
            (TimeUnit.WEEK, self.tr("Weeks")),
            (TimeUnit.MONTH, self.tr("Months")),
        ):
            self.unit.addItem(text, unit)
        self.unit.setCurrentIndex(self.unit.findData(lifetime.unit))
        self.horizon = QSpinBox()
        self.horizon.setRange(1, 20)
        self.horizon.setSuffix(self.tr(" year(s)"))
        self.horizon.setValue(lifetime.horizon_years)
        self.discount_rate = _percent(lifetime.discount_rate)
        self.margin = _percent(lifetime.margin)
        form.addRow(self.tr("Lifetime value: count purchases in"), self.unit)
        form.addRow(self.tr("Forecast over"), self.horizon)
        form.addRow(self.tr("Discount rate a year"), self.discount_rate)
        form.addRow(self.tr("Margin on revenue (forecasts, sales without gross profit)"),
                    self.margin)  # fmt: skip
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
            lifetime=LifetimeSettings(
                unit=TimeUnit(self.unit.currentData()),
                horizon_years=self.horizon.value(),
                discount_rate=self.discount_rate.value() / 100,
                margin=self.margin.value() / 100,
            ),
        )

    def accept(self) -> None:
        try:
            self.chosen()
        except DomainError as refused:
            QMessageBox.warning(self, self.tr("Options not saved"), error_text(refused))
            return
        super().accept()
