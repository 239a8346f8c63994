from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QPushButton

from crmdesk.core.customer import Customer
from crmdesk.ui.dialogs.guide_dialog import GuideDialog
from crmdesk.ui.dialogs.welcome_dialog import WelcomeDialog
from crmdesk.ui.pages.analytics_page import AnalyticsPage
from crmdesk.ui.pages.list_page import ListPage
from crmdesk.ui.pages.workbench_page import WorkbenchPage
from crmdesk.ui.widgets.hinted_views import HINT_FLAGS, hint_area


def wait_loaded(qtbot, page: ListPage):
    with qtbot.waitSignal(page.model.counted, timeout=10_000):
        page.model.reload()


def test_every_page_opens_and_says_what_it_holds(qtbot, main_window, services):
    services.demo.populate(120, seed=3)
    for key, action in main_window._page_actions.items():
        action.trigger()
        assert main_window.current_page_key() == key
        page = main_window.stack.currentWidget()
        if isinstance(page, ListPage):
            wait_loaded(qtbot, page)
            assert page.model.rowCount() > 0
            assert page.model.data(page.model.index(0, 1))
        elif isinstance(page, WorkbenchPage):
            page.refresh()  # one made before the demo data may still be on its way
            qtbot.waitUntil(lambda p=page: p.recent.rowCount() > 0, timeout=10_000)
        else:
            assert isinstance(page, AnalyticsPage)
            qtbot.waitUntil(lambda p=page: p.results is not None, timeout=20_000)
            assert "customers" in page.pyramid_tab.summary.text()
    assert (
        services.database_name in main_window.statusBar().findChild(QLabel, "databasePath").text()
    )


def test_navigation_shortcuts_and_standard_actions(main_window):
    assert [a.shortcut().toString() for a in main_window._page_actions.values()] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+4",
        "Ctrl+5",
        "Ctrl+6",
    ]
    assert not main_window.find_action.shortcut().isEmpty()
    assert not main_window.quit_action.shortcut().isEmpty()
    assert not main_window.refresh_action.shortcut().isEmpty()


def test_customer_search_by_pinyin_initials(qtbot, main_window, services):
    services.customers.create(Customer(name="张三"))
    services.customers.create(Customer(name="李四"))
    main_window.show_page("customers")
    page = main_window.stack.currentWidget()
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 2
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.search.setText("zs")
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "张三"
    assert "1" in page.count_label.text()


def test_changes_published_on_the_bus_refresh_lists(qtbot, main_window, services):
    main_window.show_page("customers")
    page = main_window.stack.currentWidget()
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 0
    outcome = services.customers.create(Customer(name="王伟"))
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        main_window.bus.publish(outcome.changes)
    assert page.model.rowCount() == 1


def welcome_of(qtbot, main_window):
    main_window.demo.offer_if_empty()
    qtbot.waitUntil(lambda: main_window.findChild(WelcomeDialog) is not None, timeout=5000)
    return main_window.findChild(WelcomeDialog)


def test_the_welcome_on_an_empty_database_loads_demo_data(qtbot, main_window, monkeypatch):
    monkeypatch.setattr("crmdesk.ui.demo_commands.DEMO_CUSTOMERS", 80)
    page = main_window.pages["customers"].widget
    welcome = welcome_of(qtbot, main_window)
    assert any("80 made-up customers" in label.text() for label in welcome.findChildren(QLabel))
    welcome.buttons["demo"].click()
    assert not welcome.isVisible()
    qtbot.waitUntil(lambda: page.model.rowCount() == 80, timeout=60_000)


def test_the_welcome_opens_the_import_wizard_or_leaves_it_empty(qtbot, main_window, services):
    from crmdesk.core.listing import ListQuery
    from crmdesk.ui.dialogs.import_wizard import ImportWizard

    welcome_of(qtbot, main_window).buttons["import"].click()
    wizard = main_window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
    welcome_of(qtbot, main_window).buttons["empty"].click()
    main_window.worker.wait_until_idle()
    assert services.customers.count(ListQuery()) == 0


def test_no_welcome_once_there_are_customers(qtbot, main_window, services):
    services.customers.create(Customer(name="王伟"))
    main_window.demo.offer_if_empty()
    main_window.worker.wait_until_idle()
    qtbot.wait(50)  # the count's answer arrives through the event loop
    assert main_window.findChild(WelcomeDialog) is None


def test_getting_started_is_in_the_help_menu(qtbot, main_window):
    assert main_window.guide_action.shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents
    )
    main_window.guide_action.trigger()
    guide = main_window.findChild(GuideDialog)
    assert guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Ctrl+L" in text and "Import" in text and "Shortcuts" in text


def test_empty_lists_say_what_to_do_next(qtbot, main_window, services):
    page = main_window.pages["customers"].widget
    main_window.show_page("customers")
    wait_loaded(qtbot, page)
    assert "Ctrl+N" in page.view.empty_hint
    page.search.setText("nobody like this")
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        pass
    assert "Clear the search" in page.view.empty_hint
    services.customers.create(Customer(name="王伟"))
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.search.clear()
    assert page.model.rowCount() == 1 and page.view.empty_hint == ""
    workbench = main_window.pages["workbench"].widget
    with qtbot.waitSignal(workbench.loaded, timeout=5000):
        workbench.refresh()
    assert "Ctrl+L" in workbench.views["followUps"].empty_hint


def test_the_empty_workbench_hints_fit_their_lists(qtbot, main_window):
    """At the first window size each empty list's hint fits in it, the follow-ups' too,
    though it shares its box with a row of buttons."""
    main_window.resize(1280, 800)
    main_window.show()
    main_window.show_page("workbench")
    workbench = main_window.pages["workbench"].widget
    with qtbot.waitSignal(workbench.loaded, timeout=5000):
        workbench.refresh()
    for key, view in workbench.views.items():
        area = hint_area(view)
        needed = view.fontMetrics().boundingRect(area, HINT_FLAGS, view.empty_hint)
        assert view.empty_hint and needed.height() <= area.height(), key


def test_window_layout_is_remembered(qtbot, services):
    from crmdesk.app import window_settings
    from crmdesk.settings import UserSettings
    from crmdesk.ui.data_bus import DataBus
    from crmdesk.ui.main_window import MainWindow
    from crmdesk.ui.worker import DbWorker

    def open_window():
        window = MainWindow(services, DbWorker(), DataBus(), window_settings(), UserSettings())
        qtbot.addWidget(window)
        return window

    first = open_window()
    first.resize(700, 500)  # within the offscreen 800×600 screen
    first.show_page("activities")
    header = first.pages["activities"].widget.view.horizontalHeader()
    header.setSectionHidden(5, True)
    first.close()

    second = open_window()
    assert second.current_page_key() == "activities"
    assert (second.width(), second.height()) == (700, 500)
    assert second.pages["activities"].widget.view.horizontalHeader().isSectionHidden(5)
    second.close()


def test_header_right_click_offers_every_column(main_window, monkeypatch):
    page = main_window.pages["customers"].widget
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos: shown.append(menu))
    page._choose_columns(page.view.horizontalHeader().rect().center())
    (menu,) = shown
    assert len(menu.actions()) == page.model.columnCount()
    menu.actions()[2].setChecked(False)
    assert page.view.horizontalHeader().isSectionHidden(2)


def test_cancelling_demo_data_writes_nothing(qtbot, main_window, services, monkeypatch):
    from crmdesk.core.listing import ListQuery

    monkeypatch.setattr("crmdesk.ui.demo_commands.DEMO_CUSTOMERS", 3000)
    errors = []
    main_window.worker.failed.connect(errors.append)
    dialog = main_window.demo.load()
    (cancel_button,) = dialog.findChildren(QPushButton)
    cancel_button.click()
    main_window.worker.wait_until_idle()
    qtbot.wait(50)  # let the queued result arrive
    assert services.customers.count(ListQuery()) == 0
    assert errors == [] and not dialog.isVisible()


def test_a_refresh_keeps_the_selection_and_the_scroll_position(qtbot, main_window, services):
    services.demo.populate(400, seed=8)
    main_window.show_page("customers")
    page = main_window.stack.currentWidget()
    wait_loaded(qtbot, page)
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.row_id(page.model.rowCount() - 1) is not None, timeout=5000)
    bar = page.view.verticalScrollBar()
    scrolled_to = bar.value()
    assert scrolled_to > 0
    last = page.model.rowCount() - 1
    page.view.selectRow(last)
    (kept,) = page.selected_ids()
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        main_window.refresh_action.trigger()
    qtbot.waitUntil(lambda: page.selected_ids() == [kept], timeout=5000)
    assert bar.value() == scrolled_to
