"""The first chart as the user sees it: from opening the Analytics page (offscreen) to
its pyramid and Pareto drawn, matplotlib's first import included. Run it in a fresh
process, so nothing is imported beforehand. Then a chart update: the page's charts
shown again with newly computed figures (the period or measure changed), on the
pyramid tab and on the RFM tab, until the shown tab is drawn.

    QT_QPA_PLATFORM=offscreen python bench/analytics_page.py DATABASE [--runs 3]

DATABASE: as for bench/analytics.py (a 1 000 000-sale copy of the 100 000 demo); each
run opens it in a new process.
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def updates_ms(app, page, tab, runs: int) -> list[float]:
    """Each: the page's figures recomputed, then timed from their arrival to ``tab``
    drawn."""
    page.tabs.setCurrentWidget(tab)
    app.processEvents()
    found = []
    for _ in range(runs):
        computed = page._compute()
        began = time.perf_counter()
        page._show(computed)
        tab.canvas.draw()
        found.append((time.perf_counter() - began) * 1000)
    return found


def first_chart_ms(database: str, runs: int) -> list[float]:
    from list_ui import wait_for
    from PySide6.QtWidgets import QApplication

    from crmdesk.services.app_services import open_services
    from crmdesk.ui.pages.analytics_page import AnalyticsPage
    from crmdesk.ui.worker import DbWorker

    app = QApplication.instance() or QApplication([])
    services = open_services(database)
    worker = DbWorker()
    page = AnalyticsPage(services, worker)
    page.resize(1280, 800)
    began = time.perf_counter()
    page.show()  # computes the pyramid, ABC and RFM, and builds the charts
    wait_for(app, lambda: page.results is not None)
    page.pyramid_tab.canvas.draw()
    elapsed = (time.perf_counter() - began) * 1000
    worker.wait_until_idle()
    found = [elapsed]
    found += updates_ms(app, page, page.pyramid_tab, runs)
    found += updates_ms(app, page, page.rfm_tab, runs)
    services.close()
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one:
        print(" ".join(map(str, first_chart_ms(options.database, options.runs))))
        return 0
    first, pyramid, rfm = [], [], []
    for _ in range(options.runs):
        found = subprocess.run(
            [sys.executable, __file__, options.database, "--one", "--runs", str(options.runs)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split("\n")[-2]
        times = [float(ms) for ms in found.split()]
        first.append(times[0])
        pyramid += times[1 : 1 + options.runs]
        rfm += times[1 + options.runs :]
    print("| measure | runs (ms) |")
    print("|---|---|")
    for name, runs in (
        ("Analytics page opened to its pyramid and Pareto drawn", first),
        ("chart update: pyramid and Pareto drawn with new figures", pyramid),
        ("chart update: RFM heatmap and segments drawn with new figures", rfm),
    ):
        print(f"| {name} | {' / '.join(f'{ms:,.0f}' for ms in runs)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
