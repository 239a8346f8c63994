"""Opportunities in and out of Excel: a sheet of deals with stages named either way,
bad rows named, the import undone; an export imports back the same deals."""

from dataclasses import fields
from datetime import date

import openpyxl
import pytest

from crmdesk.core.customer import Customer
from crmdesk.core.imports import ImportKind, ImportMode, ImportOptions, MatchOn, RowStatus
from crmdesk.core.listing import ListQuery
from crmdesk.core.opportunity import Opportunity
from crmdesk.io.mapping import guess_mapping
from crmdesk.io.tables import read_rows
from crmdesk.io.vocabulary import FIELDS_OF

HEADERS = ["客户编号", "机会名称", "预计金额", "销售阶段", "预计成交日期", "输单原因"]
OPTIONS = ImportOptions(ImportMode.CREATE, MatchOn.CODE)


def load(tmp_path, rows):
    book = openpyxl.Workbook()
    for row in [HEADERS, *rows]:
        book.active.append(row)
    path = tmp_path / "deals.xlsx"
    book.save(path)
    cells = read_rows(path)
    return cells, guess_mapping(cells, FIELDS_OF[ImportKind.OPPORTUNITIES])


@pytest.fixture
def importer(services):
    services.customers.create(Customer(name="顶峰贸易有限公司", code="KH-1"))
    return services.imports.importer(ImportKind.OPPORTUNITIES)


def test_deals_come_in_at_their_stage_numbered_with_history(services, importer, tmp_path):
    cells, mapping = load(
        tmp_path,
        [
            ["KH-1", "服务器扩容", 180000, "谈判", date(2026, 5, 1), None],
            ["KH-1", "办公耗材", 12000, "Lost", date(2026, 2, 1), "价格太高"],
        ],
    )
    result = importer.commit(importer.plan(cells, mapping, OPTIONS)).value
    first, second = (services.opportunities.get(i) for i in result.created)
    assert (first.number, first.stage, first.owner_id) == (
        "SJ2026-0001",
        "negotiation",
        services.context.actor.id,
    )
    assert (second.stage, second.lost_reason) == ("lost", "价格太高")
    (event,) = services.opportunities.history(first.id)
    assert (event.to_stage, event.probability, event.note) == ("negotiation", 70, "imported")
    services.imports.undo_last()
    assert services.opportunities.count(ListQuery()) == 0


def test_bad_rows_name_the_field(importer, tmp_path):
    cells, mapping = load(
        tmp_path,
        [
            ["KH-1", "服务器扩容", 180000, "签约", date(2026, 5, 1), None],
            ["KH-1", "办公耗材", 12000, "输单", date(2026, 2, 1), None],
            ["KH-1", "", 12000, "谈判", None, None],
        ],
    )
    planned = importer.plan(cells, mapping, OPTIONS)
    problems = [
        {problem.field for problem in row.problems}
        for row in planned.rows
        if row.status is RowStatus.ERROR
    ]
    assert problems == [{"stage"}, {"lost_reason"}, {"title", "expected_close"}]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_exported_opportunities_import_back_the_same(services, tmp_path, language):
    from crmdesk.services.app_services import open_services

    services.demo.populate(300, seed=5)
    path = tmp_path / "deals.xlsx"
    written = services.opportunity_export.export(path, language)
    assert written == services.opportunities.count(ListQuery()) > 20
    other = open_services(tmp_path / "copy.db", username="tester")
    try:
        for customer in services.customers.page(ListQuery(), 0, 10_000):
            other.customers.create(Customer(name=customer.name, code=customer.code))
        cells = read_rows(path)
        importer = other.imports.importer(ImportKind.OPPORTUNITIES)
        planned = importer.plan(cells, guess_mapping(cells, FIELDS_OF["opportunities"]), OPTIONS)
        assert planned.errors() == [], [r.summary() for r in planned.errors()[:3]]
        importer.commit(planned)
        kept = [
            f.name
            for f in fields(Opportunity)
            if f.name not in ("id", "version", "number", "customer_id", "owner_id", "sale_id")
        ]

        def deals(of) -> list[tuple]:
            found = [
                of.opportunities.get(row.id) for row in of.opportunities.page(ListQuery(), 0, 9999)
            ]
            return sorted(tuple(str(getattr(d, name)) for name in kept) for d in found)

        assert deals(other) == deals(services)
    finally:
        other.close()
