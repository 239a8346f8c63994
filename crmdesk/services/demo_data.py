"""Realistic demo records: Chinese and English people and companies with a skewed,
Pareto-like spread of value, several years of activities and purchases.

Rows are plain dicts for bulk insertion. Names come from pools drawn once from Faker
(per-row Faker calls would make 100 000 customers take minutes); everything else is
vectorised with NumPy and reproducible from the seed.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

import numpy as np
from faker import Faker

from crmdesk.core.codes import CodeMask
from crmdesk.core.enums import (
    BuyingRole,
    Channel,
    CreditRating,
    CustomerKind,
    CustomerSource,
    CustomerStatus,
    Direction,
    Gender,
    LifecycleStage,
)
from crmdesk.core.pinyin import pinyin_keys

YEARS_OF_HISTORY = 4
CHINESE_SHARE = 0.8

INDUSTRIES_ZH = [
    "制造业",
    "批发零售",
    "信息技术",
    "建筑工程",
    "物流运输",
    "餐饮酒店",
    "医疗健康",
    "教育培训",
    "金融服务",
    "房地产",
    "农业",
    "文化传媒",
]
INDUSTRIES_EN = [
    "Manufacturing",
    "Wholesale",
    "IT Services",
    "Construction",
    "Logistics",
    "Hospitality",
    "Healthcare",
    "Education",
    "Finance",
    "Real Estate",
]
REGIONS_EN = ["London", "Singapore", "Hong Kong", "New York", "Sydney", "Toronto", "Berlin"]
COMPANY_SUFFIXES_EN = ["Ltd", "Trading Co.", "Group", "Holdings", "Industries", "& Partners"]
SUBJECTS_ZH = [
    "电话回访",
    "产品介绍",
    "报价跟进",
    "上门拜访",
    "合同洽谈",
    "售后回访",
    "需求调研",
    "节日问候",
    "样品寄送",
    "付款提醒",
]
SUBJECTS_EN = [
    "Follow-up call",
    "Product demo",
    "Quote follow-up",
    "Site visit",
    "Contract talks",
    "After-sales check",
    "Needs review",
    "Season's greetings",
]
OUTCOMES_ZH = ["客户有兴趣", "需再次联系", "已发报价", "暂无需求", "约定拜访", "已成交"]
OUTCOMES_EN = ["Interested", "Call again", "Quote sent", "No need now", "Visit booked", "Won"]
PRODUCTS_ZH = ["办公桌椅", "打印耗材", "网络设备", "软件服务", "维修保养", "包装材料"]
PRODUCTS_EN = [
    "Office chairs",
    "Printer supplies",
    "Network gear",
    "Software plan",
    "Maintenance",
    "Packaging",
]
TAGS = ["重点跟进", "老客户", "展会", "转介绍", "VIP", "价格敏感", "newsletter"]
STAFF = [
    ("zhang.wei", "张伟"),
    ("li.na", "李娜"),
    ("wang.fang", "王芳"),
    ("liu.yang", "刘洋"),
    ("chen.jing", "陈静"),
    ("emma.clark", "Emma Clark"),
]
CN_MOBILE_PREFIXES = [
    "130",
    "131",
    "132",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "158",
    "159",
    "186",
    "187",
    "188",
    "189",
]
MAIL_DOMAINS_ZH = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"]

_STATUS_WEIGHTS = {
    CustomerStatus.PROSPECT: 0.2,
    CustomerStatus.TARGET: 0.08,
    CustomerStatus.FIRST_TIME: 0.2,
    CustomerStatus.REPEAT: 0.3,
    CustomerStatus.LOYAL: 0.12,
    CustomerStatus.LOST: 0.08,
    CustomerStatus.NON_CUSTOMER: 0.02,
}
_BUYING = {
    CustomerStatus.FIRST_TIME,
    CustomerStatus.REPEAT,
    CustomerStatus.LOYAL,
    CustomerStatus.LOST,
}
_STAGE_BY_STATUS = {
    CustomerStatus.PROSPECT: LifecycleStage.ACQUISITION,
    CustomerStatus.TARGET: LifecycleStage.ACQUISITION,
    CustomerStatus.NON_CUSTOMER: LifecycleStage.ACQUISITION,
    CustomerStatus.FIRST_TIME: LifecycleStage.GROWTH,
    CustomerStatus.REPEAT: LifecycleStage.MATURITY,
    CustomerStatus.LOYAL: LifecycleStage.MATURITY,
    CustomerStatus.LOST: LifecycleStage.TERMINATION,
}


@dataclass(frozen=True)
class DemoPlan:
    customers: int
    seed: int
    today: date
    code_mask: CodeMask
    first_number: int
    owner_ids: tuple[int, ...]
    first_customer_id: int


class NamePools:
    """Name material drawn once from Faker, combined per row with NumPy."""

    def __init__(self, seed: int):
        zh, en = Faker("zh_CN"), Faker("en_GB")
        zh.seed_instance(seed)
        en.seed_instance(seed)
        self.zh_people = sorted({zh.name() for _ in range(4000)})
        self.en_people = sorted({en.name() for _ in range(3000)})
        self.zh_company_cores = sorted({zh.company_prefix() for _ in range(3000)})
        self.zh_company_suffixes = sorted({zh.company_suffix() for _ in range(200)})
        self.zh_cities = sorted({zh.city_name() for _ in range(2000)})
        self.zh_provinces = sorted({zh.province() for _ in range(500)})
        self.en_surnames = sorted({en.last_name() for _ in range(2000)})
        self.zh_streets = [zh.street_address() for _ in range(3000)]
        self.en_streets = [en.street_address() for _ in range(2000)]


class DemoGenerator:
    def __init__(self, plan: DemoPlan):
        self.plan = plan
        self.rng = np.random.default_rng(plan.seed)
        self.pools = NamePools(plan.seed)
        n = plan.customers
        self.chinese = self.rng.random(n) < CHINESE_SHARE
        self.organization = self.rng.random(n) < 0.6
        statuses = list(_STATUS_WEIGHTS)
        self.status = [
            statuses[i]
            for i in self.rng.choice(len(statuses), n, p=np.array(list(_STATUS_WEIGHTS.values())))
        ]
        start = plan.today - timedelta(days=365 * YEARS_OF_HISTORY)
        self.opened = [
            start + timedelta(days=int(d))
            for d in self.rng.integers(0, 365 * YEARS_OF_HISTORY - 30, n)
        ]
        # Value is heavy-tailed: a Pareto draw gives roughly 20% of customers 80% of sales.
        self.value_weight = self.rng.pareto(1.16, n) + 0.05
        capped = np.minimum(self.value_weight, 5)
        self.activity_counts = np.minimum(self.rng.poisson(3 + 1.5 * capped), 40)
        buying = np.array([s in _BUYING for s in self.status])
        first_time = np.array([s == CustomerStatus.FIRST_TIME for s in self.status])
        repeat = np.minimum(1 + self.rng.poisson(2 + 3 * capped), 60)
        self.transaction_counts = np.where(buying, np.where(first_time, 1, repeat), 0)
        self.contact_counts = np.where(self.organization, self.rng.integers(1, 4, n), 0)

    def total_rows(self) -> int:
        return int(
            self.plan.customers
            + self.activity_counts.sum()
            + self.transaction_counts.sum()
            + self.contact_counts.sum()
        )

    # customers

    def customers(self) -> Iterator[dict]:
        p, rng, pools = self.plan, self.rng, self.pools
        now = datetime.combine(p.today, datetime.min.time()).replace(hour=9)
        for i in range(p.customers):
            zh, org, status = bool(self.chinese[i]), bool(self.organization[i]), self.status[i]
            name = self._name(i, zh, org)
            full, initials = pinyin_keys(name)
            region = (
                pools.zh_provinces[rng.integers(len(pools.zh_provinces))]
                if zh
                else REGIONS_EN[rng.integers(len(REGIONS_EN))]
            )
            opened = datetime.combine(self.opened[i], datetime.min.time()).replace(hour=10)
            yield {
                "id": p.first_customer_id + i,
                "code": p.code_mask.format(p.first_number + i, p.today),
                "kind": CustomerKind.ORGANIZATION if org else CustomerKind.INDIVIDUAL,
                "name": name,
                "name_pinyin": full,
                "name_initials": initials[:64],
                "status": status,
                "lifecycle_stage": _STAGE_BY_STATUS[status],
                "source": list(CustomerSource)[rng.integers(len(CustomerSource))],
                "owner_id": p.owner_ids[rng.integers(len(p.owner_ids))],
                "mobile": self._mobile() if zh else None,
                "phone": None if zh else f"+44207{rng.integers(1000000, 9999999)}",
                "email": self._email(full, zh, org),
                "address": (pools.zh_streets if zh else pools.en_streets)[
                    rng.integers(len(pools.zh_streets if zh else pools.en_streets))
                ],
                "region": region,
                "man_money": bool(rng.random() < 0.6),
                "man_authority": bool(rng.random() < 0.5),
                "man_need": bool(rng.random() < 0.7),
                "credit_rating": list(CreditRating)[rng.integers(5)] if org else None,
                "industry": (
                    INDUSTRIES_ZH[rng.integers(len(INDUSTRIES_ZH))]
                    if zh
                    else INDUSTRIES_EN[rng.integers(len(INDUSTRIES_EN))]
                )
                if org
                else None,
                "employees": int(rng.lognormal(3.5, 1.2)) + 1 if org else None,
                "gender": None if org else (Gender.FEMALE if rng.random() < 0.5 else Gender.MALE),
                "birthday": None
                if org
                else date(
                    int(rng.integers(1960, 2002)),
                    int(rng.integers(1, 13)),
                    int(rng.integers(1, 29)),
                ),
                "created_at": opened,
                "updated_at": now,
                "version": 1,
            }

    def _name(self, i: int, zh: bool, org: bool) -> str:
        pools, rng = self.pools, self.rng
        if not org:
            people = pools.zh_people if zh else pools.en_people
            return people[rng.integers(len(people))]
        if zh:
            return (
                pools.zh_cities[rng.integers(len(pools.zh_cities))]
                + pools.zh_company_cores[rng.integers(len(pools.zh_company_cores))]
                + pools.zh_company_suffixes[rng.integers(len(pools.zh_company_suffixes))]
            )
        surname = pools.en_surnames[rng.integers(len(pools.en_surnames))]
        trade = INDUSTRIES_EN[rng.integers(len(INDUSTRIES_EN))]
        return f"{surname} {trade} {COMPANY_SUFFIXES_EN[rng.integers(len(COMPANY_SUFFIXES_EN))]}"

    def _mobile(self) -> str:
        prefix = CN_MOBILE_PREFIXES[self.rng.integers(len(CN_MOBILE_PREFIXES))]
        return f"+86{prefix}{self.rng.integers(0, 10**8):08d}"

    def _email(self, pinyin: str, zh: bool, org: bool) -> str | None:
        if self.rng.random() < 0.2:
            return None
        local = "".join(c for c in pinyin if c.isascii() and c.isalnum())[:20] or "info"
        number = self.rng.integers(1, 999)
        if org:
            return f"sales{number}@{local[:12]}.{'cn' if zh else 'com'}"
        domain = MAIL_DOMAINS_ZH[self.rng.integers(len(MAIL_DOMAINS_ZH))] if zh else "example.com"
        return f"{local}{number}@{domain}"

    # activities and transactions

    def activities(self) -> Iterator[dict]:
        p, rng = self.plan, self.rng
        channels = list(Channel)
        weights = np.array([0.08, 0.12, 0.45, 0.02, 0.15, 0.04, 0.1, 0.04])
        for i in range(p.customers):
            zh, customer_id = bool(self.chinese[i]), p.first_customer_id + i
            subjects, outcomes = (SUBJECTS_ZH, OUTCOMES_ZH) if zh else (SUBJECTS_EN, OUTCOMES_EN)
            span = max((p.today - self.opened[i]).days, 1)
            days = np.sort(rng.integers(0, span, self.activity_counts[i]))
            for k, day in enumerate(days):
                at = datetime.combine(
                    self.opened[i] + timedelta(days=int(day)), datetime.min.time()
                ).replace(hour=int(rng.integers(8, 19)), minute=int(rng.integers(0, 60)))
                last = k == len(days) - 1
                follow = (
                    p.today + timedelta(days=int(rng.integers(-10, 21)))
                    if last and rng.random() < 0.35
                    else None
                )
                yield {
                    "customer_id": customer_id,
                    "owner_id": p.owner_ids[rng.integers(len(p.owner_ids))],
                    "channel": channels[rng.choice(len(channels), p=weights)],
                    "direction": Direction.INBOUND if rng.random() < 0.35 else Direction.OUTBOUND,
                    "occurred_at": at,
                    "subject": subjects[rng.integers(len(subjects))],
                    "outcome": outcomes[rng.integers(len(outcomes))],
                    "next_follow_up": follow if follow and follow >= at.date() else None,
                    "created_at": at,
                    "updated_at": at,
                    "version": 1,
                }

    def transactions(self) -> Iterator[dict]:
        p, rng = self.plan, self.rng
        for i in np.flatnonzero(self.transaction_counts):
            zh, customer_id = bool(self.chinese[i]), p.first_customer_id + int(i)
            products = PRODUCTS_ZH if zh else PRODUCTS_EN
            weight, count = self.value_weight[i], self.transaction_counts[i]
            span = max((p.today - self.opened[i]).days, 1)
            # Lost customers stopped buying a while ago.
            end = span - (
                int(rng.integers(180, 540)) if self.status[i] == CustomerStatus.LOST else 0
            )
            for day in np.sort(rng.integers(0, max(end, 1), count)):
                amount = Decimal(str(round(float(rng.lognormal(7.2, 0.6) * weight), 2)))
                margin = Decimal(str(round(float(rng.uniform(0.12, 0.38)), 2)))
                on = self.opened[i] + timedelta(days=int(day))
                stamp = datetime.combine(on, datetime.min.time())
                yield {
                    "customer_id": customer_id,
                    "occurred_on": on,
                    "amount": amount,
                    "gross_profit": (amount * margin).quantize(Decimal("0.01")),
                    "product": products[rng.integers(len(products))],
                    "quantity": Decimal(int(rng.integers(1, 50))),
                    "created_at": stamp,
                    "updated_at": stamp,
                    "version": 1,
                }

    def contacts(self) -> Iterator[dict]:
        p, rng, pools = self.plan, self.rng, self.pools
        roles = list(BuyingRole)
        titles_zh = ["总经理", "采购经理", "财务主管", "技术总监", "行政专员"]
        titles_en = [
            "Managing Director",
            "Purchasing Manager",
            "Finance Lead",
            "CTO",
            "Office Manager",
        ]
        for i in np.flatnonzero(self.contact_counts):
            zh = bool(self.chinese[i])
            people = pools.zh_people if zh else pools.en_people
            for k in range(int(self.contact_counts[i])):
                name = people[rng.integers(len(people))]
                stamp = datetime.combine(self.opened[i], datetime.min.time())
                yield {
                    "customer_id": p.first_customer_id + int(i),
                    "name": name,
                    "name_pinyin": pinyin_keys(name)[0],
                    "title": (titles_zh if zh else titles_en)[rng.integers(5)],
                    "buying_role": roles[rng.integers(len(roles))],
                    "mobile": self._mobile() if zh else None,
                    "is_primary": k == 0,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "version": 1,
                }
