"""Customer-value analytics at scale: each analysis over the last 12 months, storing the
tiers, and drawing the charts.

    python bench/analytics.py DATABASE [--runs 10] [--sales 1000000]

DATABASE: a copy of a `crmdesk demo --customers 100000` database. It is changed: the
demo's ~409 000 sales are topped up to --sales (the issue's targets name a million)
with copies of its own sales, each moved up to a year earlier (never before the first
sale) at 50–150% of the amount, so every buyer keeps its own pattern and weight; and
storing the tiers writes them.
"""

import argparse
import time

from sqlalchemy import func, select, text
from workbench import row, timed  # run as a script: bench/ is on the path

from crmdesk.services.app_services import open_services
from crmdesk.storage.models import Transaction

# Earlier copies of randomly chosen sales (SQLite: the benchmark database is a file).
_COPIES = text(
    """
    INSERT INTO transactions (customer_id, occurred_on, amount, gross_profit, product,
                              quantity, version, created_at, updated_at)
    SELECT customer_id, max(date(occurred_on, -(abs(random()) % 365) || ' days'), :first),
           round(amount * factor, 2), round(gross_profit * factor, 2), product, quantity,
           1, created_at, updated_at
    FROM (SELECT *, 0.5 + (abs(random()) % 1000) / 1000.0 AS factor FROM transactions
          ORDER BY random() LIMIT :n)
    """
)


def top_up_sales(services, total: int) -> None:
    with services.context.db.write() as session:
        first = session.scalar(select(func.min(Transaction.occurred_on)))
        while (have := session.scalar(select(func.count(Transaction.id)))) < total:
            session.execute(_COPIES, {"n": min(total - have, have), "first": first})


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sales", type=int, default=1_000_000)
    options = parser.parse_args()
    services = open_services(options.database)
    top_up_sales(services, options.sales)
    analytics = services.analytics
    began = time.perf_counter()
    from matplotlib.figure import Figure  # the first chart pays for the import

    from crmdesk.charts.value_charts import draw_pyramid

    figure = Figure()
    draw_pyramid(figure.subplots(), analytics.pyramid(), str, {"title": "", "band": "%1"})
    figure.canvas.draw()
    first_chart = (time.perf_counter() - began) * 1000
    print("| measure | runs | p50 (ms) | p95 (ms) | max (ms) |")
    print("|---|---|---|---|---|")
    print(row("first pyramid chart, matplotlib imported and drawn", [first_chart]))
    for name in ("pyramid", "abc", "rfm"):
        print(row(f"{name}, last 12 months", timed(getattr(analytics, name), options.runs)))
    lifetime, churn = services.lifetime, services.churn
    history, day = lifetime.history()
    fewer = max(1, options.runs // 3)  # the models take seconds
    print(row(f"purchase histories ({len(history.ids):,} buyers)", timed(lifetime.history, fewer)))
    print(
        row(
            "BG/NBD + Gamma-Gamma fit and 3-year forecast",
            timed(lambda: lifetime.values_of(history, day), fewer),
        )
    )
    print(row("churn warning, everything read and fitted", timed(churn.warning, fewer)))
    print(row("distribution counts", timed(analytics.distribution, fewer)))

    def everything() -> None:
        analytics.all_of_them()
        churn.warning()
        analytics.distribution()

    print(row("all analytics recomputed", timed(everything, fewer)))
    print(row("store the tiers (first time: every customer)", timed(analytics.apply_tiers, 1)))
    print(row("store the tiers again (none changed)", timed(analytics.apply_tiers, 3)))
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
