"""Complaints from an old log in a spreadsheet: each row's customer found, the
complaint brought to its status along the process, numbered by the year it came in,
its history saying it was imported; bad rows named; the import undone."""

from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest

from crmdesk.core.customer import Customer
from crmdesk.core.enums import ComplaintLevel, ComplaintStatus
from crmdesk.core.imports import ImportKind, ImportMode, ImportOptions, MatchOn, RowStatus
from crmdesk.core.listing import ListQuery
from crmdesk.io.mapping import guess_mapping
from crmdesk.io.tables import read_rows
from crmdesk.io.vocabulary import FIELDS_OF
from crmdesk.services.complaints import EXTRA_CATEGORIES_SETTING
from crmdesk.storage.settings_store import set_setting

HEADERS = [
    "客户编号",
    "受理时间",
    "投诉类别",
    "投诉级别",
    "客户原话",
    "是否成立",
    "判定理由",
    "对客户的解释",
    "解决方案",
    "补偿方式",
    "补偿金额",
    "处理状态",
    "解决时间",
    "处理后满意度",
]


def load(tmp_path, rows):
    book = openpyxl.Workbook()
    for row in [HEADERS, *rows]:
        book.active.append(row)
    path = tmp_path / "complaints.xlsx"
    book.save(path)
    cells = read_rows(path)
    return cells, guess_mapping(cells, FIELDS_OF[ImportKind.COMPLAINTS])


@pytest.fixture
def importer(services):
    services.customers.create(Customer(name="顶峰贸易有限公司", code="KH-1"))
    return services.imports.importer(ImportKind.COMPLAINTS)


OPTIONS = ImportOptions(ImportMode.CREATE, MatchOn.CODE)
CLOSED = [
    "KH-1",
    datetime(2025, 12, 30, 9),
    "质量问题",
    "严重",
    "外壳开裂",
    "是",
    "照片属实",
    None,
    "换新",
    "换货",
    0,
    "已结案",
    datetime(2026, 1, 2, 17),
    4,
]
REJECTED = [
    "KH-1",
    datetime(2026, 2, 1, 10),
    "Billing",
    "一般",
    "多收了运费",
    "否",
    "运费按合同收取",
    "已解释合同条款",
    None,
    None,
    None,
    "不成立",
    None,
    None,
]
OPEN = [
    "KH-1",
    "2026-03-01 08:30",
    "延迟",
    "重大",
    "还没到货",
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
]


def test_a_log_of_complaints_comes_in_at_its_statuses(services, importer, tmp_path):
    cells, mapping = load(tmp_path, [CLOSED, REJECTED, OPEN])
    planned = importer.plan(cells, mapping, OPTIONS)
    assert planned.counts()[RowStatus.NEW] == 3, [r.summary() for r in planned.errors()]
    result = importer.commit(planned, source="complaints.xlsx").value
    stored = [services.complaints.get(i) for i in result.created]
    assert [(c.number, c.status) for c in stored] == [
        ("TS2025-0001", ComplaintStatus.CLOSED),
        ("TS2026-0001", ComplaintStatus.REJECTED),
        ("TS2026-0002", ComplaintStatus.NEW),
    ]
    closed, rejected, new = stored
    assert (closed.category, closed.level, closed.satisfaction) == ("quality", "serious", 4)
    assert closed.compensation_amount == Decimal("0.00")
    assert closed.resolved_at == datetime(2026, 1, 2, 17)
    assert closed.resolution_due == datetime(2026, 1, 2, 9)  # 3 days for serious: missed
    assert rejected.category == "billing" and rejected.closed_at is not None
    assert (new.level, new.first_response_at) == (ComplaintLevel.MAJOR, None)
    assert new.handler_id == services.context.actor.id
    (event,) = services.complaints.history(closed.id)
    assert (event.to_status, event.note) == (ComplaintStatus.CLOSED, "imported")
    services.imports.undo_last()
    assert services.complaints.count(ListQuery()) == 0


def test_bad_rows_say_which_field_is_wrong(services, importer, tmp_path):
    no_satisfaction = [*CLOSED[:13], None]
    unknown_category = [*OPEN[:2], "天气", *OPEN[3:]]
    no_customer = ["KH-404", *OPEN[1:]]
    no_date = [OPEN[0], None, *OPEN[2:]]
    cancelled = [*OPEN[:11], "已撤销", None, None]
    cells, mapping = load(
        tmp_path, [no_satisfaction, unknown_category, no_customer, no_date, cancelled]
    )
    planned = importer.plan(cells, mapping, OPTIONS)
    problems = {row.line: row.summary() for row in planned.errors()}
    assert problems[2].startswith("status: Ask the customer how satisfied")
    assert problems[3] == "category: '天气' is not a complaint category"
    assert "KH-404" in problems[4]
    assert "came in" in problems[5]
    assert "cannot be imported as cancelled" in problems[6]
    assert services.complaints.count(ListQuery()) == 0


def test_a_category_the_database_added_is_found_by_name(services, importer, tmp_path):
    with services.context.db.write() as session:
        set_setting(session, EXTRA_CATEGORIES_SETTING, "安装\n物流")
    cells, mapping = load(tmp_path, [[*OPEN[:2], "安装", *OPEN[3:]]])
    planned = importer.plan(cells, mapping, OPTIONS)
    result = importer.commit(planned).value
    assert services.complaints.get(result.created[0]).category == "安装"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_exported_complaints_import_back_the_same(services, tmp_path, language):
    from crmdesk.services.app_services import open_services

    services.demo.populate(800, seed=3)
    path = tmp_path / "complaints.xlsx"
    written = services.complaint_export.export(path, language)
    assert written == services.complaints.count(ListQuery()) > 5
    other = open_services(tmp_path / "copy.db", username="tester")
    try:
        for customer in services.customers.page(ListQuery(), 0, 10_000):
            other.customers.create(Customer(name=customer.name, code=customer.code))
        cells = read_rows(path)
        importer = other.imports.importer(ImportKind.COMPLAINTS)
        planned = importer.plan(cells, guess_mapping(cells, FIELDS_OF["complaints"]), OPTIONS)
        assert planned.errors() == [], [r.summary() for r in planned.errors()[:3]]
        importer.commit(planned)
        # What a sheet holds (not the first response, nor the waits for the customer
        # and so the resolution deadline).
        kept = (
            "received_at",
            "category",
            "level",
            "customer_words",
            "key_points",
            "stands",
            "cause",
            "explanation",
            "solution",
            "compensation",
            "compensation_amount",
            "accepted",
            "status",
            "resolved_at",
            "satisfaction",
            "findings",
        )

        def seen(rows_of):
            rows = rows_of.complaints.page(ListQuery(sort_key="received_at"), 0, 10_000)
            return sorted(
                tuple(str(getattr(rows_of.complaints.get(r.id), name)) for name in kept)
                for r in rows
            )

        assert seen(other) == seen(services)
    finally:
        other.close()
