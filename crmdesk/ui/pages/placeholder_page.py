"""A page whose capability is still to come: it says what will be there."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crmdesk.ui.icons import icon


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str, icon_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(QSize(64, 64)))
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(description)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        coming = QLabel(self.tr("This page arrives with a coming update."))
        coming.setEnabled(False)  # drawn muted
        layout.addWidget(picture)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addSpacing(12)
        layout.addWidget(body)
        layout.addSpacing(8)
        layout.addWidget(coming)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Nothing stored to show again yet."""
