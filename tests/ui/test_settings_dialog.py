from PySide6.QtWidgets import QDialog

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


def test_accepted_settings_are_saved_for_the_next_start(main_window, monkeypatch):
    def accept_with_chinese(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept_with_chinese)
    main_window.settings_action.trigger()
    assert load_settings().language == "zh_CN"


def test_cancelled_settings_change_nothing(main_window, monkeypatch):
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    main_window.settings_action.trigger()
    assert load_settings() == UserSettings()


def test_about_names_the_version_and_the_database(main_window, services):
    from crmdesk import __version__

    text = main_window.about_text()
    assert __version__ in text and services.database_name in text
