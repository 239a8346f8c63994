"""Screenshots of sales opportunities: the pipeline as a list, a customer's
Opportunities tab, the opportunity form flagging a prospect without MAN, Analytics ▸
Pipeline, and the stages in Settings. (The board is shot with the other pages.)"""

from pathlib import Path

from crmdesk.core.listing import ListQuery
from crmdesk.core.opportunity import Opportunity


def shoot_pipeline(app, window, language: str, out: Path, settle) -> None:
    services = window.services
    page = window.pages["pipeline"].widget
    window.show_page("pipeline")
    page.views.button(1).setChecked(True)
    settle(app, window)
    window.grab().save(str(out / f"{language}-pipeline-list.png"))
    page.views.button(0).setChecked(True)
    settle(app, window)

    analytics = window.pages["analytics"].widget
    window.show_page("analytics")
    analytics.tabs.setCurrentWidget(analytics.pipeline_tab)
    while analytics.pipeline_tab.summary is None:
        settle(app, window)
    settle(app, window)
    analytics.pipeline_tab.chart.canvas.draw()
    window.grab().save(str(out / f"{language}-analytics-pipeline.png"))

    deals = services.opportunities.page(ListQuery(), 0, 200)
    customer_id = max(
        {d.customer_id for d in deals},
        key=lambda c: len(services.opportunities.of_customer(c)),
    )
    customers = window.pages["customers"].widget
    window.show_page("customers")
    form = customers.open_file(customer_id)
    settle(app, window)
    form.tabs.setCurrentWidget(form.opportunities)
    while form.opportunities.model.rowCount() == 0:
        settle(app, window)
    settle(app, window)
    form.grab().save(str(out / f"{language}-customer-opportunities.png"))
    form.close()

    unqualified = next(d for d in deals if services.opportunities.unqualified(d.customer_id))
    name = services.customers.get(unqualified.customer_id).name
    from crmdesk.ui.dialogs.opportunity_dialog import OpportunityDialog

    dialog = OpportunityDialog(
        services, window.worker, Opportunity(customer_id=unqualified.customer_id), name, window
    )
    dialog.show()
    settle(app, window)
    dialog.title.widget.setText("年度框架采购" if language.startswith("zh") else "Annual supply")
    dialog.amount.widget.setValue(180000)
    settle(app, window)
    dialog.grab().save(str(out / f"{language}-opportunity.png"))
    dialog.close()
