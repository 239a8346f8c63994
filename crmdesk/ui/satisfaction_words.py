"""How satisfaction and loyalty read on screen: c with its meaning, and each fact a
loyalty type was judged on."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crmdesk.analytics.loyalty import Fact, LoyaltyReason, LoyaltyRules
from crmdesk.core.satisfaction import Gap
from crmdesk.ui.labels import label

CONTEXT = "SatisfactionWords"
_FACT_TEXT = {
    Fact.REPEAT_PURCHASES: QT_TRANSLATE_NOOP(
        "SatisfactionWords", "%1 repeat purchase(s) in %2 months (at least %3)"
    ),
    Fact.GAP_VARIATION: QT_TRANSLATE_NOOP(
        "SatisfactionWords", "Time between purchases varies by %1 (at most %2)"
    ),
    Fact.SATISFACTION: QT_TRANSLATE_NOOP(
        "SatisfactionWords", "Satisfaction c = %1 in the latest survey (at least %2)"
    ),
    Fact.WOULD_RECOMMEND: QT_TRANSLATE_NOOP("SatisfactionWords", "Would recommend us: %1"),
}

_ANSWER_TEXT = {
    True: QT_TRANSLATE_NOOP("SatisfactionWords", "yes"),
    False: QT_TRANSLATE_NOOP("SatisfactionWords", "no"),
    None: QT_TRANSLATE_NOOP("SatisfactionWords", "not asked"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def c_text(gap: Gap) -> str:
    """ "1.13 (delighted)": c to two places and what it means."""
    return f"{gap.c:.2f} ({label(gap.verdict)})"


def reason_text(reason: LoyaltyReason, rules: LoyaltyRules) -> str:
    """One line: the fact, its value against its limit, ✓ when it passed."""
    mark = "✓" if reason.met else "✗"
    text = _tr(_FACT_TEXT[reason.fact])
    if reason.fact is Fact.REPEAT_PURCHASES:
        text = (
            text.replace("%1", str(reason.value))
            .replace("%2", str(rules.window_months))
            .replace("%3", str(reason.limit))
        )
    elif reason.fact is Fact.GAP_VARIATION:
        shown = "—" if reason.value is None else f"{reason.value:.0%}"
        text = text.replace("%1", shown).replace("%2", f"{reason.limit:.0%}")
    elif reason.fact is Fact.SATISFACTION:
        text = text.replace("%1", f"{reason.value:.2f}").replace("%2", f"{reason.limit:.2f}")
    else:
        text = text.replace("%1", _tr(_ANSWER_TEXT[reason.value]))
    return f"{mark} {text}"
