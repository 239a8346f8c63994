"""Old values kept in the audit trail as text can be put back as field values."""

from datetime import date

import pytest

from crmdesk.core.customer import field_from_text
from crmdesk.core.enums import CustomerStatus
from crmdesk.storage.audit import as_text


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("name", "张三丰"),
        ("status", CustomerStatus.LOST),
        ("birthday", date(1990, 1, 2)),
        ("man_need", True),
        ("man_money", False),
        ("employees", 12),
        ("tags", ("VIP", "展会")),
        ("mobile", None),
        ("tags", ()),
    ],
)
def test_audit_text_turns_back_into_the_field_value(name, value):
    assert field_from_text(name, as_text(value)) == value
