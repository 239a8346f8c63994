"""Screenshots of satisfaction and loyalty: a customer's Satisfaction tab, the survey
form half filled in, the Analytics page's Satisfaction and Loyalty tabs, and the
database settings' questionnaire."""

from pathlib import Path

from crmdesk.core.listing import ListQuery


def shoot_satisfaction(app, window, language: str, out: Path, settle) -> None:
    services = window.services
    page = window.pages["analytics"].widget
    window.show_page("analytics")
    for tab, name in ((page.satisfaction_tab, "satisfaction"), (page.loyalty_tab, "loyalty")):
        page.tabs.setCurrentWidget(tab)
        settle(app, window)
        while tab.chart.summary.text() in ("", tab.tr("Computing…")):
            settle(app, window)
        tab.chart.canvas.draw()
        window.grab().save(str(out / f"{language}-analytics-{name}.png"))
    surveyed = next(
        row.id
        for row in services.customers.page(ListQuery(), 0, 400)
        if len(services.satisfaction.surveys_of(row.id)) > 1
    )
    customers = window.pages["customers"].widget
    window.show_page("customers")
    form = customers.open_file(surveyed)
    settle(app, window)
    form.tabs.setCurrentWidget(form.satisfaction)
    while form.satisfaction.model.rowCount() == 0:
        settle(app, window)
    form.satisfaction.view.selectRow(0)  # Delete survey… is offered for a chosen one
    settle(app, window)
    form.satisfaction.chart.canvas.draw()
    form.grab().save(str(out / f"{language}-customer-satisfaction.png"))
    dialog = form.ask_survey()
    while not dialog.buttons.isEnabled():
        settle(app, window)
    for code, (a, b) in {"product_quality": (4, 5), "price": (4, 3), "delivery": (5, 3)}.items():
        dialog._boxes[code][0].setValue(a)
        dialog._boxes[code][1].setValue(b)
    settle(app, window)
    dialog.grab().save(str(out / f"{language}-survey.png"))
    dialog.reject()
    form.close()
