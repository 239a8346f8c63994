"""Screenshots of every page in both languages, from the real app on demo data.

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py [--large DB | --hidpi]

With --large (a database made by `crmdesk demo --customers 100000`), the customer list
is also taken on it, as docs/screenshots/<language>-customers-100k.png. With --hidpi the
customer list is taken at a device pixel ratio of 2, as <language>-hidpi-customers.png.

Writes docs/screenshots/<language>-<page>.png. A CJK font must be installed
(fonts-wqy-microhei on Debian) or Chinese shows as boxes.
"""

import argparse
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from screenshot_access import shoot_access
from screenshot_pipeline import shoot_pipeline
from screenshot_satisfaction import shoot_satisfaction

from crmdesk.core.contact import Contact
from crmdesk.core.customer import changed_fields
from crmdesk.core.edit_conflict import EditConflict
from crmdesk.core.enums import ChurnOutcome, CustomerKind
from crmdesk.core.listing import ListQuery
from crmdesk.services.app_services import open_services
from crmdesk.settings import UserSettings
from crmdesk.ui.data_bus import DataBus
from crmdesk.ui.dialogs.conflict_dialog import ConflictDialog
from crmdesk.ui.dialogs.contact_dialog import ContactDialog
from crmdesk.ui.dialogs.customer_fields import field_label
from crmdesk.ui.dialogs.settings_dialog import SettingsDialog
from crmdesk.ui.fonts import apply_cjk_fallback
from crmdesk.ui.i18n import install_translators
from crmdesk.ui.labels import label
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.theme import apply_scheme
from crmdesk.ui.worker import DbWorker

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1280, 800)
DEMO_DAY = datetime(2026, 11, 20, 9, 30)


def settle(app: QApplication, window: MainWindow) -> None:
    """Let queued page loads arrive and paint."""
    for _ in range(5):
        window.worker.wait_until_idle()
        app.processEvents()


def open_window(app: QApplication, services, name: str, workdir: Path) -> MainWindow:
    settings = QSettings(str(workdir / f"window-{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, DbWorker(), DataBus(), settings, UserSettings())
    window.resize(*SIZE)
    window.show()
    return window


def shoot_pages(app: QApplication, window: MainWindow, prefix: str) -> None:
    for key in window.pages.keys() - {"analytics"}:  # its charts: shoot_analytics
        window.show_page(key)
        settle(app, window)
        window.grab().save(str(OUT / f"{prefix}-{key}.png"))


def shoot(app: QApplication, services, language: str, workdir: Path) -> None:
    translators = install_translators(app, language)
    window = open_window(app, services, language, workdir)
    shoot_pages(app, window, language)
    shoot_analytics(app, window, language)
    shoot_help(app, window, language)
    shoot_safety(app, window, language)
    contact = ContactDialog(Contact(), window)
    contact.show()
    settle(app, window)
    contact.grab().save(str(OUT / f"{language}-contact.png"))
    contact.close()
    dialog = SettingsDialog(UserSettings(), services.shared_settings.load(), window)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / f"{language}-settings.png"))
    dialog.database_tabs.setCurrentWidget(dialog.satisfaction)
    app.processEvents()
    dialog.grab().save(str(OUT / f"{language}-settings-satisfaction.png"))
    dialog.database_tabs.setCurrentWidget(dialog.stages)
    app.processEvents()
    dialog.grab().save(str(OUT / f"{language}-settings-stages.png"))
    dialog.close()
    shoot_forms(app, window, language)
    shoot_customer_tools(app, window, language)
    shoot_import(app, window, language, workdir)
    shoot_quick_log(app, window, language)
    shoot_complaint_wizard(app, window, language)
    shoot_satisfaction(app, window, language, OUT, settle)
    shoot_pipeline(app, window, language, OUT, settle)
    apply_scheme(app, "dark")
    shoot_pages(app, window, f"{language}-dark")
    shoot_analytics(app, window, f"{language}-dark", only_value=True)
    apply_scheme(app, "light")
    window.close()
    shoot_first_run(app, language, workdir)
    shoot_access(app, language, workdir, OUT, open_window, settle, lambda: DEMO_DAY)
    for translator in translators:
        app.removeTranslator(translator)


def shoot_help(app: QApplication, window: MainWindow, language: str) -> None:
    """Help ▸ Getting Started and About."""
    guide = window.show_guide()
    settle(app, window)
    guide.grab().save(str(OUT / f"{language}-guide.png"))
    guide.close()
    about = QMessageBox(QMessageBox.Icon.NoIcon, window.tr("About crmdesk"), window.about_text())
    about.setParent(window, about.windowFlags())
    about.show()
    app.processEvents()
    about.grab().save(str(OUT / f"{language}-about.png"))
    about.close()


def shoot_safety(app: QApplication, window: MainWindow, language: str) -> None:
    """File ▸ Restore from Backup, and two edits of one file meeting."""
    services = window.services
    if not services.backups.backups():
        services.backups.take("manual")
    restore = window.safety.open_restore()
    settle(app, window)
    restore.grab().save(str(OUT / f"{language}-restore.png"))
    restore.reject()
    original = services.customers.get(services.customers.page(ListQuery(), 0, 1)[0].id)
    conflict = EditConflict(
        original,
        replace(original, notes="客户要求周五前报价", region="杭州"),
        replace(original, version=original.version + 1, notes="已电话确认需求"),
        "李娜",
        DEMO_DAY,
        changed_fields,
    )
    dialog = ConflictDialog(conflict, field_label, lambda _name, value: str(value or ""), window)
    dialog.show()
    settle(app, window)
    dialog.grab().save(str(OUT / f"{language}-conflict.png"))
    dialog.close()


def shoot_first_run(app: QApplication, language: str, workdir: Path) -> None:
    """An empty database: the welcome, and the lists saying what to do next."""
    services = open_services(workdir / f"empty-{language}.db", username="demo")
    window = open_window(app, services, f"empty-{language}", workdir)
    window.show_page("customers")
    settle(app, window)
    window.grab().save(str(OUT / f"{language}-empty-customers.png"))
    window.show_page("workbench")
    settle(app, window)
    window.grab().save(str(OUT / f"{language}-empty-workbench.png"))
    welcome = window.demo.welcome()
    settle(app, window)
    welcome.grab().save(str(OUT / f"{language}-welcome.png"))
    welcome.reject()
    window.close()
    services.close()


def shoot_analytics(
    app: QApplication, window: MainWindow, prefix: str, only_value: bool = False
) -> None:
    """Each tab of the Analytics page, its charts drawn."""
    page = window.pages["analytics"].widget
    window.show_page("analytics")
    while page.results is None or page.status.text():
        settle(app, window)
    for index, name in enumerate(("value", "rfm")):
        page.tabs.setCurrentIndex(index)
        settle(app, window)
        page.tabs.currentWidget().canvas.draw()
        window.grab().save(str(OUT / f"{prefix}-analytics-{name}.png"))
        if only_value:
            return
    page.tabs.setCurrentWidget(page.lifetime_tab)
    while page.lifetime_tab.values is None:
        settle(app, window)
    page.lifetime_tab.canvas.draw()
    window.grab().save(str(OUT / f"{prefix}-analytics-lifetime.png"))
    page.tabs.setCurrentWidget(page.churn_panel)
    settle(app, window)
    page.churn_panel.table.selectRow(0)
    window.grab().save(str(OUT / f"{prefix}-analytics-churn.png"))
    dialog = page.churn_panel.ask_outcome(ChurnOutcome.LOST)
    settle(app, window)
    dialog.grab().save(str(OUT / f"{prefix}-churn-mark-lost.png"))
    dialog.reject()
    if not only_value:
        options = page._show_options(page._services.analytics.settings())
        settle(app, window)
        options.grab().save(str(OUT / f"{prefix}-analytics-options.png"))
        options.reject()
    page.tabs.setCurrentWidget(page.distribution_tab)
    while len(page.distribution_tab.figure.axes) < 5:
        settle(app, window)
    page.distribution_tab.canvas.draw()
    window.grab().save(str(OUT / f"{prefix}-analytics-distribution.png"))


def shoot_forms(app: QApplication, window: MainWindow, language: str) -> None:
    """An organisation and a person from the demo data, in the customer form (the
    organisation's Sales, Timeline and History tabs too)."""
    page = window.pages["customers"].widget
    window.show_page("customers")
    settle(app, window)
    for kind in (CustomerKind.ORGANIZATION, CustomerKind.INDIVIDUAL):
        row = next(
            r
            for r in range(page.model.rowCount())
            if page.model.data(page.model.index(r, 2)) == label(kind)
        )
        form = page.open_customer(row)
        settle(app, window)
        form.grab().save(str(OUT / f"{language}-customer-{kind.value}.png"))
        if kind == CustomerKind.ORGANIZATION:
            form.tabs.setCurrentWidget(form.sales)
            settle(app, window)
            form.grab().save(str(OUT / f"{language}-customer-sales.png"))
            form.tabs.setCurrentWidget(form.timeline)
            settle(app, window)
            form.grab().save(str(OUT / f"{language}-customer-timeline.png"))
            form.editors["region"].widget.setText("上海")  # once: the languages share the data
            form.save()
            settle(app, window)
            form.tabs.setCurrentWidget(form.history)
            settle(app, window)
            form.grab().save(str(OUT / f"{language}-customer-history.png"))
        form.close()


def shoot_customer_tools(app: QApplication, window: MainWindow, language: str) -> None:
    """Bulk edit, the duplicates found in the demo data, and the merge dialog."""
    page = window.pages["customers"].widget
    window.show_page("customers")
    settle(app, window)
    page.view.selectRow(0)
    bulk = page.edit_selected()
    settle(app, window)
    bulk.grab().save(str(OUT / f"{language}-bulk-edit.png"))
    bulk.reject()
    duplicates = page._show_duplicates(window.services.merges.find_duplicates())
    duplicates.resize(1000, 560)
    settle(app, window)
    duplicates.grab().save(str(OUT / f"{language}-duplicates.png"))
    opened = []
    duplicates.merge_dialog_opened.connect(opened.append)
    duplicates.merge_row(0)
    settle(app, window)
    opened[0].grab().save(str(OUT / f"{language}-merge.png"))
    opened[0].reject()
    duplicates.close()


def shoot_quick_log(app: QApplication, window: MainWindow, language: str) -> None:
    """The quick call log with a customer found by part of its phone number."""
    customer = window.services.customers.page(ListQuery(sort_key="code"), 0, 1)[0]
    dialog = window.open_quick_log()
    dialog.lookup.setText(customer.phone[-7:-3])
    dialog.search_now()
    settle(app, window)
    dialog.choose(0)
    settle(app, window)
    dialog.editor.subject.widget.setText(
        "询问新报价" if language == "zh_CN" else "Asked for a quote"
    )
    dialog.grab().save(str(OUT / f"{language}-quick-log.png"))
    dialog.reject()


def shoot_complaint_wizard(app: QApplication, window: MainWindow, language: str) -> None:
    """Each page of the complaint wizard, on a demo complaint that went all the way."""
    from dataclasses import replace

    from crmdesk.core.enums import ComplaintStatus
    from crmdesk.ui.wizards.complaint_wizard import ComplaintWizard, load_complaint_file

    services = window.services
    closed = services.complaints.page(
        ListQuery().with_filter("status", ComplaintStatus.CLOSED), 0, 1
    )[0]
    opened = load_complaint_file(services, complaint_id=closed.id)
    for step in range(1, 5):
        shown = replace(opened, complaint=replace(opened.complaint, step=step))
        wizard = ComplaintWizard(services, window.worker, shown, window)
        wizard.show()
        settle(app, window)
        wizard.grab().save(str(OUT / f"{language}-complaint-step{step}.png"))
        wizard.reject()
    dialog = window.pages["complaints"].widget.open_statistics()
    while dialog.canvas is None:
        settle(app, window)
    settle(app, window)
    dialog.grab().save(str(OUT / f"{language}-complaint-statistics.png"))
    dialog.close()


def shoot_import(app: QApplication, window: MainWindow, language: str, workdir: Path) -> None:
    """The import wizard's column mapping and preview, on a list with a title row, one
    known customer changed and one row with a bad phone number."""
    import openpyxl

    known = window.services.customers.page(ListQuery(), 0, 1)[0]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2026年展会客户名单"])
    sheet.append([])
    sheet.append(["客户编号", "客户名称", "手机", "邮箱", "生日", "地区", "备注说明"])
    sheet.append([known.code, known.name, 13800138000, None, None, "杭州", "展会回访"])
    for number, name in enumerate(["周杰", "吴敏", "郑强", "王芳", "冯磊", "陈晨"]):
        sheet.append(
            [None, name, 13900139000 + number, f"user{number}@example.cn", None, "上海", None]
        )
    sheet.append([None, "赵六", "12345", None, None, "北京", None])
    path = workdir / "展会客户.xlsx"
    book.save(path)
    wizard = window.imports.open_import(path)
    wizard.resize(960, 640)
    while not wizard.currentPage().isComplete():
        settle(app, window)
    wizard.next()
    settle(app, window)
    wizard.grab().save(str(OUT / f"{language}-import-mapping.png"))
    wizard.next()
    while wizard.plan is None:
        settle(app, window)
    settle(app, window)
    wizard.grab().save(str(OUT / f"{language}-import-preview.png"))
    wizard.reject()


def shoot_customer_list(
    app: QApplication, services, language: str, workdir: Path, name: str
) -> None:
    """The customer list alone, as docs/screenshots/<language>-<name>.png."""
    translators = install_translators(app, language)
    window = open_window(app, services, f"{name}-{language}", workdir)
    window.show_page("customers")
    settle(app, window)
    window.grab().save(str(OUT / f"{language}-{name}.png"))
    window.close()
    for translator in translators:
        app.removeTranslator(translator)


def shoot_large_list(app: QApplication, database: Path, language: str, workdir: Path) -> None:
    services = open_services(database, username="demo")
    shoot_customer_list(app, services, language, workdir, "customers-100k")
    services.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--large", type=Path, help="a 100 000-customer demo database")
    parser.add_argument("--hidpi", action="store_true", help="only the customer list, at 2x")
    options = parser.parse_args()
    if options.hidpi:
        return shoot_hidpi()
    app = QApplication(sys.argv[:1])
    apply_cjk_fallback(app)
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        services = open_services(workdir / "demo.db", username="demo", clock=lambda: DEMO_DAY)
        services.demo.populate(2000, seed=1)
        for language in ("zh_CN", "en"):
            shoot(app, services, language, workdir)
            if options.large:
                shoot_large_list(app, options.large, language, workdir)
        services.close()
    print(f"Screenshots in {OUT}")
    return 0


def shoot_hidpi() -> int:
    """The customer list at a device pixel ratio of 2, in a process of its own (the
    ratio is fixed when Qt starts)."""
    os.environ["QT_SCALE_FACTOR"] = "2"
    app = QApplication(sys.argv[:1])
    apply_cjk_fallback(app)
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        services = open_services(workdir / "demo.db", username="demo", clock=lambda: DEMO_DAY)
        services.demo.populate(300, seed=1)
        for language in ("zh_CN", "en"):
            shoot_customer_list(app, services, language, workdir, "hidpi-customers")
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
