"""Fonts that can show Chinese on every platform, chosen from those installed."""

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from crmdesk.charts.fonts import CJK_FAMILIES


def installed_cjk_families() -> list[str]:
    installed = set(QFontDatabase.families())
    return [family for family in CJK_FAMILIES if family in installed]


def apply_cjk_fallback(app: QApplication) -> QFont:
    """Keep the platform's UI font for Latin text and fall back to an installed CJK
    family for Chinese, so it never shows as boxes."""
    font = app.font()
    font.setFamilies([font.family(), *installed_cjk_families()])
    app.setFont(font)
    return font
