"""How a complaint deadline shows: its time and state in words, in a colour that says
how urgent it is (overdue and failed in red, due soon in amber, met in green)."""

from datetime import datetime

from PySide6.QtGui import QColor

from crmdesk.core.complaint_sla import SlaState
from crmdesk.ui.formatting import format_datetime
from crmdesk.ui.labels import label
from crmdesk.ui.theme import readable

RED, AMBER, GREEN, GREY = "#b3261e", "#b26a00", "#2e7d32", "#6b6b6b"  # on a light background
SLA_TONES = {
    SlaState.OVERDUE: RED,
    SlaState.FAILED: RED,
    SlaState.DUE_SOON: AMBER,
    SlaState.MET: GREEN,
    SlaState.PAUSED: GREY,
    SlaState.NOT_APPLICABLE: GREY,
}


def sla_text(due: datetime, state: SlaState | None) -> str:
    return f"{format_datetime(due)} · {label(state)}" if state else format_datetime(due)


def sla_tone(state: SlaState | None) -> QColor | None:
    tone = SLA_TONES.get(state) if state else None
    return readable(tone) if tone else None
