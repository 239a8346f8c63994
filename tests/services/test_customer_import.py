"""Importing customer lists: every row planned first, then all written or none."""

from dataclasses import replace
from datetime import date

import openpyxl
import pytest

from crmdesk.core.customer import EDITABLE_FIELDS, Customer, validated
from crmdesk.core.enums import (
    CreditRating,
    CustomerKind,
    CustomerSource,
    CustomerStatus,
    Gender,
    LifecycleStage,
    MaritalStatus,
    Tier,
)
from crmdesk.core.errors import Cancelled, DomainError
from crmdesk.core.imports import ImportKind, ImportMode, ImportOptions, MatchOn, RowStatus
from crmdesk.core.listing import ListQuery
from crmdesk.io.mapping import guess_mapping
from crmdesk.io.tables import read_rows
from crmdesk.io.vocabulary import CUSTOMER_FIELDS
from crmdesk.storage import bulk
from tests.collector import passes_during


def sheet(tmp_path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "import.xlsx"
    book.save(path)
    rows = read_rows(path)
    return rows, guess_mapping(rows, CUSTOMER_FIELDS)


def plan(services, rows, mapping, mode=ImportMode.UPSERT, match_on=MatchOn.CODE):
    return services.imports.importer(ImportKind.CUSTOMERS).plan(
        rows, mapping, ImportOptions(mode, match_on)
    )


def all_names(services):
    return sorted(r.name for r in services.customers.page(ListQuery(), 0, 100))


def test_new_rows_are_created_with_their_fields(services, tmp_path):
    rows, mapping = sheet(
        tmp_path,
        [
            ["客户名单"],
            ["客户名称", "手机", "生日", "标签", "客户编号"],
            ["张三", 13800138000, date(1990, 5, 1), "重点,华北", None],
            ["华为技术有限公司", None, None, None, "KH-0007"],
        ],
    )
    planned = plan(services, rows, mapping)
    assert planned.counts()[RowStatus.NEW] == 2
    result = services.imports.importer(ImportKind.CUSTOMERS).commit(planned).value
    zhang = services.customers.get(result.created[0])
    assert (zhang.mobile, zhang.birthday, zhang.tags) == (
        "+8613800138000",
        date(1990, 5, 1),
        ("华北", "重点"),
    )
    huawei = services.customers.get(result.created[1])
    assert (huawei.code, huawei.kind) == ("KH-0007", "organization")


def test_the_preview_marks_new_update_unchanged_and_error_rows(services, tmp_path):
    kept = services.customers.create(Customer(name="李四", mobile="13900000001")).value
    edited = services.customers.create(Customer(name="王五", region="北京")).value
    rows, mapping = sheet(
        tmp_path,
        [
            ["客户编号", "客户名称", "地区", "手机"],
            [kept.code, "李四", None, "13900000001"],
            [edited.code, "王五", "上海", None],
            [None, "赵六", None, None],
            [None, "钱七", None, "12345"],
        ],
    )
    planned = plan(services, rows, mapping)
    assert [r.status for r in planned.rows] == [
        RowStatus.UNCHANGED,
        RowStatus.UPDATE,
        RowStatus.NEW,
        RowStatus.ERROR,
    ]
    assert planned.rows[1].changes == {"region": ("北京", "上海")}
    (error,) = planned.errors()
    assert error.line == 5 and error.problems[0].column == 3
    assert "not a valid phone number" in error.summary()


def test_an_import_with_error_rows_writes_nothing_unless_they_are_skipped(services, tmp_path):
    rows, mapping = sheet(
        tmp_path, [["Name", "Birthday"], ["Good", "2020-01-01"], ["Bad", "2020-02-30"]]
    )
    planned = plan(services, rows, mapping)
    with pytest.raises(DomainError, match="1 rows have errors \\(first: row 3, birthday"):
        services.imports.importer(ImportKind.CUSTOMERS).commit(planned)
    assert all_names(services) == []
    result = services.imports.importer(ImportKind.CUSTOMERS).commit(planned, skip_errors=True).value
    assert (len(result.created), result.skipped_errors) == (1, 1)
    assert all_names(services) == ["Good"]


def test_cancel_writes_nothing(services, tmp_path):
    rows, mapping = sheet(tmp_path, [["Name"], *[[f"Customer {i}"] for i in range(5)]])
    planned = plan(services, rows, mapping)
    with pytest.raises(Cancelled):
        services.imports.importer(ImportKind.CUSTOMERS).commit(planned, cancelled=lambda: True)
    assert all_names(services) == []


def test_cancel_between_chunks_writes_nothing_and_the_next_import_is_searchable(
    services, tmp_path, monkeypatch
):
    """Cancelled while the statements of earlier chunks are still queued or running."""
    monkeypatch.setattr(bulk, "CHUNK_ROWS", 3)
    rows, mapping = sheet(tmp_path, [["Name"], *[[f"顾客{i}号"] for i in range(10)]])
    planned = plan(services, rows, mapping)
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 2

    importer = services.imports.importer(ImportKind.CUSTOMERS)
    with pytest.raises(Cancelled):
        importer.commit(planned, cancelled=cancelled)
    assert all_names(services) == []
    importer.commit(planned)
    for term in ("客9号", "9号"):  # trigrams, then grams
        found = services.customers.page(ListQuery(search=term), 0, 10)
        assert [c.name for c in found] == ["顾客9号"]


@pytest.mark.parametrize(
    ("mode", "row", "message"),
    [
        (ImportMode.CREATE, ["C000001", "张三"], "a file with it exists"),
        (ImportMode.UPDATE, ["C999999", "张三"], "no file matches it"),
    ],
)
def test_modes_refuse_rows_they_do_not_allow(services, tmp_path, mode, row, message):
    services.customers.create(Customer(name="张三"))
    rows, mapping = sheet(tmp_path, [["客户编号", "客户名称"], row])
    (planned,) = plan(services, rows, mapping, mode).rows
    assert planned.status is RowStatus.ERROR and message in planned.summary()


def test_matching_on_phone_finds_the_file_however_the_number_is_written(services, tmp_path):
    stored = services.customers.create(Customer(name="张三", mobile="13800138000")).value
    rows, mapping = sheet(tmp_path, [["手机", "备注"], ["138-0013-8000", "老客户"]])
    planned = plan(services, rows, mapping, ImportMode.UPDATE, MatchOn.PHONE)
    services.imports.importer(ImportKind.CUSTOMERS).commit(planned)
    assert services.customers.get(stored.id).notes == "老客户"


def test_a_key_repeated_in_the_file_is_an_error_on_the_later_row(services, tmp_path):
    rows, mapping = sheet(tmp_path, [["Name", "E-mail"], ["A", "x@y.cn"], ["B", "X@Y.cn"]])
    planned = plan(services, rows, mapping, ImportMode.CREATE, MatchOn.EMAIL)
    assert [r.status for r in planned.rows] == [RowStatus.NEW, RowStatus.ERROR]
    assert "email: the same as row 2" in planned.rows[1].summary()


def test_a_file_changed_after_the_preview_stops_the_import(services, tmp_path):
    stored = services.customers.create(Customer(name="王五")).value
    rows, mapping = sheet(tmp_path, [["客户编号", "地区"], [stored.code, "上海"], [None, None]])
    planned = plan(services, rows, mapping, ImportMode.UPDATE)
    services.customers.update(replace(stored, notes="edited meanwhile"))
    with pytest.raises(DomainError, match="Row 2: 王五 was changed by someone else"):
        services.imports.importer(ImportKind.CUSTOMERS).commit(planned)
    assert services.customers.get(stored.id).region is None


def test_an_empty_cell_in_an_update_leaves_the_stored_value(services, tmp_path):
    stored = services.customers.create(
        Customer(name="王芳", code="KH-9", email="wf@example.cn", region="上海")
    ).value
    rows, mapping = sheet(
        tmp_path, [["客户编号", "客户名称", "邮箱", "地区"], ["KH-9", "王芳", None, "杭州"]]
    )
    planned = plan(services, rows, mapping)
    assert planned.rows[0].changes == {"region": ("上海", "杭州")}
    services.imports.importer(ImportKind.CUSTOMERS).commit(planned)
    after = services.customers.get(stored.id)
    assert (after.email, after.region) == ("wf@example.cn", "杭州")


def test_planning_and_writing_an_import_run_without_a_garbage_collection(services, tmp_path):
    """A 100 000-row import's planned rows made each of the collector's passes longer."""
    names = [["客户名称", "手机"]] + [[f"客户{n}", f"1380013{n:04d}"] for n in range(300)]
    rows, mapping = sheet(tmp_path, names)
    importer = services.imports.importer(ImportKind.CUSTOMERS)
    planned = []
    assert len(passes_during(lambda: planned.append(plan(services, rows, mapping)))) <= 1
    assert len(passes_during(lambda: importer.commit(planned[0]))) <= 1
    assert len(all_names(services)) == 100  # the first page of the 300 written


def test_files_written_in_bulk_read_back_with_every_field_as_planned(services):
    """Bulk inserts convert each value as its column type does (enums, dates, flags)."""
    common = dict(
        status=CustomerStatus.LOYAL,
        lifecycle_stage=LifecycleStage.GROWTH,
        source=CustomerSource.REFERRAL,
        tier_override=Tier.MAJOR,
        credit_rating=CreditRating.AA,
        phone="010-12345678",
        mobile="13800138000",
        email="Li@Example.CN",
        region="华北",
        notes="老客户",
        man_money=True,
        man_need=True,
        tags=("重点",),
    )
    person = Customer(
        name="李四",
        gender=Gender.MALE,
        birthday=date(1985, 2, 3),
        marital_status=MaritalStatus.MARRIED,
        employer="某公司",
        **common,
    )
    company = Customer(
        name="某某科技有限公司",
        kind=CustomerKind.ORGANIZATION,
        founded_on=date(2001, 9, 1),
        employees=120,
        relationship_closeness=4,
        **common,
    )
    given = [validated(person, date(2026, 3, 1)), validated(company, date(2026, 3, 1))]
    with services.context.writing() as session:
        ids = services.customers.add_many(session, given, lambda _: None)
    stored = [services.customers.get(customer_id) for customer_id in ids]
    assert [[getattr(c, f) for f in EDITABLE_FIELDS] for c in stored] == [
        [getattr(c, f) for f in EDITABLE_FIELDS] for c in given
    ]
    assert all(c.version == 1 and c.created_at and c.code for c in stored)
