"""File ▸ Restore from Backup, and what the window says about the file at start:
another crmdesk on it, a risky place, damage found by the full check."""

from PySide6.QtWidgets import QMessageBox

from crmdesk.core.customer import Customer
from crmdesk.services.database_health import IntegrityCheck, Risk, RiskKind
from crmdesk.ui.dialogs.restore_dialog import RestoreDialog


def test_restoring_a_backup_brings_its_data_back_into_every_list(
    qtbot, main_window, services, monkeypatch
):
    services.customers.create(Customer(name="王伟"))
    services.backups.take("manual")
    services.customers.create(Customer(name="李娜"))
    page = main_window.pages["customers"].widget
    main_window.show_page("customers")
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.refresh()
    assert page.model.rowCount() == 2

    dialog = main_window.safety.open_restore()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.chosen().reason == "manual"
    assert dialog.model.data(dialog.model.index(0, 1)) == "Taken by hand"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.restored, timeout=5000) as restored:
        dialog.ask_restore()
    assert restored.args[0].reason == "before-restore"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert "kept in" in main_window.statusBar().currentMessage()


def test_an_empty_backup_list_says_when_the_first_comes(qtbot, main_window):
    dialog = main_window.safety.open_restore()
    main_window.worker.wait_until_idle()
    qtbot.wait(20)
    assert dialog.model.rowCount() == 0
    assert "first is taken when crmdesk closes" in dialog.view.empty_hint


def test_start_warns_of_a_sync_folder_and_offers_a_restore_after_damage(
    qtbot, main_window, services, monkeypatch, no_modal_message_boxes
):
    health = services.health
    monkeypatch.setattr(health, "risky_location", lambda: Risk(RiskKind.SYNC_FOLDER, "Dropbox"))
    monkeypatch.setattr(
        health, "check_at_start", lambda: IntegrityCheck(["page 7 is never used"], True)
    )
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    main_window.safety.start_health_checks()
    assert "inside the sync folder Dropbox" in no_modal_message_boxes[0]
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "page 7 is never used" in asked[0]
    qtbot.waitUntil(lambda: main_window.findChild(RestoreDialog) is not None, timeout=5000)


def test_a_periodic_backup_is_taken_off_the_database_thread(qtbot, main_window, services):
    timer = main_window.safety.start_backups()
    assert timer.isActive()
    services.customers.create(Customer(name="王伟"))
    main_window.safety.back_up_if_due()
    qtbot.waitUntil(lambda: len(services.backups.backups()) == 1, timeout=10_000)
    qtbot.waitUntil(
        lambda: "Backed up to" in main_window.statusBar().currentMessage(), timeout=5000
    )
    assert services.backups.backups()[0].reason == "periodic"
