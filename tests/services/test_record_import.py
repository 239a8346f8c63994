"""Importing contacts, activities and sales: each row finds its customer by code or by a
unique name; unknown customers are errors unless new files may be made for them."""

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from crmdesk.core.customer import Customer
from crmdesk.core.errors import ConflictError, DomainError
from crmdesk.core.imports import ImportKind, ImportMode, ImportOptions, MatchOn, RowStatus
from crmdesk.core.listing import ListQuery
from crmdesk.io.mapping import guess_mapping
from crmdesk.io.tables import read_rows
from crmdesk.io.vocabulary import FIELDS_OF
from tests.collector import passes_during


def load(tmp_path, kind: ImportKind, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / f"{kind}.xlsx"
    book.save(path)
    cells = read_rows(path)
    return cells, guess_mapping(cells, FIELDS_OF[kind])


def plan(services, kind, cells, mapping, mode=ImportMode.CREATE, create_missing=False):
    options = ImportOptions(mode, MatchOn.CODE, create_missing=create_missing)
    return services.imports.importer(kind).plan(cells, mapping, options)


@pytest.fixture
def acme(services):
    return services.customers.create(Customer(name="顶峰贸易有限公司", code="KH-1")).value


def test_activities_find_their_customer_by_code_or_unique_name(services, acme, tmp_path):
    cells, mapping = load(
        tmp_path,
        ImportKind.ACTIVITIES,
        [
            ["客户编号", "客户名称", "时间", "方式", "主题", "下次回访"],
            ["KH-1", None, "2026-03-05 14:30", "电话", "报价跟进", "2026-03-12"],
            [None, "顶峰贸易有限公司", datetime(2026, 3, 6, 9, 0), "拜访", "上门演示", None],
        ],
    )
    planned = plan(services, ImportKind.ACTIVITIES, cells, mapping)
    assert planned.counts()[RowStatus.NEW] == 2
    result = services.imports.importer(ImportKind.ACTIVITIES).commit(planned).value
    logged = [services.activities.get(i) for i in result.created]
    assert [(a.customer_id, a.channel, a.subject) for a in logged] == [
        (acme.id, "phone", "报价跟进"),
        (acme.id, "visit", "上门演示"),
    ]
    assert logged[0].occurred_at == datetime(2026, 3, 5, 14, 30)
    assert logged[0].next_follow_up == date(2026, 3, 12)
    assert logged[0].owner_id == services.context.actor.id


def test_unknown_and_ambiguous_customers_are_errors_naming_the_cell(services, acme, tmp_path):
    services.customers.create(Customer(name="王伟"))
    services.customers.create(Customer(name="王伟"))
    cells, mapping = load(
        tmp_path,
        ImportKind.TRANSACTIONS,
        [
            ["客户编号", "客户名称", "交易日期", "金额"],
            ["KH-404", None, "2026-01-02", "¥1,200.50"],
            [None, "王伟", "2026-01-03", 80],
            [None, None, "2026-01-04", 80],
        ],
    )
    planned = plan(services, ImportKind.TRANSACTIONS, cells, mapping)
    assert [row.summary() for row in planned.rows] == [
        "customer_code: no customer with code KH-404",
        "customer_name: 2 customers are named 王伟; give the code",
        "customer_code: give the customer's code or name",
    ]
    assert planned.rows[0].problems[0].column == 0
    with pytest.raises(DomainError, match="3 rows have errors"):
        services.imports.importer(ImportKind.TRANSACTIONS).commit(planned)


def test_create_missing_makes_one_file_per_unknown_customer(services, tmp_path):
    cells, mapping = load(
        tmp_path,
        ImportKind.TRANSACTIONS,
        [
            ["客户名称", "交易日期", "金额", "产品"],
            ["星河科技有限公司", "2026-01-02", "¥1,200.50", "打印机"],
            ["星河科技有限公司", "2026-02-02", 300, "墨盒"],
            ["李娜", "2026-02-03", "$ 88", None],
        ],
    )
    planned = plan(services, ImportKind.TRANSACTIONS, cells, mapping, create_missing=True)
    result = services.imports.importer(ImportKind.TRANSACTIONS).commit(planned).value
    assert len(result.created) == 3
    made = {services.customers.get(i).name: i for i in result.created_customers}
    assert sorted(made) == ["星河科技有限公司", "李娜"]
    assert services.customers.get(made["星河科技有限公司"]).kind == "organization"
    sales = services.customers.sales(made["星河科技有限公司"])
    assert sorted(s.amount for s in sales) == [Decimal("300"), Decimal("1200.50")]


def test_contacts_upsert_matches_on_customer_and_name(services, acme, tmp_path):
    header = ["客户编号", "联系人", "职务", "手机", "采购角色"]
    cells, mapping = load(
        tmp_path, ImportKind.CONTACTS, [header, ["KH-1", "刘洋", "经理", 13800138000, "决策者"]]
    )
    importer = services.imports.importer(ImportKind.CONTACTS)
    importer.commit(plan(services, ImportKind.CONTACTS, cells, mapping))
    cells, mapping = load(
        tmp_path,
        ImportKind.CONTACTS,
        [
            header,
            ["KH-1", "刘洋", "总经理", 13800138000, "决策者"],
            ["KH-1", "陈静", None, None, "使用者"],
        ],
    )
    planned = plan(services, ImportKind.CONTACTS, cells, mapping, mode=ImportMode.UPSERT)
    assert [(r.status, r.summary()) for r in planned.rows] == [
        (RowStatus.UPDATE, "title"),
        (RowStatus.NEW, ""),
    ]
    importer.commit(planned)
    people = services.contacts.of_customer(acme.id)
    assert sorted((c.name, c.title, c.buying_role) for c in people) == [
        ("刘洋", "总经理", "decision_maker"),
        ("陈静", None, "user"),
    ]
    # contact names are searchable at once
    assert services.customers.count(ListQuery(search="陈静")) == 1


def test_activities_cannot_be_updated_by_an_import(services, tmp_path):
    cells, mapping = load(tmp_path, ImportKind.ACTIVITIES, [["客户编号", "主题"]])
    with pytest.raises(DomainError, match="only be added"):
        plan(services, ImportKind.ACTIVITIES, cells, mapping, mode=ImportMode.UPSERT)


def test_undo_removes_what_the_last_import_added_and_restores_what_it_changed(
    services, acme, tmp_path
):
    header = ["客户编号", "客户名称", "地区"]
    cells, mapping = load(
        tmp_path,
        ImportKind.CUSTOMERS,
        [header, ["KH-1", "顶峰贸易有限公司", "上海"], ["KH-2", "新客户", "北京"]],
    )
    importer = services.imports.importer(ImportKind.CUSTOMERS)
    importer.commit(
        plan(services, ImportKind.CUSTOMERS, cells, mapping, mode=ImportMode.UPSERT),
        source="list.xlsx",
    )
    last = services.imports.last()
    assert (last.kind, last.file_name, last.created, last.updated) == (
        ImportKind.CUSTOMERS,
        "list.xlsx",
        1,
        1,
    )
    assert services.customers.get(acme.id).region == "上海"
    services.imports.undo_last()
    assert services.customers.get(acme.id).region is None
    assert [r.code for r in services.customers.page(ListQuery(), 0, 10)] == ["KH-1"]
    assert services.customers.count(ListQuery(search="新客户")) == 0
    assert services.imports.last() is None
    with pytest.raises(DomainError, match="no import to undo"):
        services.imports.undo_last()


def test_undo_is_refused_when_a_file_it_made_was_worked_on_since(services, tmp_path):
    rows = [["客户名称", "时间", "主题"], ["赵敏", "2026-01-01", "来电"]]
    cells, mapping = load(tmp_path, ImportKind.ACTIVITIES, rows)
    importer = services.imports.importer(ImportKind.ACTIVITIES)
    result = importer.commit(
        plan(services, ImportKind.ACTIVITIES, cells, mapping, create_missing=True)
    ).value
    zhao = services.customers.get(result.created_customers[0])
    services.customers.update(replace(zhao, region="杭州"))
    with pytest.raises(ConflictError, match="赵敏 was changed after the import"):
        services.imports.undo_last()
    assert services.activities.get(result.created[0]).subject == "来电"  # nothing undone


def test_an_activity_names_one_of_its_customers_contacts(services, acme, tmp_path):
    from crmdesk.core.contact import Contact

    liu = services.contacts.add(Contact(customer_id=acme.id, name="刘洋")).value
    cells, mapping = load(
        tmp_path,
        ImportKind.ACTIVITIES,
        [
            ["客户编号", "时间", "主题", "联系人"],
            ["KH-1", "2026-03-05", "报价", "刘洋"],
            ["KH-1", "2026-03-06", "回访", "陈静"],
        ],
    )
    planned = plan(services, ImportKind.ACTIVITIES, cells, mapping)
    assert planned.rows[0].value.record.contact_id == liu.id
    assert planned.rows[1].summary() == "contact_name: no such contact at the customer"


def test_planning_and_writing_records_run_without_a_garbage_collection(services, acme, tmp_path):
    header = ["客户编号", "时间", "方式", "主题"]
    rows = [
        ["KH-1", f"2026-03-05 {n // 60:02d}:{n % 60:02d}", "电话", f"回访{n}"] for n in range(300)
    ]
    cells, mapping = load(tmp_path, ImportKind.ACTIVITIES, [header, *rows])
    planned = []

    def planning():
        planned.append(plan(services, ImportKind.ACTIVITIES, cells, mapping))

    assert len(passes_during(planning)) <= 1
    importer = services.imports.importer(ImportKind.ACTIVITIES)
    assert len(passes_during(lambda: importer.commit(planned[0]))) <= 1
    assert planned[0].counts()[RowStatus.NEW] == 300
