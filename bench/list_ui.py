"""The customer list as the user sees it, offscreen, on a large database:

- first paint: from the page's first query until its first rows are painted;
- keystroke to repaint: from the end of the typing pause (the debounce firing) until
  the list has painted the new first window, for many real terms;
- opening a customer file: from the open command until the form has painted the file,
  its contacts, sales and history (all its queries done);
- model memory: Python memory allocated (tracemalloc, all of it) after the first window,
  and after scrolling through 20 000 rows (it keeps at most PAGES_KEPT windows).

    QT_QPA_PLATFORM=offscreen python bench/list_ui.py DATABASE [--terms 40]
"""

import argparse
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import terms

from crmdesk.services.app_services import open_services


def wait_for(app, condition, timeout_s: float = 30) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.perf_counter() + timeout_s
    while not condition():
        # Block until something arrives: a busy loop would hold the GIL the DB thread
        # needs, and measure itself.
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() > deadline:
            raise TimeoutError


def painted_after(app, page, start) -> float:
    """Milliseconds from ``start()`` until the new first window is painted."""
    ready = []

    def arrived() -> None:
        ready.append(True)

    page.model.first_page_ready.connect(arrived)
    began = time.perf_counter()
    start()
    wait_for(app, lambda: ready)
    page.view.viewport().repaint()
    elapsed = (time.perf_counter() - began) * 1000
    page.model.first_page_ready.disconnect(arrived)  # the page's own slots stay
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--terms", type=int, default=40)
    options = parser.parse_args()
    services = open_services(options.database)

    from crmdesk.app import build_main_window, create_application

    app = create_application("en")
    window = build_main_window(services)
    window.worker.failed.connect(lambda message: print("failed:", message))
    window.resize(1280, 800)
    window.show()
    page = window.pages["customers"].widget
    wait_for(app, lambda: page.model.rowCount() > 0)

    first = []
    for _ in range(10):
        first.append(painted_after(app, page, page.model.reload))
        wait_for(app, lambda: page.model.rowCount() >= 100_000)  # its count is in too

    typed = []
    for label, words in terms(services, options.terms, 7).items():
        for word in words:
            page.search.setText(word)
            page._debounce.stop()  # the pause is over: measure from here
            typed.append((label, painted_after(app, page, page._apply_search)))

    page.search.setText("")
    page._debounce.stop()
    painted_after(app, page, page._apply_search)
    opened = []
    for row in range(0, 3000, 100):
        page.model.index(row, 0).data()
        wait_for(app, lambda r=row: page.model.row_id(r) is not None)
        began = time.perf_counter()
        form = page.open_customer(row)
        window.worker.wait_until_idle()
        app.processEvents()
        form.repaint()
        opened.append((time.perf_counter() - began) * 1000)
        form.close()
    wait_for(app, lambda: page.model.rowCount() >= 100_000)
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    painted_after(app, page, page.model.reload)
    wait_for(app, lambda: page.model.rowCount() >= 100_000)
    one_window = tracemalloc.take_snapshot()
    for row in range(0, 20_000, 100):
        page.model.index(row, 0).data()
        wait_for(app, lambda r=row: page.model.row_id(r) is not None)
    scrolled = tracemalloc.take_snapshot()
    tracemalloc.stop()

    def grown(after) -> float:
        """Everything allocated since (an upper bound for the model: the cells' text is
        made in the page's column functions, not in the model's file)."""
        return sum(s.size_diff for s in after.compare_to(before, "filename")) / 2**20

    print(f"first paint of the list: p50 {statistics.median(first):.1f} ms, max {max(first):.1f}")
    print("| terms | n | keystroke → repaint p50 (ms) | p95 (ms) |")
    print("|---|---|---|---|")
    for label in dict.fromkeys(label for label, _ in typed):
        times = sorted(ms for lab, ms in typed if lab == label)
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"| {label} | {len(times)} | {statistics.median(times):.1f} | {p95:.1f} |")
    print(f"open a customer file: p50 {statistics.median(opened):.1f} ms, max {max(opened):.1f}")
    print(f"model memory after the first window: {grown(one_window):.2f} MiB")
    print(f"model memory after scrolling 20 000 rows: {grown(scrolled):.2f} MiB")
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
