"""Light and dark: follow the system's colour scheme, or the one the user chose.

Where the platform can switch itself (Qt 6.8+ on Windows 11, macOS, GNOME) Qt's own
style does the work; where it cannot (offscreen, older desktops) Fusion gets a dark
palette of ours. Colours the UI paints itself go through ``tint`` and ``readable`` so
they stay legible on either background.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SCHEMES = ("light", "dark")  # and "" for the system's

_DARK_ROLES = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#2a2a2a",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#333333",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#3c3c3c",
    QPalette.ColorRole.Mid: "#303030",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#2f6fb3",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6fb0ff",
    QPalette.ColorRole.LinkVisited: "#b89cff",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK_ROLES.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_scheme(app: QApplication, scheme: str) -> None:
    """``scheme`` is "light", "dark" or "" to follow the system, now and as it changes."""
    hints = app.styleHints()
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    hints.setColorScheme(wanted.get(scheme, Qt.ColorScheme.Unknown))
    dark = scheme == "dark" or (not scheme and hints.colorScheme() == Qt.ColorScheme.Dark)
    if dark and not is_dark(app.palette()):
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif not dark and is_dark(app.palette()):
        app.setPalette(app.style().standardPalette())
    app.setProperty("crmdeskScheme", scheme)
    if not app.property("crmdeskFollowsSystem"):
        app.setProperty("crmdeskFollowsSystem", True)
        hints.colorSchemeChanged.connect(
            lambda _scheme: apply_scheme(app, app.property("crmdeskScheme") or "")
        )


def tint(light: str) -> QColor:
    """A background tint given for light mode, as deep on a dark background."""
    colour = QColor(light)
    if not is_dark():
        return colour
    hue, saturation, _lightness, alpha = colour.getHsl()
    return QColor.fromHsl(hue, min(255, saturation), 60, alpha)


def readable(colour: str) -> QColor:
    """A text colour given for light mode, lightened enough to read on a dark one."""
    text = QColor(colour)
    return text.lighter(170) if is_dark() else text


def chart_colours() -> tuple[str, str]:
    """(background, foreground) for charts, from the window's palette."""
    palette = QGuiApplication.palette()
    return (
        palette.color(QPalette.ColorRole.Window).name(),
        palette.color(QPalette.ColorRole.WindowText).name(),
    )
