from crmdesk.settings import (
    UserSettings,
    database_target,
    load_settings,
    save_settings,
    settings_file,
)


def test_settings_round_trip_and_survive_a_damaged_file(tmp_path, monkeypatch):
    monkeypatch.setenv("CRMDESK_HOME", str(tmp_path))
    assert load_settings() == UserSettings()
    save_settings(UserSettings(language="zh_CN", database="/srv/客户.db"))
    assert load_settings() == UserSettings(language="zh_CN", database="/srv/客户.db")
    settings_file().write_text("{not json", encoding="utf-8")
    assert load_settings() == UserSettings()  # defaults, not a crash


def test_database_choice_order(tmp_path, monkeypatch):
    monkeypatch.setenv("CRMDESK_HOME", str(tmp_path))
    monkeypatch.delenv("CRMDESK_DB", raising=False)
    chosen = UserSettings(database="/from/settings.db")
    assert database_target(None, UserSettings()) == str(tmp_path / "data" / "crmdesk.db")
    assert database_target(None, chosen) == "/from/settings.db"
    monkeypatch.setenv("CRMDESK_DB", "/from/env.db")
    assert database_target(None, chosen) == "/from/env.db"
    assert database_target("/from/option.db", chosen) == "/from/option.db"
