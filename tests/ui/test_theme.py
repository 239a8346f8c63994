"""Light and dark: chosen in Settings, the window, the colours the lists paint and the
charts all switch at once, and back."""

import pytest
from matplotlib.colors import to_hex
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog

from crmdesk.core.imports import PlannedRow, RowStatus
from crmdesk.settings import load_settings
from crmdesk.ui.dialogs.settings_dialog import SettingsDialog
from crmdesk.ui.theme import apply_scheme, is_dark, readable, tint


@pytest.fixture
def light_again(qapp):
    yield
    apply_scheme(qapp, "light")


def choose_scheme(qtbot, main_window, monkeypatch, scheme: str) -> None:
    def accept(dialog):
        dialog.scheme.setCurrentIndex(dialog.scheme.findData(scheme))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    main_window.settings_action.trigger()
    qtbot.waitUntil(lambda: load_settings().scheme == scheme, timeout=5000)


def background_of(figure) -> str:
    return to_hex(figure.get_facecolor())


def test_dark_then_light_switches_window_charts_and_tints(
    qtbot,
    main_window,
    analytics,
    monkeypatch,
    light_again,
):
    figure = analytics.pyramid_tab.figure
    light_background = background_of(figure)
    title_colour = analytics.pyramid_tab.axes[0].title.get_color()

    choose_scheme(qtbot, main_window, monkeypatch, "dark")
    assert is_dark(QApplication.palette())
    # Widgets hear of the new palette through posted events.
    qtbot.waitUntil(lambda: is_dark(main_window.palette()))
    qtbot.waitUntil(lambda: QColor(background_of(analytics.pyramid_tab.figure)).lightness() < 128)
    assert analytics.pyramid_tab.axes[0].title.get_color() != title_colour  # light text
    assert analytics.pyramid_tab.axes[0].texts, "the bands were drawn again"
    assert tint("#fce8e6").lightness() < 128
    assert readable("#b3261e").lightness() > QColor("#b3261e").lightness()

    choose_scheme(qtbot, main_window, monkeypatch, "light")
    assert not is_dark(QApplication.palette())
    qtbot.waitUntil(lambda: background_of(analytics.pyramid_tab.figure) == light_background)
    assert tint("#fce8e6") == QColor("#fce8e6")


def test_the_import_preview_marks_error_rows_on_either_background(qapp, light_again):
    from crmdesk.ui.models.import_preview_model import PreviewModel

    model = PreviewModel()
    model.set_records([PlannedRow(line=2, status=RowStatus.ERROR)])

    def background() -> QColor:
        return model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole)

    apply_scheme(qapp, "dark")
    assert background().lightness() < 128
    apply_scheme(qapp, "light")
    assert background() == QColor("#fce8e6")
