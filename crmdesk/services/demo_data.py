"""Realistic demo records: Chinese and English people and companies with a skewed,
Pareto-like spread of value, several years of activities and purchases.

Rows are plain dicts for bulk insertion. Name material is drawn once from Faker (per-row
Faker calls would make 100 000 customers take minutes), its pinyin worked out once per
piece, and every random choice is drawn for all rows at once with NumPy — reproducible
from the seed.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

import numpy as np
from faker import Faker

from crmdesk.core.codes import CodeMask
from crmdesk.core.duplicates import traditional
from crmdesk.core.enums import (
    BuyingRole,
    Channel,
    CreditRating,
    CustomerKind,
    CustomerSource,
    CustomerStatus,
    Direction,
    Gender,
)
from crmdesk.core.pinyin import pinyin_keys
from crmdesk.services import demo_vocabulary as words

YEARS_OF_HISTORY = 4
CHINESE_SHARE = 0.8
ORGANIZATION_SHARE = 0.6
DUPLICATE_SHARE = 0.01  # files entered twice, as real lists have them: for merging


@dataclass(frozen=True)
class DemoPlan:
    customers: int
    seed: int
    today: date
    code_mask: CodeMask
    first_number: int
    owner_ids: tuple[int, ...]


class NamePools:
    """Name material drawn once from Faker."""

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


def _variant(name: str, chinese: bool) -> str:
    """How the same party gets typed a second time."""
    return traditional(name) if chinese else name.upper()


def _day(value: date) -> datetime:
    return datetime(value.year, value.month, value.day)


class DemoGenerator:
    def __init__(self, plan: DemoPlan):
        self.plan = plan
        self.rng = rng = np.random.default_rng(plan.seed)
        self.pools = NamePools(plan.seed)
        n = plan.customers
        self.chinese = rng.random(n) < CHINESE_SHARE
        self.organization = rng.random(n) < ORGANIZATION_SHARE
        # A duplicate is a later file of the same party: same kind, a variant name.
        self.duplicate_of = np.where(
            rng.random(n) < DUPLICATE_SHARE, (rng.random(n) * np.arange(n)).astype(int), -1
        )
        self.duplicate_of[0] = -1
        copies = self.duplicate_of >= 0
        self.chinese[copies] = self.chinese[self.duplicate_of[copies]]
        self.organization[copies] = self.organization[self.duplicate_of[copies]]
        statuses = list(words.STATUS_WEIGHTS)
        weights = np.array(list(words.STATUS_WEIGHTS.values()))
        self.status = [statuses[i] for i in rng.choice(len(statuses), n, p=weights)]
        history_days = 365 * YEARS_OF_HISTORY
        start = plan.today - timedelta(days=history_days)
        self.opened = [
            start + timedelta(days=d) for d in rng.integers(0, history_days - 30, n).tolist()
        ]
        self.span_days = np.array([(plan.today - d).days for d in self.opened]).clip(min=1)
        # Value is heavy-tailed: a Pareto draw gives roughly 20% of customers 80% of sales.
        self.value_weight = rng.pareto(1.16, n) + 0.05
        capped = np.minimum(self.value_weight, 5)
        self.activity_counts = np.minimum(rng.poisson(3 + 1.5 * capped), 40)
        buying = np.array([s in words.BUYING_STATUSES for s in self.status])
        first_time = np.array([s == CustomerStatus.FIRST_TIME for s in self.status])
        repeat = np.minimum(1 + rng.poisson(2 + 3 * capped), 60)
        self.transaction_counts = np.where(buying, np.where(first_time, 1, repeat), 0)
        self.contact_counts = np.where(self.organization, rng.integers(1, 4, n), 0)
        self._pinyin: dict[str, tuple[str, str]] = {}
        self.customer_ids: list[int] = []  # set once the customers are stored

    def _keys(self, piece: str) -> tuple[str, str]:
        """Pinyin keys, worked out once per distinct piece of name."""
        keys = self._pinyin.get(piece)
        if keys is None:
            keys = self._pinyin[piece] = pinyin_keys(piece)
        return keys

    def _joined_keys(self, *pieces: str) -> tuple[str, str]:
        """Pinyin of a name built from pieces: the pieces' pinyin, joined."""
        keys = [self._keys(p) for p in pieces]
        return "".join(k[0] for k in keys), "".join(k[1] for k in keys)

    def total_rows(self) -> int:
        return int(
            self.plan.customers
            + self.activity_counts.sum()
            + self.transaction_counts.sum()
            + self.contact_counts.sum()
        )

    def _pick(self, options, count: int) -> list:
        return [options[i] for i in self.rng.integers(0, len(options), count).tolist()]

    def _mobiles(self, count: int) -> list[str]:
        prefixes = self._pick(words.CN_MOBILE_PREFIXES, count)
        numbers = self.rng.integers(0, 10**8, count).tolist()
        return [f"+86{p}{n:08d}" for p, n in zip(prefixes, numbers, strict=True)]

    # customers

    def customers(self) -> Iterator[dict]:
        p, rng, pools, n = self.plan, self.rng, self.pools, self.plan.customers
        updated = _day(p.today).replace(hour=9)
        people_zh, people_en = self._pick(pools.zh_people, n), self._pick(pools.en_people, n)
        cities, cores = self._pick(pools.zh_cities, n), self._pick(pools.zh_company_cores, n)
        # Faker has ~100 company name cores: two of them make a name rarely drawn twice.
        second_cores = self._pick(pools.zh_company_cores, n)
        suffixes_zh = self._pick(pools.zh_company_suffixes, n)
        surnames, trades = self._pick(pools.en_surnames, n), self._pick(words.INDUSTRIES_EN, n)
        suffixes_en = self._pick(words.COMPANY_SUFFIXES_EN, n)
        provinces = self._pick(pools.zh_provinces, n)
        regions_en = self._pick(tuple(words.REGION_PHONES_EN), n)
        streets_zh, streets_en = self._pick(pools.zh_streets, n), self._pick(pools.en_streets, n)
        industries_zh = self._pick(words.INDUSTRIES_ZH, n)
        industries_en = self._pick(words.INDUSTRIES_EN, n)
        sources, owners = self._pick(list(CustomerSource), n), self._pick(p.owner_ids, n)
        ratings, mobiles = self._pick(list(CreditRating), n), self._mobiles(n)
        landlines = rng.integers(2_000_000, 9_999_999, n).tolist()  # no leading 0 or 1
        mail_numbers, domains = (
            rng.integers(1, 999, n).tolist(),
            self._pick(words.MAIL_DOMAINS_ZH, n),
        )
        has_mail = (rng.random(n) >= 0.2).tolist()
        money, authority, need = (rng.random((3, n)) < [[0.6], [0.5], [0.7]]).tolist()
        employees = (rng.lognormal(3.5, 1.2, n).astype(int) + 1).tolist()
        female = (rng.random(n) < 0.5).tolist()
        birth = np.column_stack(
            [rng.integers(1960, 2002, n), rng.integers(1, 13, n), rng.integers(1, 29, n)]
        ).tolist()
        names: list[str] = []
        for i in range(n):
            zh, org, status = bool(self.chinese[i]), bool(self.organization[i]), self.status[i]
            original = int(self.duplicate_of[i])
            if original >= 0:
                name = _variant(names[original], zh)
                full, initials = self._keys(name)
                for shared in (mobiles, landlines, birth, provinces, regions_en):
                    shared[i] = shared[original]
            elif org and zh:
                pieces = (cities[i], cores[i], second_cores[i], suffixes_zh[i])
                name = "".join(pieces)
                full, initials = self._joined_keys(*pieces)
            elif org:
                name = f"{surnames[i]} {trades[i]} {suffixes_en[i]}"
                full, initials = self._keys(name)
            else:
                name = people_zh[i] if zh else people_en[i]
                full, initials = self._keys(name)
            names.append(name)
            yield {
                "code": p.code_mask.format(p.first_number + i, p.today),
                "kind": CustomerKind.ORGANIZATION if org else CustomerKind.INDIVIDUAL,
                "name": name,
                "name_pinyin": full,
                "name_initials": initials[:64],
                "status": status,
                "lifecycle_stage": words.STAGE_BY_STATUS[status],
                "source": sources[i],
                "owner_id": owners[i],
                "mobile": mobiles[i] if zh else None,
                "phone": None if zh else self._landline(regions_en[i], landlines[i]),
                "email": self._email(full, zh, org, mail_numbers[i], domains[i])
                if has_mail[i]
                else None,
                "address": streets_zh[i] if zh else streets_en[i],
                "region": provinces[i] if zh else regions_en[i],
                "man_money": money[i],
                "man_authority": authority[i],
                "man_need": need[i],
                "credit_rating": ratings[i] if org else None,
                "industry": (industries_zh[i] if zh else industries_en[i]) if org else None,
                "employees": employees[i] if org else None,
                "gender": None if org else (Gender.FEMALE if female[i] else Gender.MALE),
                "birthday": None if org else date(*birth[i]),
                "created_at": _day(self.opened[i]).replace(hour=10),
                "updated_at": updated,
                "version": 1,
            }

    @staticmethod
    def _landline(region: str, digits: int) -> str:
        prefix, length = words.REGION_PHONES_EN[region]
        return f"{prefix}{digits:0{length}d}"[: len(prefix) + length]

    @staticmethod
    def _email(pinyin: str, zh: bool, org: bool, number: int, domain: str) -> str:
        local = "".join(c for c in pinyin if c.isascii() and c.isalnum())[:30] or "info"
        if org:
            return f"sales{number}@{local}.{'cn' if zh else 'com'}"
        return f"{local}{number}@{domain if zh else 'example.com'}"

    # activities, transactions, contacts

    def _event_days(self, counts: np.ndarray, spans: np.ndarray) -> tuple[np.ndarray, ...]:
        """For each customer, ``counts[i]`` sorted day offsets within ``spans[i]`` days.
        Returns (customer index, day offset) per event, grouped by customer in order."""
        owner = np.repeat(np.arange(len(counts)), counts)
        days = (self.rng.random(len(owner)) * np.repeat(spans, counts)).astype(int)
        order = np.lexsort((days, owner))
        return owner[order], days[order]

    def activities(self) -> Iterator[dict]:
        p, rng = self.plan, self.rng
        who, days = self._event_days(self.activity_counts, self.span_days)
        total = len(who)
        hours = rng.integers(8, 19, total).tolist()
        minutes = rng.integers(0, 60, total).tolist()
        channels = [
            list(Channel)[i]
            for i in rng.choice(len(Channel), total, p=words.CHANNEL_WEIGHTS).tolist()
        ]
        inbound = (rng.random(total) < 0.35).tolist()
        owners = self._pick(p.owner_ids, total)
        subject_no = rng.integers(0, 10**6, total).tolist()
        outcome_no = rng.integers(0, 10**6, total).tolist()
        # The latest activity of about a third of customers sets a follow-up near today.
        last = np.append(who[1:] != who[:-1], True)
        follows = (last & (rng.random(total) < 0.35)).tolist()
        follow_days = rng.integers(-10, 21, total).tolist()
        who, days = who.tolist(), days.tolist()
        for k in range(total):
            i = who[k]
            zh = bool(self.chinese[i])
            subjects = words.SUBJECTS_ZH if zh else words.SUBJECTS_EN
            outcomes = words.OUTCOMES_ZH if zh else words.OUTCOMES_EN
            at = _day(self.opened[i] + timedelta(days=days[k])).replace(
                hour=hours[k], minute=minutes[k]
            )
            follow = p.today + timedelta(days=follow_days[k]) if follows[k] else None
            yield {
                "customer_id": self.customer_ids[i],
                "owner_id": owners[k],
                "channel": channels[k],
                "direction": Direction.INBOUND if inbound[k] else Direction.OUTBOUND,
                "occurred_at": at,
                "subject": subjects[subject_no[k] % len(subjects)],
                "outcome": outcomes[outcome_no[k] % len(outcomes)],
                "next_follow_up": follow if follow and follow >= at.date() else None,
                "created_at": at,
                "updated_at": at,
                "version": 1,
            }

    def transactions(self) -> Iterator[dict]:
        p, rng = self.plan, self.rng
        lost = np.array([s == CustomerStatus.LOST for s in self.status])
        # Lost customers stopped buying half a year to a year and a half ago.
        quiet = np.where(lost, rng.integers(180, 540, p.customers), 0)
        spans = (self.span_days - quiet).clip(min=1)
        who, days = self._event_days(self.transaction_counts, spans)
        total = len(who)
        amounts = (rng.lognormal(7.2, 0.6, total) * self.value_weight[who]).round(2).tolist()
        margins = rng.uniform(0.12, 0.38, total).round(2).tolist()
        quantities = rng.integers(1, 50, total).tolist()
        product_no = rng.integers(0, 10**6, total).tolist()
        who, days = who.tolist(), days.tolist()
        cent = Decimal("0.01")
        for k in range(total):
            i = who[k]
            products = words.PRODUCTS_ZH if self.chinese[i] else words.PRODUCTS_EN
            on = self.opened[i] + timedelta(days=days[k])
            amount = Decimal(repr(amounts[k]))
            yield {
                "customer_id": self.customer_ids[i],
                "occurred_on": on,
                "amount": amount,
                "gross_profit": (amount * Decimal(repr(margins[k]))).quantize(cent),
                "product": products[product_no[k] % len(products)],
                "quantity": Decimal(quantities[k]),
                "created_at": _day(on),
                "updated_at": _day(on),
                "version": 1,
            }

    def complainants(self) -> list:
        """The customers who have bought, who are the ones who complain."""
        from crmdesk.services.demo_complaints import Complainant

        return [
            Complainant(self.customer_ids[i], bool(self.chinese[i]), self.opened[i])
            for i in range(self.plan.customers)
            if self.transaction_counts[i] > 0
        ]

    def contacts(self) -> Iterator[dict]:
        p, pools = self.plan, self.pools
        who = np.repeat(np.arange(p.customers), self.contact_counts).tolist()
        total = len(who)
        people_zh, people_en = (
            self._pick(pools.zh_people, total),
            self._pick(pools.en_people, total),
        )
        titles_zh, titles_en = (
            self._pick(words.TITLES_ZH, total),
            self._pick(words.TITLES_EN, total),
        )
        roles, mobiles = self._pick(list(BuyingRole), total), self._mobiles(total)
        previous = -1
        for k in range(total):
            i = who[k]
            zh = bool(self.chinese[i])
            name = people_zh[k] if zh else people_en[k]
            yield {
                "customer_id": self.customer_ids[i],
                "name": name,
                "name_pinyin": self._keys(name)[0],
                "title": titles_zh[k] if zh else titles_en[k],
                "buying_role": roles[k],
                "mobile": mobiles[k] if zh else None,
                "is_primary": i != previous,
                "created_at": _day(self.opened[i]),
                "updated_at": _day(self.opened[i]),
                "version": 1,
            }
            previous = i
