from datetime import date, datetime
from decimal import Decimal

import pytest

from crmdesk.core.complaint import Complaint, validated
from crmdesk.core.enums import ComplaintCause
from crmdesk.core.errors import ValidationError


def test_a_complaint_is_tidied():
    value = validated(
        Complaint(
            customer_id=1,
            received_at=datetime(2026, 3, 1, 9),
            customer_words="  包装破了 ",
            category=" packaging",
            key_points="  ",
            cause="misuse",
        )
    )
    assert (value.customer_words, value.category, value.key_points) == (
        "包装破了",
        "packaging",
        None,
    )
    assert value.cause is ComplaintCause.MISUSE


def test_each_wrong_field_is_named():
    with pytest.raises(ValidationError) as caught:
        validated(
            Complaint(
                received_at=datetime(2026, 3, 1, 9),
                category="weather",
                satisfaction=6,
                compensation_amount=Decimal("-1"),
                compensation="hug",
                follow_up_on=date(2026, 2, 1),
                step=5,
            )
        )
    assert caught.value.fields() == {
        "customer_words",
        "customer_id",
        "category",
        "satisfaction",
        "compensation_amount",
        "compensation",
        "follow_up_on",
        "step",
    }


def test_a_category_the_database_added_is_accepted():
    complaint = Complaint(customer_id=1, received_at=datetime(2026, 3, 1), customer_words="慢")
    assert validated(complaint, ("quality", "安装")).category == "quality"
    with pytest.raises(ValidationError, match="not a complaint category"):
        validated(complaint, ("安装",))
