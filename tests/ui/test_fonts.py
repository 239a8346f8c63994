from PySide6.QtGui import QFontDatabase

from crmdesk.ui.fonts import apply_cjk_fallback, installed_cjk_families


def test_application_font_falls_back_to_an_installed_cjk_family(qapp):
    families = installed_cjk_families()
    assert families, "no CJK font installed (Debian: fonts-wqy-microhei)"
    font = apply_cjk_fallback(qapp)
    assert set(families) <= set(font.families())
    assert QFontDatabase.writingSystems(families[0]).count(
        QFontDatabase.WritingSystem.SimplifiedChinese
    )
