from PySide6.QtWidgets import QDialog

from crmdesk.core.customer import Customer
from crmdesk.core.enums import Tier
from crmdesk.core.follow_up import TierCadence
from crmdesk.services.shared_settings import SharedSettings
from crmdesk.settings import UserSettings, load_settings
from crmdesk.ui.dialogs.settings_dialog import SettingsDialog


def test_dialog_shows_and_returns_the_choices(qtbot):
    dialog = SettingsDialog(UserSettings(language="en", database="/data/crm.db"))
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"
    assert dialog.database.text() == "/data/crm.db"
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.database.setText("  postgresql+psycopg://crm@server/crm ")
    chosen = dialog.chosen(UserSettings())
    assert chosen == UserSettings(language="zh_CN", database="postgresql+psycopg://crm@server/crm")


def test_accepted_settings_are_saved_for_the_next_start(qtbot, main_window, monkeypatch):
    def accept_with_chinese(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept_with_chinese)
    main_window.settings_action.trigger()
    qtbot.waitUntil(lambda: load_settings().language == "zh_CN", timeout=5000)


def test_cancelled_settings_change_nothing(qtbot, main_window, services, monkeypatch):
    asked = []

    def cancel(dialog):
        dialog.code_mask.setText("X{00}")
        dialog.intervals[Tier.VIP].setValue(3)
        asked.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", cancel)
    main_window.settings_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    main_window.worker.wait_until_idle()
    assert load_settings() == UserSettings()
    assert services.shared_settings.load() == SharedSettings()


def test_the_code_mask_is_set_for_the_database(qtbot, main_window, services, monkeypatch):
    def new_mask(dialog):
        assert dialog.code_mask.text() == "C{000000}"
        dialog.code_mask.setText("KH{yyyy}")
        assert not dialog._ok.isEnabled()
        assert "one number field" in dialog.code_example.text()
        dialog.code_mask.setText(" KH{yyyy}{0000} ")
        assert dialog._ok.isEnabled()
        assert dialog.code_example.text().startswith("For example: KH")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", new_mask)
    main_window.settings_action.trigger()
    qtbot.waitUntil(
        lambda: services.shared_settings.load().code_mask == "KH{yyyy}{0000}", timeout=5000
    )
    created = services.customers.create(Customer(name="张三")).value
    assert created.code == "KH20260001"


def test_about_names_the_version_and_the_database(main_window, services):
    from crmdesk import __version__

    text = main_window.about_text()
    assert __version__ in text and services.database_name in text


def test_the_tier_intervals_are_set_for_the_database(qtbot, main_window, services, monkeypatch):
    def longer_intervals(dialog):
        assert [box.value() for box in dialog.intervals.values()] == [14, 30, 60, 90]
        dialog.intervals[Tier.VIP].setValue(7)
        dialog.intervals[Tier.SMALL].setValue(120)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", longer_intervals)
    main_window.settings_action.trigger()
    expected = TierCadence({Tier.VIP: 7, Tier.MAJOR: 30, Tier.ORDINARY: 60, Tier.SMALL: 120})
    qtbot.waitUntil(lambda: services.shared_settings.load().cadence == expected, timeout=5000)
    assert services.shared_settings.load().code_mask == "C{000000}"


def test_complaint_deadlines_and_categories_are_set_for_the_database(
    qtbot, main_window, services, monkeypatch
):
    from crmdesk.core.enums import ComplaintLevel

    def tighter(dialog):
        response, resolution = dialog.complaints.deadlines[ComplaintLevel.MAJOR]
        assert (response.value(), resolution.value()) == (4, 24)
        response.setValue(2)
        dialog.complaints.categories.setText("安装，物流")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", tighter)
    main_window.settings_action.trigger()
    qtbot.waitUntil(
        lambda: services.shared_settings.load().complaint_categories != (), timeout=5000
    )
    stored = services.shared_settings.load()
    assert stored.complaint_categories == ("安装", "物流")
    assert stored.complaint_sla.for_level(ComplaintLevel.MAJOR).first_response_hours == 2


def test_a_resolution_before_its_response_is_not_accepted(qtbot, no_modal_message_boxes):
    from crmdesk.core.enums import ComplaintLevel

    dialog = SettingsDialog(UserSettings())
    qtbot.addWidget(dialog)
    response, _resolution = dialog.complaints.deadlines[ComplaintLevel.SERIOUS]
    response.setValue(100)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "cannot come before the first response" in no_modal_message_boxes[-1]


def test_a_pipeline_stage_is_added_in_settings(qtbot, main_window, services, monkeypatch):
    def add_a_stage(dialog):
        box = dialog.stages
        assert [s.name_zh for s in box.stages()] == ["初步接触", "需求确认", "方案报价", "谈判"]
        box.table.setCurrentIndex(box.model.index(2, 0))  # after 方案报价
        box.add_stage()
        for column, value in enumerate(("样品试用", "Trial", 60)):
            box.model.setData(box.model.index(3, column), value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", add_a_stage)
    main_window.settings_action.trigger()
    qtbot.waitUntil(lambda: len(services.opportunities.stages()) == 7, timeout=5000)
    added = services.opportunities.stages()[3]
    assert (added.name_zh, added.name_en, added.probability) == ("样品试用", "Trial", 60)
