"""Customer-value analytics at scale: each analysis over the last 12 months, storing the
tiers, and drawing the charts.

    python bench/analytics.py DATABASE [--runs 10]

DATABASE: a copy of a `crmdesk demo --customers 100000` database (storing the tiers
changes it).
"""

import argparse
import time

from workbench import row, timed  # run as a script: bench/ is on the path

from crmdesk.services.app_services import open_services


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--runs", type=int, default=10)
    options = parser.parse_args()
    services = open_services(options.database)
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
