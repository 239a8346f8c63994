"""Help ▸ Getting Started: the few things to know on the first day, and the shortcuts."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting Started"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def html(self) -> str:
        sections = (
            (
                self.tr("1. Bring your customers in"),
                self.tr(
                    "File ▸ Import (Ctrl+I), or drop a spreadsheet on the window: the "
                    "wizard finds the header row, matches the columns, and shows every row "
                    "as new, update or error before anything is written. File ▸ Undo Last "
                    "Import takes it back. Ctrl+N makes one customer file."
                ),
            ),
            (
                self.tr("2. Every day: the workbench"),
                self.tr(
                    "The first page lists today's follow-ups, complaints close to their "
                    "deadline, customers not contacted for too long and birthdays. Ctrl+L "
                    "logs a call from anywhere: type part of a phone number or a name, "
                    "then the note, then Ctrl+Enter."
                ),
            ),
            (
                self.tr("3. Complaints"),
                self.tr(
                    "New complaint… on a customer file, or It is a complaint… in the call "
                    "log, opens the four-step wizard: listen, record and judge, solution, "
                    "follow-up. Deadlines turn amber, then red."
                ),
            ),
            (
                self.tr("4. Who matters, who is slipping away"),
                self.tr(
                    "The Analytics page ranks customers into the pyramid and ABC classes, "
                    "scores RFM, forecasts lifetime value and lists the customers at risk "
                    "of leaving, with the reasons. Click a band, cell or quadrant to list "
                    "exactly those customers."
                ),
            ),
            (
                self.tr("5. Excel out"),
                self.tr(
                    "File ▸ Export List (Ctrl+E) writes the list as shown, with its search, "
                    "filters, columns and order. Edit it and import it again in update mode: "
                    "only the edited cells change."
                ),
            ),
        )
        shortcuts_heading = self.tr("Shortcuts")  # lupdate skips tr() inside f-strings
        shortcuts = (
            ("Ctrl+N", self.tr("New customer file")),
            ("Ctrl+L", self.tr("Log a call")),
            ("Ctrl+F", self.tr("Search the list")),
            ("Ctrl+I / Ctrl+E", self.tr("Import / export")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("Undo / redo")),
            ("Ctrl+S, Esc", self.tr("Save / close a form")),
            ("F5", self.tr("Refresh")),
        )
        body = "".join(f"<h3>{title}</h3><p>{text}</p>" for title, text in sections)
        rows = "".join(
            f"<tr><td><b>{keys}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>"
            for keys, what in shortcuts
        )
        return f"{body}<h3>{shortcuts_heading}</h3><table>{rows}</table>"
