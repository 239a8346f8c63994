import re
from itertools import pairwise

import pytest
from sqlalchemy import func, select

from crmdesk.core.customer import Customer as CustomerFile
from crmdesk.core.errors import Cancelled
from crmdesk.core.listing import ListQuery
from crmdesk.storage.models import Activity, Customer, Transaction


def test_demo_data_is_realistic(services):
    summary = services.demo.populate(600, seed=7).value
    assert summary.customers == 600
    assert summary.activities > 600 and summary.transactions > 300 and summary.contacts > 100
    with services.context.db.read() as session:
        names = session.scalars(select(Customer.name)).all()
        codes = session.scalars(select(Customer.code)).all()
        revenue = sorted(
            session.execute(
                select(func.sum(Transaction.amount)).group_by(Transaction.customer_id)
            ).scalars(),
            reverse=True,
        )
        latest = session.scalar(select(func.max(Activity.occurred_at)))
    chinese = sum(bool(re.search(r"[\u4e00-\u9fff]", n)) for n in names)
    assert 0.6 < chinese / len(names) < 0.95  # mostly Chinese, some English
    assert len(set(codes)) == 600 and all(re.fullmatch(r"C\d{6}", c) for c in codes)
    top = revenue[: len(revenue) // 5]
    assert sum(top) / sum(revenue) > 0.6  # Pareto-like: the top fifth brings most
    assert latest.date() <= services.context.now().date()


def test_demo_data_is_reproducible_from_the_seed(services, tmp_path):
    from crmdesk.services.app_services import open_services

    services.demo.populate(40, seed=11)
    other = open_services(tmp_path / "other.db", username="tester", clock=services.context.clock)
    other.demo.populate(40, seed=11)
    query = ListQuery(sort_key="code")
    assert [r.name for r in services.customers.page(query, 0, 40)] == [
        r.name for r in other.customers.page(query, 0, 40)
    ]
    other.close()


def test_cancelled_demo_writes_nothing(services):
    seen = []
    with pytest.raises(Cancelled):
        services.demo.populate(
            300, seed=1, progress=lambda d, t: seen.append(d), cancelled=lambda: len(seen) >= 1
        )
    assert services.customers.count(ListQuery()) == 0


def test_progress_reaches_the_total(services):
    reports = []
    services.demo.populate(100, seed=2, progress=lambda d, t: reports.append((d, t)))
    assert reports[-1][0] == reports[-1][1]
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)


def test_customers_can_be_added_after_demo_data(services):
    services.demo.populate(30, seed=9)
    added = services.customers.create(CustomerFile(name="新客户")).value
    assert added.code == "C000031"
    assert services.customers.count(ListQuery()) == 31


def test_demo_phone_numbers_are_valid_and_match_the_region(services):
    import phonenumbers

    services.demo.populate(200, seed=4)
    rows = services.customers.page(ListQuery(sort_key="code"), 0, 200)
    phones = [r.phone for r in rows if r.phone]
    assert phones
    for phone in phones:
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone)), phone
    london = [r.phone for r in rows if r.region == "London" and r.phone]
    assert london and all(p.startswith("+44") for p in london)


def test_demo_data_has_files_entered_twice_for_the_duplicate_finder(services):
    services.demo.populate(400, seed=2)
    found = services.merges.find_duplicates()
    shared_phone = [m for m in found if "phone" in m.reasons and "name" in m.reasons]
    assert shared_phone, "a variant of a name with the same number"
    assert len(found) < 40  # the demo is not a pile of false alarms


def test_demo_complaints_agree_with_their_own_history(services):
    from crmdesk.core.complaint_flow import CLOSED_STATES
    from crmdesk.core.enums import ComplaintStatus

    summary = services.demo.populate(1500, seed=5).value
    assert summary.complaints > 20
    rows = services.complaints.page(ListQuery(), 0, summary.complaints)
    assert len(rows) == summary.complaints
    assert len({row.number for row in rows}) == summary.complaints
    assert all(re.fullmatch(r"TS\d{4}-\d{4}", row.number) for row in rows)
    assert {row.status for row in rows} >= {ComplaintStatus.CLOSED, ComplaintStatus.REJECTED}
    for row in rows[:40]:
        complaint = services.complaints.get(row.id)
        history = services.complaints.history(row.id)
        assert history[-1].to_status == complaint.status
        assert all(a.at <= b.at for a, b in pairwise(history))
        assert history[-1].at <= services.context.now()
        assert (complaint.closed_at is not None) == (complaint.status in CLOSED_STATES)
        if complaint.status is ComplaintStatus.CLOSED:
            assert complaint.satisfaction is not None


def test_demo_surveys_keep_the_overall_c_of_their_answers(services):
    from crmdesk.core.satisfaction import overall_c
    from crmdesk.storage.models import Survey

    services.demo.populate(600, seed=3)
    with services.context.db.read() as session:
        stored = session.execute(select(Survey.answers, Survey.overall_c)).all()
    assert len(stored) > 20
    assert [c for _answers, c in stored] == pytest.approx([overall_c(a) for a, _c in stored])
