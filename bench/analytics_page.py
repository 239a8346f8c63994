"""The first chart as the user sees it: from opening the Analytics page (offscreen) to
its pyramid and Pareto drawn, matplotlib's first import included. Run it in a fresh
process, so nothing is imported beforehand.

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


def first_chart_ms(database: str) -> float:
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
    services.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one:
        print(first_chart_ms(options.database))
        return 0
    runs = [
        float(
            subprocess.run(
                [sys.executable, __file__, options.database, "--one"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()[-1]
        )
        for _ in range(options.runs)
    ]
    print("| measure | runs (ms) |")
    print("|---|---|")
    shown = " / ".join(f"{ms:,.0f}" for ms in runs)
    print(f"| Analytics page opened to its pyramid and Pareto drawn | {shown} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
