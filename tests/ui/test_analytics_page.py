"""The Analytics page: charts computed for the demo data, and clicking a pyramid band, an
ABC class, an RFM cell or a segment lists exactly those customers."""

from matplotlib.backend_bases import MouseEvent

from crmdesk.analytics.choices import TimeUnit
from crmdesk.core.enums import Tier


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


def test_an_abc_class_and_an_rfm_cell_list_theirs(qtbot, main_window, analytics):
    abc, rfm = analytics.results[2], analytics.results[3]
    with qtbot.waitSignal(analytics.show_customers, timeout=5000) as shown:
        click(analytics.pyramid_tab.canvas, analytics.pyramid_tab.axes[1], 1.0, 50)
    assert len(shown.args[0]) == abc.counts()["A"] and shown.args[1] == "Class A"
    main_window.show_page("analytics")  # back from the list, to the RFM tab
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
    dialog.unit.setCurrentIndex(dialog.unit.findData(TimeUnit.MONTH))
    dialog.discount_rate.setValue(8)
    dialog.accept()
    qtbot.waitUntil(lambda: services.analytics.settings().metal_names, timeout=5000)
    lifetime = services.analytics.settings().lifetime
    assert (lifetime.unit, lifetime.discount_rate, lifetime.margin) == (TimeUnit.MONTH, 0.08, 0.3)
    qtbot.waitUntil(
        lambda: any(
            "Platinum: 20 customers" in t.get_text() for t in analytics.pyramid_tab.axes[0].texts
        ),
        timeout=20_000,
    )
    assert services.analytics.settings().tiers.shares[0] == 0.05


def show_tab(qtbot, page, widget) -> None:
    page.tabs.setCurrentWidget(widget)


def test_a_value_quadrant_lists_exactly_its_customers(qtbot, main_window, analytics):
    show_tab(qtbot, analytics, analytics.lifetime_tab)
    tab = analytics.lifetime_tab
    qtbot.waitUntil(lambda: tab.values is not None, timeout=30_000)
    assert "BG/NBD" in tab.summary.text()
    values = tab.values
    current, future = tab.lines
    with qtbot.waitSignal(analytics.show_customers, timeout=5000) as shown:
        click(tab.canvas, tab.axes[0], max(current, 1) * 3, max(future, 1) * 3)
    ids, what = shown.args
    wanted = values.ids[(values.historical > current) & (values.future > future)]
    assert sorted(ids) == sorted(wanted.tolist()) and ids
    assert what == "Most valuable"


def test_mark_a_customer_at_risk_lost_then_won_back(qtbot, main_window, analytics, services):
    from crmdesk.core.enums import ChurnCause, ChurnOutcome, CustomerStatus
    from crmdesk.core.timeline import TimelineKind

    show_tab(qtbot, analytics, analytics.churn_panel)
    panel = analytics.churn_panel
    qtbot.waitUntil(lambda: panel.at_risk.rowCount() > 0, timeout=30_000)
    assert "current customers at risk" in panel.summary.text()
    top = panel.at_risk.record(0)
    scores = [panel.at_risk.record(r).risk.score for r in range(panel.at_risk.rowCount())]
    assert scores == sorted(scores, reverse=True)
    panel.table.selectRow(0)
    dialog = panel.ask_outcome(ChurnOutcome.LOST)
    dialog.cause.setCurrentIndex(dialog.cause.findData(ChurnCause.PRICE))
    dialog.note.setPlainText("对方报价低两成")
    with qtbot.waitSignal(analytics.changed, timeout=10_000):
        dialog.accept()
    customer_id = top.risk.customer_id
    assert customer_id not in [r.risk.customer_id for r in panel.at_risk.records()]
    assert services.customers.get(customer_id).status is CustomerStatus.LOST
    [entry] = services.activities.timeline(customer_id, {TimelineKind.CHURN}, 0, 5)
    assert (entry.churn_cause, entry.detail) == (ChurnCause.PRICE, "对方报价低两成")

    panel.show_which.setCurrentIndex(1)  # the customers marked lost
    qtbot.waitUntil(lambda: panel.lost.rowCount() > 0, timeout=10_000)
    row = next(r for r in range(panel.lost.rowCount()) if panel.lost.record(r).id == customer_id)
    assert panel.won_button.isVisibleTo(panel)
    panel.table.selectRow(row)
    dialog = panel.ask_outcome(ChurnOutcome.WON_BACK)
    dialog.note.setPlainText("八折续约")
    with qtbot.waitSignal(analytics.changed, timeout=10_000):
        dialog.accept()
    assert services.customers.get(customer_id).status is not CustomerStatus.LOST
    qtbot.waitUntil(lambda: customer_id not in [c.id for c in panel.lost.records()], timeout=10_000)


def test_the_distribution_tab_draws_its_four_charts(qtbot, main_window, analytics):
    show_tab(qtbot, analytics, analytics.distribution_tab)
    tab = analytics.distribution_tab
    qtbot.waitUntil(lambda: len(tab.figure.axes) == 5, timeout=20_000)
    assert "400 customers" in tab.summary.text()
