"""The floor for `crmdesk --self-test`: a bare PySide6 window with a 50-row table, timed
the same way (seconds from process start until the table has painted)."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from crmdesk.process_clock import seconds_since_start


def main() -> int:
    app = QApplication(sys.argv)
    model = QStandardItemModel(50, 6)
    for row in range(50):
        for column in range(6):
            model.setItem(row, column, QStandardItem(f"单元 {row},{column}"))
    view = QTableView()
    view.setModel(model)
    window = QMainWindow()
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()

    def painted() -> None:
        view.viewport().repaint()
        print(f"{seconds_since_start():.3f}")
        app.quit()

    QTimer.singleShot(0, painted)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
