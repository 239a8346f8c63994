"""The complaint settings of a database: the two deadlines of each level, in hours, and
the categories it adds to the built-in ones."""

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QSpinBox

from crmdesk.core.complaint_sla import MAX_HOURS, SlaPolicy, SlaTerms
from crmdesk.core.enums import ComplaintLevel
from crmdesk.ui.labels import label


class ComplaintSettingsBox(QGroupBox):
    def __init__(self, policy: SlaPolicy, categories: tuple[str, ...]):
        super().__init__(self.tr("Complaints"))
        self.deadlines: dict[ComplaintLevel, tuple[QSpinBox, QSpinBox]] = {}
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("First response within")), 0, 1)
        grid.addWidget(QLabel(self.tr("Resolved within")), 0, 2)
        for row, level in enumerate(reversed(ComplaintLevel), start=1):
            terms = policy.for_level(level)
            boxes = (
                self._hours(f"response_{level.value}", terms.first_response_hours),
                self._hours(f"resolution_{level.value}", terms.resolution_hours),
            )
            grid.addWidget(QLabel(label(level)), row, 0)
            grid.addWidget(boxes[0], row, 1)
            grid.addWidget(boxes[1], row, 2)
            self.deadlines[level] = boxes
        self.categories = QLineEdit("，".join(categories))
        self.categories.setObjectName("complaintCategories")
        self.categories.setPlaceholderText(self.tr("e.g. Installation, Logistics"))
        self.categories.setToolTip(
            self.tr("Categories of your own, besides the built-in ones, separated by commas")
        )
        grid.addWidget(QLabel(self.tr("More categories:")), len(ComplaintLevel) + 1, 0)
        grid.addWidget(self.categories, len(ComplaintLevel) + 1, 1, 1, 2)
        grid.setColumnStretch(3, 1)

    def _hours(self, name: str, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(1, MAX_HOURS)
        box.setSuffix(self.tr(" h"))
        box.setValue(value)
        return box

    def policy(self) -> SlaPolicy:
        """The deadlines as set; DomainError if a resolution comes before its response."""
        return SlaPolicy(
            {
                level: SlaTerms(response.value(), resolution.value())
                for level, (response, resolution) in self.deadlines.items()
            }
        )

    def chosen_categories(self) -> tuple[str, ...]:
        text = self.categories.text().replace("，", ",")
        return tuple(name.strip() for name in text.split(",") if name.strip())
