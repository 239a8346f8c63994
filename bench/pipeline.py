"""Sales opportunities on a large database: what the Pipeline page, a customer's
Opportunities tab, the workbench and Analytics ▸ Pipeline read.

    python bench/pipeline.py DATABASE [--runs 3]

DATABASE (a `crmdesk demo --customers 100000` file) is copied first; the copy is
upgraded and given demo opportunities (about a quarter of the files have one or two)
if it has none. Prints a Markdown table of medians.
"""

import argparse
import shutil
import tempfile
from pathlib import Path

from loyalty import median_seconds
from sqlalchemy import func, select

from crmdesk.core.listing import ListQuery
from crmdesk.services.app_services import open_services
from crmdesk.services.demo_opportunities import demo_opportunities, store_opportunities
from crmdesk.services.opportunities import OPEN_ONLY, stored_stages
from crmdesk.storage.models import Customer, Opportunity

CARDS = 100  # per board column, as the page shows


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
            stages = stored_stages(session)
            if not session.scalar(select(func.count(Opportunity.id))):
                deals = demo_opportunities(session, ids, stages, today, 1)
                store_opportunities(session, deals, stages)
            deals = session.scalar(select(func.count(Opportunity.id)))
        print(f"{len(ids):,} customers, {deals:,} opportunities\n")
        pipeline = services.opportunities
        query = ListQuery()
        owner = services.customers.owners()[0].id
        mine = query.with_filter("owner_id", owner).with_filter(OPEN_ONLY, True)

        def board(q: ListQuery) -> None:
            for stage in stages:
                pipeline.page(q.with_filter("stage", stage.code), 0, CARDS)
            pipeline.totals(q)

        print("| what | median s |\n|---|---|")
        jobs = (
            ("Board: 100 cards per stage and the stage totals", lambda: board(query)),
            ("Board filtered to one owner's open deals", lambda: board(mine)),
            (
                "List: count and first 200 rows",
                lambda: (pipeline.count(query), pipeline.page(query, 0, 200)),
            ),
            ("Analytics ▸ Pipeline: funnel, forecast, win rates, reasons", pipeline.summary),
            ("A customer's Opportunities tab", lambda: pipeline.of_customer(ids[5])),
            ("Workbench (with the stalled deals)", lambda: services.workbench.load(False)),
        )
        for what, job in jobs:
            print(f"| {what} | {median_seconds(job, args.runs):.2f} |")
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
