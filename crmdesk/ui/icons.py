"""The bundled SVG icons (no icon theme is assumed)."""

from functools import cache

from PySide6.QtGui import QIcon

from crmdesk.paths import resource


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))
