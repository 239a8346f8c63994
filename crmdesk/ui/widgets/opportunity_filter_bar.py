"""The pipeline's filters: owner, stage, expected close month, customer tier, open
only. Each change is reported as (filter name, value)."""

from datetime import date

from PySide6.QtWidgets import QWidget

from crmdesk.core.enums import Tier
from crmdesk.core.opportunity import Stage, month_of
from crmdesk.ui.labels import stage_name
from crmdesk.ui.widgets.field_editors import (
    ChoiceEditor,
    FieldEditor,
    FlagEditor,
    ListEditor,
    OwnerEditor,
)
from crmdesk.ui.widgets.filter_bar import FilterBar

MONTHS_SHOWN = 15  # three back, a year ahead


def months_around(today: date) -> list[str]:
    first = today.year * 12 + today.month - 1 - 3
    return [month_of(date(m // 12, m % 12 + 1, 1)) for m in range(first, first + MONTHS_SHOWN)]


class OpportunityFilterBar(FilterBar):
    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        months = ListEditor()
        months.set_choices([(month, month) for month in months_around(today)])
        editors: dict[str, FieldEditor] = {
            "owner_id": OwnerEditor(),
            "stage": ListEditor(),
            "close_month": months,
            "tier": ChoiceEditor(Tier),
            "open": FlagEditor(self.tr("Open only")),
        }
        hints = {
            "owner_id": self.tr("Owner"),
            "stage": self.tr("Stage"),
            "close_month": self.tr("Expected to close in"),
            "tier": self.tr("Customer tier"),
            "open": self.tr("Leave out the won and the lost"),
        }
        self.lay_out(editors, hints)

    def set_stages(self, stages: tuple[Stage, ...]) -> None:
        stage = self.editors["stage"]
        assert isinstance(stage, ListEditor)
        stage.set_choices([(stage_name(s), s.code) for s in stages])
