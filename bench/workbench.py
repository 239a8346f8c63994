"""The issue-4 targets at scale: a customer with 5 000 activities shows its first
timeline page; the workbench loads; the quick call log finds a customer by a fragment
of its phone number (the first 8 matches, as the dialog asks).

    python bench/workbench.py DATABASE [--runs 30] [--seed 1]

DATABASE: a copy of a `crmdesk demo --customers 100000` database. It is changed the
first time: activities are added at random until there are --activities of them
(default 1 000 000), and one customer is given 5 000; bulk inserts through the same
triggers every write goes through.
"""

import argparse
import random
import statistics
import time
from datetime import datetime, timedelta

from sqlalchemy import func, select

from crmdesk.core.enums import Channel, Direction
from crmdesk.core.listing import ListQuery
from crmdesk.core.timeline import TimelineKind
from crmdesk.services.app_services import open_services
from crmdesk.storage.bulk import insert_rows
from crmdesk.storage.models import Activity, Customer

LONG_HISTORY = 5_000
START = datetime(2020, 1, 1, 9)


def call(customer_id: int, at: datetime, n: int) -> dict:
    return {
        "customer_id": customer_id,
        "channel": Channel.PHONE,
        "direction": Direction.OUTBOUND,
        "occurred_at": at,
        "subject": f"Call {n}",
        "created_at": START,
        "updated_at": START,
        "version": 1,
    }


def top_up_activities(services, total: int, rng: random.Random) -> None:
    """Calls to random customers at random times until there are ``total``."""
    with services.context.db.write() as session:
        ids = list(session.scalars(select(Customer.id)))
        have = session.scalar(select(func.count(Activity.id)))
        span = (services.context.now() - START).total_seconds()
        rows = (
            call(rng.choice(ids), START + timedelta(seconds=rng.uniform(0, span)), n)
            for n in range(total - have)
        )
        insert_rows(session, Activity.__table__, rows, lambda done: None)


def busiest_customer(services) -> int:
    """A customer with LONG_HISTORY activities, made so if none has them yet."""
    with services.context.db.write() as session:
        customer_id, count = session.execute(
            select(Customer.id, Customer.activity_count).order_by(Customer.activity_count.desc())
        ).first()
        rows = (
            call(customer_id, START + timedelta(hours=7 * n), n)
            for n in range(LONG_HISTORY - count)
        )
        insert_rows(session, Activity.__table__, rows, lambda done: None)
    return customer_id


def timed(job, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        job()
        times.append((time.perf_counter() - began) * 1000)
    return times


def row(label: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[max(int(len(ordered) * 0.95) - 1, 0)]
    figures = f"{statistics.median(times):.1f} | {p95:.1f} | {max(times):.1f}"
    return f"| {label} | {len(times)} | {figures} |"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--activities", type=int, default=1_000_000)
    options = parser.parse_args()
    services = open_services(options.database)
    rng = random.Random(options.seed)
    top_up_activities(services, options.activities, rng)
    busiest = busiest_customer(services)
    with services.context.db.read() as session:
        customers, activities = session.execute(
            select(func.count(Customer.id), func.sum(Customer.activity_count))
        ).one()
        mobiles = list(
            session.scalars(
                select(Customer.mobile).where(Customer.mobile.is_not(None)).limit(20_000)
            )
        )
    print(f"{customers} customers, {activities} activities; timeline of customer {busiest}")
    print("| measure | runs | p50 (ms) | p95 (ms) | max (ms) |")
    print("|---|---|---|---|---|")
    kinds = set(TimelineKind)
    print(
        row(
            "timeline, first page (50 of 5 000+)",
            timed(lambda: services.activities.timeline(busiest, kinds, 0, 50), options.runs),
        )
    )
    print(
        row("workbench, my customers", timed(lambda: services.workbench.load(True), options.runs))
    )
    print(row("workbench, everyone's", timed(lambda: services.workbench.load(False), options.runs)))
    fragments = iter([m[-8:-3] for m in rng.sample(mobiles, options.runs * 2)])
    print(
        row(
            "quick log lookup, 5-digit phone fragment",
            timed(
                lambda: services.customers.page(ListQuery(search=next(fragments)), 0, 8),
                options.runs,
            ),
        )
    )
    fragments = iter([m[-7:] for m in rng.sample(mobiles, options.runs * 2)])
    print(
        row(
            "quick log lookup, 7-digit phone fragment",
            timed(
                lambda: services.customers.page(ListQuery(search=next(fragments)), 0, 8),
                options.runs,
            ),
        )
    )
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
