"""The first start on an empty database: try demo data, import a list, or begin empty."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeDialog(QDialog):
    demo_chosen = Signal()
    import_chosen = Signal()
    guide_chosen = Signal()

    def __init__(self, demo_customers: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to crmdesk"))
        intro = QLabel(
            self.tr(
                "The database is empty. Bring in your customer list from Excel, or try "
                "crmdesk out on demo data first."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        choices = (
            (
                "demo",
                self.tr("Try it with demo data"),
                self.tr(
                    "%1 made-up customers with contacts, several years of activities, "
                    "sales and complaints."
                ).replace("%1", f"{demo_customers:,}"),
                self.demo_chosen,
            ),
            (
                "import",
                self.tr("Import my customer list…"),
                self.tr("From an .xlsx, .xls or .csv file; the columns are matched for you."),
                self.import_chosen,
            ),
            (
                "empty",
                self.tr("Start with an empty database"),
                self.tr("Make customer files one by one with Ctrl+N."),
                None,
            ),
        )
        self.buttons: dict[str, QPushButton] = {}
        for key, text, detail, chosen in choices:
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(self.accept)
            if chosen is not None:
                button.clicked.connect(chosen.emit)
            note = QLabel(detail)
            note.setWordWrap(True)
            note.setIndent(12)
            layout.addWidget(button)
            layout.addWidget(note)
            self.buttons[key] = button
        self.buttons["demo"].setDefault(True)
        link_text = self.tr("Read the getting-started guide")
        guide = QLabel(f'<a href="#guide">{link_text}</a>')
        guide.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        guide.linkActivated.connect(lambda _link: self.guide_chosen.emit())
        layout.addSpacing(8)
        layout.addWidget(guide)
        self.setMinimumWidth(460)
