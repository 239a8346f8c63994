"""The import wizard as a user drives it: drop a file, check the columns, read the
preview, import, and undo the import."""

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QWizard

from crmdesk.core.customer import Customer
from crmdesk.core.enums import Tier
from crmdesk.core.imports import RowStatus
from crmdesk.core.listing import ListQuery
from crmdesk.ui.models.column_mapping_model import FIELD, KEY_ROLE


def write_sheet(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.fixture
def sheet(tmp_path):
    return write_sheet(
        tmp_path / "客户名单.xlsx",
        [
            ["2026年客户名单"],
            [],
            ["客户编号", "客户名称", "手机", "生日", "备注"],
            ["KH-1", "顶峰贸易有限公司", 13800138000, None, "老客户"],
            ["KH-2", "张三", 13900139000, date(1990, 5, 1), None],
            ["KH-3", "李四", "12345", None, None],
        ],
    )


def drop(window, path):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.NoModifier
    )
    window.dropEvent(event)
    return window.findChild(QWizard, "importWizard")


def next_page(qtbot, wizard):
    page = wizard.currentPage()
    qtbot.waitUntil(page.isComplete, timeout=5000)
    wizard.next()


def test_dropped_file_is_previewed_then_imported_then_undone(
    qtbot, main_window, services, sheet, monkeypatch
):
    existing = services.customers.create(Customer(name="顶峰贸易有限公司", code="KH-1")).value
    wizard = drop(main_window, sheet)
    assert wizard is not None and wizard.isVisible()
    next_page(qtbot, wizard)

    columns = wizard.columns
    assert columns.header_spin.value() == 3  # found under the title and blank rows
    model = columns.model
    assert [model.index(r, FIELD).data(KEY_ROLE) for r in range(5)] == [
        "code",
        "name",
        "mobile",
        "birthday",
        "notes",
    ]
    # the user leaves the notes column out
    model.setData(model.index(4, FIELD), "", KEY_ROLE)
    wizard.next()

    preview = wizard.preview
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=5000)
    counts = wizard.plan.counts()
    assert (counts[RowStatus.NEW], counts[RowStatus.UPDATE], counts[RowStatus.ERROR]) == (1, 1, 1)
    assert "Errors: 1" in preview.counts.text()
    assert not preview.isComplete()  # an error row must be fixed or skipped explicitly
    preview.show_box.setCurrentIndex(preview.show_box.findData("error"))
    assert preview.proxy.rowCount() == 1
    assert "phone" in preview.proxy.index(0, 2).data()

    errors = sheet.with_name("errors.xlsx")
    preview.write_errors(errors)
    qtbot.waitUntil(errors.exists, timeout=5000)
    assert openpyxl.load_workbook(errors).active["B2"].value == "李四"

    preview.skip_errors.setChecked(True)
    assert preview.isComplete()
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.next()  # the commit page's Import button
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
    added = services.customers.page(ListQuery(search="张三"), 0, 5)
    assert [(r.code, r.name) for r in added] == [("KH-2", "张三")]
    assert services.customers.get(added[0].id).notes is None  # the column left out
    assert services.customers.get(existing.id).mobile == "+8613800138000"
    # The pyramid follows the import: no sales yet, so small.
    qtbot.waitUntil(lambda: services.customers.get(added[0].id).tier is Tier.SMALL, timeout=10_000)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    main_window.imports.undo_last_import()
    qtbot.waitUntil(lambda: services.customers.count(ListQuery(search="张三")) == 0, timeout=5000)
    assert services.customers.count(ListQuery()) == 1
    assert services.customers.get(existing.id).mobile is None


def test_a_file_that_is_not_a_workbook_says_so_and_goes_no_further(qtbot, main_window, tmp_path):
    fake = tmp_path / "list.xlsx"
    fake.write_text("not a workbook")
    wizard = main_window.imports.open_import(fake)
    status = wizard.source.status
    qtbot.waitUntil(
        lambda: "list.xlsx" in status.text() and "Reading" not in status.text(), timeout=5000
    )
    assert not wizard.source.isComplete()


def test_only_spreadsheets_are_accepted_as_drops(main_window, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("hello")
    assert drop(main_window, note) is None


def test_the_list_exports_as_shown_searched_sorted_and_with_its_columns(
    qtbot, main_window, services, tmp_path
):
    for code, name in (("C-2", "张伟"), ("C-1", "张三"), ("C-3", "李四")):
        services.customers.create(Customer(name=name, code=code, region="北京"))
    page = main_window.pages["customers"].widget
    main_window.show_page("customers")
    page.show_column_layout(("code", "name", "updated_at"), "code", True)
    page.search.setText("张")
    qtbot.waitUntil(lambda: page.count_label.text() == "Customers: 2", timeout=5000)
    out = tmp_path / "view.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.export_view(out)
    sheet = openpyxl.load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Code", "Name", "Updated"]
    assert [r[:2] for r in rows[1:]] == [["C-2", "张伟"], ["C-1", "张三"]]  # code, descending
    assert sheet["C2"].is_date and sheet["C2"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:C3"
