"""The workbench lists, with the clock fixed at 2026-03-15 10:30."""

from datetime import date, datetime

from crmdesk.core.activity import Activity
from crmdesk.core.contact import Contact
from crmdesk.core.customer import Customer
from crmdesk.core.enums import CustomerKind, CustomerStatus, Tier
from crmdesk.core.follow_up import TierCadence
from crmdesk.services.shared_settings import SharedSettings
from crmdesk.storage.models import Transaction


def customer(services, name, **fields):
    return services.customers.create(Customer(name=name, **fields)).value


def contact(services, customer_id, at, follow_up=None, **fields):
    activity = Activity(
        customer_id=customer_id, subject="电话", occurred_at=at, next_follow_up=follow_up, **fields
    )
    return services.activities.log(activity).value


def test_follow_ups_due_today_and_overdue_only(services):
    a, b, c = (customer(services, name) for name in ("甲", "乙", "丙"))
    contact(services, a.id, datetime(2026, 3, 1, 9), date(2026, 3, 10))
    contact(services, b.id, datetime(2026, 3, 14, 9), date(2026, 3, 15))
    contact(services, c.id, datetime(2026, 3, 14, 9), date(2026, 3, 16))
    bench = services.workbench.load(owner_only=True)
    assert [(f.customer, f.due_on) for f in bench.follow_ups] == [
        ("甲", date(2026, 3, 10)),
        ("乙", date(2026, 3, 15)),
    ]
    assert bench.follow_ups_total == 2


def test_quiet_customers_by_their_tiers_interval(services):
    vip = customer(services, "要客", tier_override=Tier.VIP)
    small = customer(services, "小客", tier_override=Tier.SMALL)
    plain = customer(services, "普通")  # no tier yet: ordinary, 60 days
    lost = customer(services, "流失", status=CustomerStatus.LOST)
    contact(services, vip.id, datetime(2026, 2, 28, 9))  # 15 days > 14
    contact(services, small.id, datetime(2026, 1, 1, 9))  # 73 days < 90
    contact(services, plain.id, datetime(2026, 1, 10, 9))  # 64 days > 60
    contact(services, lost.id, datetime(2025, 1, 1, 9))
    bench = services.workbench.load(owner_only=False)
    assert [(q.name, q.last_contact_at) for q in bench.quiet] == [
        ("要客", datetime(2026, 2, 28, 9)),
        ("普通", datetime(2026, 1, 10, 9)),
    ]
    assert bench.quiet_total == 2


def test_quiet_customers_follow_the_configured_intervals(services):
    small = customer(services, "小客", tier_override=Tier.SMALL)
    contact(services, small.id, datetime(2026, 1, 1, 9))  # 73 days
    assert services.workbench.load(owner_only=False).quiet == []
    cadence = TierCadence({Tier.VIP: 7, Tier.MAJOR: 14, Tier.ORDINARY: 30, Tier.SMALL: 70})
    services.shared_settings.save(SharedSettings(cadence=cadence))
    assert [q.name for q in services.workbench.load(owner_only=False).quiet] == ["小客"]


def test_prospects_contacted_twelve_times_without_a_purchase(services):
    keen = customer(services, "热心")
    bought = customer(services, "已买")
    early = customer(services, "刚开始")
    for day in range(1, 13):
        for who in (keen, bought):
            contact(services, who.id, datetime(2026, 3, day, 9))
    for day in range(1, 12):
        contact(services, early.id, datetime(2026, 3, day, 9))
    with services.context.db.write() as session:
        session.add(Transaction(customer_id=bought.id, occurred_on=date(2026, 3, 2), amount=10))
    bench = services.workbench.load(owner_only=True)
    assert [(p.name, p.contacts) for p in bench.to_pause] == [("热心", 12)]


def test_birthdays_in_the_next_seven_days_of_people_and_contacts(services):
    person = customer(services, "寿星", birthday=date(1980, 3, 18))
    customer(services, "太晚", birthday=date(1980, 3, 23))
    customer(services, "公司", kind=CustomerKind.ORGANIZATION, founded_on=date(2000, 3, 16))
    org = customer(services, "华为", kind=CustomerKind.ORGANIZATION)
    services.contacts.add(Contact(customer_id=org.id, name="王总", birthday=date(1975, 3, 15)))
    bench = services.workbench.load(owner_only=True)
    assert [(b.customer_id, b.person, b.is_contact) for b in bench.birthdays] == [
        (org.id, "王总", True),
        (person.id, "寿星", False),
    ]


def test_recent_activities_and_the_owner_scope(services):
    mine = customer(services, "我的")
    theirs = customer(services, "别人的")
    with services.context.db.write() as session:
        from crmdesk.storage.users import ensure_user

        colleague = ensure_user(session, "colleague", "同事").id
    contact(services, mine.id, datetime(2026, 3, 14, 9), date(2026, 3, 14))
    contact(services, theirs.id, datetime(2026, 3, 15, 9), date(2026, 3, 15), owner_id=colleague)
    own = services.workbench.load(owner_only=True)
    everyone = services.workbench.load(owner_only=False)
    assert [a.customer for a in own.recent] == ["我的"]
    assert [a.customer for a in everyone.recent] == ["别人的", "我的"]
    assert [f.customer for f in own.follow_ups] == ["我的"]
    assert {f.customer for f in everyone.follow_ups} == {"我的", "别人的"}
