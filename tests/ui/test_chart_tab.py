"""A chart tab draws when it is shown, on axes it keeps from one paint to the next,
and has nothing to click on until its first paint: a click on the blank canvas is not
handed on (the pages' handlers read the results the paint shows)."""

from matplotlib.backend_bases import MouseEvent
from PySide6.QtGui import QColor, QPalette

from crmdesk.ui.widgets.chart_tab import ChartTab


def press(tab: ChartTab, x: float, y: float) -> None:
    event = MouseEvent("button_press_event", tab.canvas, x, y, button=1)
    tab.canvas.callbacks.process("button_press_event", event)


def shown_tab(qtbot, clicked=lambda _event: None) -> ChartTab:
    tab = ChartTab(2, clicked)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_clicks_reach_the_handler_only_once_something_is_drawn(qtbot):
    clicks = []
    tab = shown_tab(qtbot, clicks.append)
    assert tab.axes == []
    press(tab, 10, 10)
    assert clicks == []
    tab.paint(lambda: tab.axes[0].bar(["A", "B"], [3, 1]))
    assert len(tab.axes) == 2 and len(tab.axes[0].patches) == 2
    tab.canvas.draw()
    x, y = tab.axes[0].transData.transform((0, 1))
    press(tab, x, y)
    assert len(clicks) == 1 and clicks[0].inaxes is tab.axes[0]


def test_a_hidden_tab_draws_when_it_is_shown_and_only_its_last_chart(qtbot):
    drawn = []
    tab = ChartTab(1, lambda _event: None)
    qtbot.addWidget(tab)
    tab.paint(lambda: drawn.append("first"))
    tab.paint(lambda: drawn.append("second"))
    assert drawn == [] and tab.axes == []
    tab.show()
    assert drawn == ["second"] and len(tab.axes) == 1
    tab.hide()
    tab.show()
    assert drawn == ["second"]  # nothing new to draw


def test_the_axes_are_kept_from_one_paint_to_the_next_until_the_palette_changes(qtbot):
    tab = shown_tab(qtbot)
    tab.paint(lambda: tab.axes[0].bar(["A"], [1]))
    first = list(tab.axes)
    tab.paint(lambda: (tab.axes[0].clear(), tab.axes[0].bar(["A", "B"], [3, 1])))
    assert tab.axes == first and len(tab.axes[0].patches) == 2
    palette = tab.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    tab.setPalette(palette)
    assert len(tab.axes) == 2 and not set(tab.axes) & set(first)
    assert len(tab.figure.axes) == 2  # the old axes went with the old palette
    assert len(tab.axes[0].patches) == 2  # the last chart drawn again


def laid_out(tab: ChartTab) -> bool:
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    return isinstance(tab.figure.get_layout_engine(), ConstrainedLayoutEngine)


def bars(tab: ChartTab, names: list[str]):
    def draw():
        tab.axes[0].clear()
        tab.axes[0].barh(range(len(names)), [3] * len(names))
        tab.axes[0].set_yticks(range(len(names)), names)

    return draw


def test_the_margins_are_kept_while_the_texts_stay_and_worked_out_again_when_not(qtbot):
    tab = shown_tab(qtbot)
    tab.resize(800, 400)
    qtbot.wait(50)  # the canvas takes its size
    tab.paint(bars(tab, ["a", "b"]))
    tab.canvas.draw()
    assert not laid_out(tab)  # worked out at that draw, then kept
    kept = tab.axes[0].get_position().x0
    tab.paint(bars(tab, ["b", "a"]))  # other figures, the same texts
    tab.canvas.draw()
    assert not laid_out(tab) and tab.axes[0].get_position().x0 == kept
    tab.paint(bars(tab, ["a much longer name", "b"]))
    tab.canvas.draw()  # drawn in the old margins, which no longer fit
    assert laid_out(tab)  # so they are worked out again at the next draw
    qtbot.waitUntil(lambda: not laid_out(tab), timeout=5000)
    assert tab.axes[0].get_position().x0 > kept
    tab.resize(600, 400)
    assert laid_out(tab)
