"""A chart tab has nothing to click on until its first paint: a click on the blank
canvas is not handed on (the pages' handlers read the results the paint shows)."""

from matplotlib.backend_bases import MouseEvent

from crmdesk.ui.widgets.chart_tab import ChartTab


def press(tab: ChartTab, x: float, y: float) -> None:
    event = MouseEvent("button_press_event", tab.canvas, x, y, button=1)
    tab.canvas.callbacks.process("button_press_event", event)


def test_clicks_reach_the_handler_only_once_something_is_drawn(qtbot):
    clicks = []
    tab = ChartTab(2, clicks.append)
    qtbot.addWidget(tab)
    assert tab.axes == []
    press(tab, 10, 10)
    assert clicks == []
    tab.paint(lambda: tab.axes[0].bar(["A", "B"], [3, 1]))
    assert len(tab.axes) == 2 and len(tab.axes[0].patches) == 2
    tab.canvas.draw()
    x, y = tab.axes[0].transData.transform((0, 1))
    press(tab, x, y)
    assert len(clicks) == 1 and clicks[0].inaxes is tab.axes[0]
