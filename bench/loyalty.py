"""Satisfaction and loyalty on a large database: the Analytics page's Loyalty and
Satisfaction tabs, and one customer's Satisfaction tab.

    python bench/loyalty.py DATABASE [--runs 3]

DATABASE (a `crmdesk demo --customers 100000` file) is copied first; the copy is
upgraded and given demo surveys (about a third of the buyers). Prints a Markdown
table of medians.
"""

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from crmdesk.core.enums import SegmentBy
from crmdesk.services.app_services import open_services
from crmdesk.services.demo_surveys import demo_surveys, store_surveys
from crmdesk.storage.models import Customer
from crmdesk.storage.surveys import questionnaire


def median_seconds(job, runs: int) -> float:
    taken = []
    for _ in range(runs):
        began = time.perf_counter()
        job()
        taken.append(time.perf_counter() - began)
    return statistics.median(taken)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "bench.db"
        shutil.copy(args.database, copy)
        services = open_services(copy, username="bench")
        today = services.context.now().date()
        with services.context.db.write() as session:
            ids = list(session.scalars(select(Customer.id)))
            asked = questionnaire(session)
            surveys = store_surveys(session, demo_surveys(session, ids, asked, today, 1))
        print(f"{len(ids):,} customers, {surveys:,} surveys\n")
        print("| what | median s |\n|---|---|")
        jobs = (
            (
                "Loyalty tab: matrix, cohorts, measures by tier",
                lambda: services.loyalty.overview(SegmentBy.TIER),
            ),
            ("Satisfaction tab: gaps of all surveyed", services.satisfaction.segment_gaps),
            (
                "A customer's Satisfaction tab (loyalty)",
                lambda: services.loyalty.of_customer(ids[5]),
            ),
        )
        for what, job in jobs:
            print(f"| {what} | {median_seconds(job, args.runs):.2f} |")
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
