"""A tab holding one matplotlib figure on a canvas, with a summary line above it."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ChartTab(QWidget):
    """``columns`` side-by-side axes; clicks are handed to ``clicked(event)``."""

    def __init__(self, columns: int, clicked):
        super().__init__()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from crmdesk.charts.fonts import configure_matplotlib_fonts

        configure_matplotlib_fonts()
        self.figure = Figure(figsize=(10, 6), layout="constrained")
        self.axes = self.figure.subplots(1, columns) if columns > 1 else [self.figure.subplots()]
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.mpl_connect("button_press_event", clicked)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.canvas, 1)
