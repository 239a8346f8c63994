"""The Analytics page: charts computed for the demo data, and clicking a pyramid band, an
ABC class, an RFM cell or a segment lists exactly those customers."""

import pytest
from matplotlib.backend_bases import MouseEvent

from crmdesk.core.enums import Tier


@pytest.fixture
def analytics(qtbot, main_window, services):
    services.demo.populate(400, seed=6)
    main_window.show_page("analytics")
    page = main_window.pages["analytics"].widget
    page.refresh()  # the demo arrived after the page was first shown
    qtbot.waitUntil(lambda: page.results is not None and page.status.text() == "", timeout=20_000)
    return page


def click(canvas, axes, x, y) -> None:
    """A left click at data point (x, y) of ``axes``."""
    canvas.draw()
    px, py = axes.transData.transform((x, y))
    event = MouseEvent("button_press_event", canvas, px, py, button=1)
    canvas.callbacks.process("button_press_event", event)


def customers_listed(qtbot, main_window):
    customers = main_window.pages["customers"].widget
    qtbot.waitUntil(lambda: main_window.current_page_key() == "customers", timeout=5000)
    with qtbot.waitSignal(customers.model.counted, timeout=10_000) as counted:
        pass
    return customers, counted.args[0]


def test_a_pyramid_band_lists_its_customers(qtbot, main_window, analytics):
    pyramid = analytics.results[1]
    small = next(band for band in pyramid.bands if band.tier is Tier.SMALL)
    axes = analytics.pyramid_tab.axes[0]
    with qtbot.waitSignal(analytics.show_customers, timeout=5000) as shown:
        click(analytics.pyramid_tab.canvas, axes, 0.0, 0.1)  # low in the bottom band
    ids, what = shown.args
    assert len(ids) == small.customers == 320 and what == "Small"
    customers, count = customers_listed(qtbot, main_window)
    assert count == small.customers
    assert not customers.chosen_bar.isHidden() and "320" in customers.chosen_label.text()
    customers.show_chosen(None, "")
    assert customers.chosen_bar.isHidden()


def test_an_abc_class_and_an_rfm_cell_list_theirs(qtbot, analytics):
    abc, rfm = analytics.results[2], analytics.results[3]
    with qtbot.waitSignal(analytics.show_customers, timeout=5000) as shown:
        click(analytics.pyramid_tab.canvas, analytics.pyramid_tab.axes[1], 1.0, 50)
    assert len(shown.args[0]) == abc.counts()["A"] and shown.args[1] == "Class A"
    analytics.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(analytics.show_customers, timeout=5000) as shown:
        click(analytics.rfm_tab.canvas, analytics.rfm_tab.axes[0], 4, 0)  # F 5, R 5
    champions_cell = {int(i) for i in rfm.ids[(rfm.r == 5) & (rfm.f == 5)]}
    assert set(shown.args[0]) == champions_cell and shown.args[1] == "R5 F5"


def test_storing_the_tiers_puts_them_on_the_files(qtbot, analytics, services):
    with qtbot.waitSignal(analytics.changed, timeout=10_000):
        analytics.store_tiers.click()
    pyramid = analytics.results[1]
    top = int(pyramid.ranked.ids[0])
    assert services.customers.get(top).tier is pyramid.tiers[0]
    assert "changed tier" in analytics.status.text()


def test_options_change_the_cut_offs_and_the_tier_names(
    qtbot, analytics, services, no_modal_message_boxes
):
    from crmdesk.ui.dialogs.analytics_options_dialog import AnalyticsOptionsDialog

    analytics.ask_options()
    qtbot.waitUntil(lambda: analytics.findChild(AnalyticsOptionsDialog) is not None, timeout=5000)
    dialog = analytics.findChild(AnalyticsOptionsDialog)
    dialog.shares[0].setValue(5)  # 5 + 4 + 15 + 80: not 100%
    dialog.accept()
    assert "100%" in no_modal_message_boxes[-1] and dialog.isVisible()
    dialog.shares[3].setValue(76)
    dialog.metal_names.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: services.analytics.settings().metal_names, timeout=5000)
    qtbot.waitUntil(
        lambda: any(
            "Platinum: 20 customers" in t.get_text() for t in analytics.pyramid_tab.axes[0].texts
        ),
        timeout=20_000,
    )
    assert services.analytics.settings().tiers.shares[0] == 0.05
