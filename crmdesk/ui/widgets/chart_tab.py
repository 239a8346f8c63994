"""A tab holding one matplotlib figure on a canvas, with a summary line above it."""

from collections.abc import Callable
from contextlib import contextmanager

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crmdesk.ui.theme import chart_colours


@contextmanager
def chart_styled():
    """Figures made and drawn inside take the colours of the window's palette."""
    from matplotlib import rc_context

    from crmdesk.charts.style import chart_style

    with rc_context(chart_style(*chart_colours())):
        yield


class ChartTab(QWidget):
    """``columns`` side-by-side axes (in ``rows`` rows); clicks are handed to
    ``clicked(event)``."""

    def __init__(self, columns: int, clicked, rows: int = 1):
        super().__init__()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from crmdesk.charts.fonts import configure_matplotlib_fonts

        configure_matplotlib_fonts()
        self._columns, self._rows = columns, rows
        self._draw: Callable[[], None] | None = None
        self._on_click = clicked
        with chart_styled():
            self.figure = Figure(figsize=(10, 6), layout="constrained")
        # The axes come with the first paint: made here too, the Analytics page's 13
        # were thrown away unseen, 0.3 s of its first opening.
        self.axes: list = []
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.mpl_connect("button_press_event", self._click)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.canvas, 1)

    def _click(self, event) -> None:
        if self._draw is not None:  # nothing to click on before the first paint
            self._on_click(event)

    def _new_axes(self) -> list:
        """Left to right, then top to bottom."""
        return list(self.figure.subplots(self._rows, self._columns, squeeze=False).flat)

    def paint(self, draw: Callable[[], None]) -> None:
        """Draw afresh on new ``axes`` in the palette's colours; ``draw`` is kept to
        paint again when the palette changes (light to dark)."""
        self._draw = draw
        with chart_styled():
            self.figure.clear()
            self.figure.set_facecolor(chart_colours()[0])
            self.axes = self._new_axes()
            draw()
        self.canvas.draw_idle()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._draw is not None:
            self.paint(self._draw)
