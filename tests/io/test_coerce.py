from datetime import date, datetime
from decimal import Decimal

import pytest

from crmdesk.core.enums import CustomerKind, Gender
from crmdesk.io.coerce import CellError, coerce
from crmdesk.io.vocabulary import (
    ACTIVITY_FIELDS,
    CUSTOMER_FIELDS,
    FIELDS_OF,
    Field,
    ValueType,
    choice_label,
)

FIELD = {f.key: f for f in CUSTOMER_FIELDS}
AMOUNT = Field("amount", ValueType.MONEY, ("金额", "Amount"))


@pytest.mark.parametrize(
    ("cell", "day_first", "expected"),
    [
        (date(2024, 3, 5), False, date(2024, 3, 5)),
        (datetime(2024, 3, 5, 10, 30), False, date(2024, 3, 5)),
        (45356.0, False, date(2024, 3, 5)),  # Excel's serial number
        ("2024-03-05", False, date(2024, 3, 5)),
        ("2024/3/5", False, date(2024, 3, 5)),
        ("2024年3月5日", False, date(2024, 3, 5)),
        ("2024.3.5", False, date(2024, 3, 5)),
        ("05/03/2024", True, date(2024, 3, 5)),
        ("03/05/2024", False, date(2024, 3, 5)),
        ("2024-03-05 08:00:00", False, date(2024, 3, 5)),
    ],
)
def test_dates_as_staff_type_them(cell, day_first, expected):
    assert coerce(FIELD["birthday"], cell, day_first=day_first) == expected


@pytest.mark.parametrize("cell", ["2024-02-30", "next week", "13/13/2024", -5.0])
def test_impossible_dates_say_so(cell):
    with pytest.raises(CellError, match="not a date"):
        coerce(FIELD["birthday"], cell)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (13800138000.0, "13800138000"),  # a mobile Excel stored as a number
        ("13800138000", "13800138000"),
        (1.0, "1"),
        ("C000123", "C000123"),
        (123456789012345.0, "123456789012345"),  # 15 digits: still exact
    ],
)
def test_identifiers_stay_text_without_a_decimal_point(cell, expected):
    assert coerce(FIELD["mobile"], cell) == expected


def test_an_id_number_whose_digits_excel_already_lost_is_refused():
    with pytest.raises(CellError, match="18 digits stored as a number"):
        coerce(FIELD["id_number"], 110101199003071234.0)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("¥1,200.50", Decimal("1200.50")),
        ("$ 3.5", Decimal("3.5")),
        ("1 200", Decimal("1200")),
        ("-80", Decimal("-80")),
        ("RMB 99", Decimal("99")),
        ("12元", Decimal("12")),
        (1234.5, Decimal("1234.5")),
        (0.1, Decimal("0.1")),  # not 0.1000000000000000055511151231257827
    ],
)
def test_amounts_with_currency_signs_and_separators(cell, expected):
    assert coerce(AMOUNT, cell) == expected


@pytest.mark.parametrize("cell", ["about 5", "NaN", "Infinity"])
def test_what_is_not_an_amount_says_so(cell):
    with pytest.raises(CellError, match="not an amount"):
        coerce(AMOUNT, cell)


@pytest.mark.parametrize(
    ("field", "cell", "expected"),
    [
        ("kind", "企业", CustomerKind.ORGANIZATION),
        ("kind", "Organization", CustomerKind.ORGANIZATION),
        ("kind", "个人客户", CustomerKind.INDIVIDUAL),
        ("gender", "男", Gender.MALE),
        ("gender", "F", Gender.FEMALE),
        ("man_money", "是", True),
        ("man_money", "no", False),
        ("man_money", 1.0, True),
        ("employees", "1,200", 1200),
        ("tags", "重点, 华北、展会;重点", ("重点", "华北", "展会")),
        ("name", "  张三 ", "张三"),
        ("notes", None, None),
        ("tags", None, ()),
    ],
)
def test_choices_flags_numbers_and_tags(field, cell, expected):
    assert coerce(FIELD[field], cell) == expected


def test_an_unknown_choice_lists_the_allowed_ones():
    with pytest.raises(CellError, match="'大客户' is not one of 个人客户, 企业客户"):
        coerce(FIELD["kind"], "大客户")


@pytest.mark.parametrize("fields", list(FIELDS_OF.values()), ids=list(FIELDS_OF))
def test_every_choice_reads_back_from_its_own_labels(fields):
    """Members of different enums share values ("meeting", "other"); each field's
    labels must still lead back to that field's own member."""
    for field in (f for f in fields if f.type is ValueType.CHOICE):
        for member in field.choices:
            for language in ("zh", "en"):
                label = choice_label(member, language)
                assert coerce(field, label) is member, (field.key, label)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2024-03-05 14:30", datetime(2024, 3, 5, 14, 30)),
        ("2024年3月5日 9:05:07", datetime(2024, 3, 5, 9, 5, 7)),
        ("2024/3/5", datetime(2024, 3, 5)),
        (45000.5, datetime(2023, 3, 15, 12, 0)),
        (datetime(2024, 3, 5, 8, 0, 0, 5000), datetime(2024, 3, 5, 8, 0)),
    ],
)
def test_activity_times(cell, expected):
    assert coerce(ACTIVITY_FIELDS[2], cell) == expected


def test_an_impossible_time_of_day_says_so():
    with pytest.raises(CellError, match="no such time of day"):
        coerce(ACTIVITY_FIELDS[2], "2024-03-05 25:10")
