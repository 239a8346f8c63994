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
        self._stale = True  # ``_draw`` not yet drawn: the tab was hidden
        self._on_click = clicked
        with chart_styled():
            self.figure = Figure(figsize=(10, 6), layout="constrained")
        # The axes come with the first paint: made here too, the Analytics page's 13
        # were thrown away unseen, 0.3 s of its first opening.
        self.axes: list = []
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.mpl_connect("button_press_event", self._click)
        self.canvas.mpl_connect("draw_event", self._drawn)
        self._laid_out_for: tuple = ()  # the texts and size the margins were worked out for
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.canvas, 1)

    def _click(self, event) -> None:
        if not self._stale:  # nothing to click on before the first paint
            self._on_click(event)

    def paint(self, draw: Callable[[], None]) -> None:
        """Draw with ``draw`` on ``axes``, now if the tab is shown, else when it next
        is; ``draw`` is kept to paint again when the palette changes (light to dark).
        The axes are made at the first paint and reused after (each chart clears its
        own or updates what it drew there): new axes cost an update half its time."""
        self._draw = draw
        self._stale = True
        if self.isVisible():
            self._paint()

    def _paint(self) -> None:
        with chart_styled():
            if not self.axes:
                self.figure.set_facecolor(chart_colours()[0])
                self.figure.set_layout_engine("constrained")
                # Left to right, then top to bottom.
                grid = self.figure.subplots(self._rows, self._columns, squeeze=False)
                self.axes = list(grid.flat)
            self._draw()
        self._stale = False
        self.canvas.draw_idle()

    # The margins around the axes: constrained layout works them out at a draw, which
    # was 40 ms of the 110 ms of an RFM update. They are kept while the canvas size and
    # the texts around the axes stay the same, as they do when only the figures change.

    def _layout_key(self) -> tuple:
        key: list = [tuple(self.figure.bbox.size)]
        for axes in self.figure.axes:
            key.append(
                (
                    id(axes),
                    axes.axison,
                    axes.get_title(),
                    axes.get_xlabel(),
                    axes.get_ylabel(),
                    # In any order: bars sorted by size swap their names.
                    sorted(label.get_text() for label in axes.get_xticklabels()),
                    sorted(label.get_text() for label in axes.get_yticklabels()),
                )
            )
        return tuple(key)

    def _drawn(self, _event) -> None:
        from matplotlib.layout_engine import ConstrainedLayoutEngine

        drawn = self._layout_key()
        if isinstance(self.figure.get_layout_engine(), ConstrainedLayoutEngine):
            self._laid_out_for = drawn
            self.figure.set_layout_engine("none")  # the axes keep their places
        elif drawn != self._laid_out_for:  # new texts: their margins, drawn again
            self.figure.set_layout_engine("constrained")
            self.canvas.draw_idle()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.figure.set_layout_engine("constrained")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self._draw is not None:
            self._paint()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._draw is not None:
            self.figure.clear()  # axes in the new palette's colours
            self.axes = []
            self.paint(self._draw)
