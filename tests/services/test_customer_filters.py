"""Filters of the customer list, on both databases (the clock is fixed: 2026-03-15)."""

from datetime import datetime

import pytest

from crmdesk.core.activity import Activity
from crmdesk.core.customer import Customer
from crmdesk.core.enums import Channel, CustomerKind, CustomerStatus, LifecycleStage, Tier
from crmdesk.core.listing import ListQuery
from crmdesk.services.customers import NOT_CONTACTED_DAYS


@pytest.fixture
def filed(services):
    create = services.customers.create
    a = create(
        Customer(
            name="甲",
            status=CustomerStatus.LOYAL,
            tier_override=Tier.VIP,
            region="广东",
            tags=("展会",),
        )
    ).value
    b = create(
        Customer(
            kind=CustomerKind.ORGANIZATION,
            name="乙公司",
            industry="制造业",
            region="广东",
            owner_id=services.context.actor.id,
            lifecycle_stage=LifecycleStage.MATURITY,
        )
    ).value
    create(Customer(name="丙", status=CustomerStatus.LOST, region="上海"))
    log = services.activities.log
    log(
        Activity(
            customer_id=a.id,
            channel=Channel.PHONE,
            subject="回访",
            occurred_at=datetime(2026, 3, 10, 9, 0),
        )
    )
    log(
        Activity(
            customer_id=b.id,
            channel=Channel.VISIT,
            subject="拜访",
            occurred_at=datetime(2025, 12, 1, 9, 0),
        )
    )
    return services


def names(services, query):
    return sorted(r.name for r in services.customers.page(query, 0, 50))


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("kind", CustomerKind.ORGANIZATION, ["乙公司"]),
        ("status", CustomerStatus.LOST, ["丙"]),
        ("lifecycle_stage", LifecycleStage.MATURITY, ["乙公司"]),
        ("tier", Tier.VIP, ["甲"]),
        ("industry", "制造业", ["乙公司"]),
        ("region", "广东", ["乙公司", "甲"]),
        ("tag", "展会", ["甲"]),
        (NOT_CONTACTED_DAYS, 30, ["丙", "乙公司"]),  # 甲 was called 5 days ago
        (NOT_CONTACTED_DAYS, 200, ["丙"]),
    ],
)
def test_each_filter(filed, name, value, expected):
    query = ListQuery().with_filter(name, value)
    assert names(filed, query) == expected
    assert filed.customers.count(query) == len(expected)


def test_filters_combine_with_each_other_and_the_search(filed):
    query = (
        ListQuery(search="乙")
        .with_filter("region", "广东")
        .with_filter("owner_id", filed.context.actor.id)
    )
    assert names(filed, query) == ["乙公司"]
    assert names(filed, query.with_filter("region", "上海")) == []
    assert names(filed, query.with_filter("region", None).with_filter("owner_id", "")) == ["乙公司"]


def test_an_unknown_filter_is_refused(filed):
    with pytest.raises(ValueError, match="no filter"):
        filed.customers.count(ListQuery().with_filter("colour", "red"))
