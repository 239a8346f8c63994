"""Start-up benchmark: `crmdesk --self-test` on an empty and on a 100 000-customer
database, side by side with a bare PySide6 window with a table (the floor).

    python bench/startup.py [--customers 100000] [--runs 5] [--keep DIR]

Builds the large database with `crmdesk demo` (timed: the demo-data benchmark), then
runs the three start-ups interleaved, offscreen, and prints a Markdown table of medians.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed_run(args: list[str], env: dict) -> float:
    """Seconds the program itself reports from process start to first painted data."""
    result = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=300, check=True
    )
    return float(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="folder to keep the databases in")
    options = parser.parse_args()

    folder = options.keep or Path(tempfile.mkdtemp(prefix="crmdesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRMDESK_HOME": str(folder / "home")}
    big, empty = folder / "big.db", folder / "empty.db"
    for path in (big, empty):
        path.unlink(missing_ok=True)

    # Users run byte-compiled code (pip and PyInstaller compile it); an editable checkout
    # under PYTHONDONTWRITEBYTECODE=1 would recompile every module at every start.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(HERE.parent / "crmdesk")], check=True
    )

    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "crmdesk",
            "--db",
            str(big),
            "demo",
            "--customers",
            str(options.customers),
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    demo_seconds = time.perf_counter() - started

    runs: dict[str, list[float]] = {"bare": [], "empty": [], "big": []}
    commands = {
        "bare": [str(HERE / "bare_window.py")],
        "empty": ["-m", "crmdesk", "--db", str(empty), "--self-test"],
        "big": ["-m", "crmdesk", "--db", str(big), "--self-test"],
    }
    timed_run(commands["empty"], env)  # creates the empty database; not counted
    for _ in range(options.runs):
        for name, command in commands.items():
            runs[name].append(timed_run(command, env))

    median = {name: statistics.median(values) for name, values in runs.items()}
    print(f"| measurement | median of {options.runs} (s) | all runs (s) | × floor |")
    print("|---|---|---|---|")
    labels = {
        "bare": "bare PySide6 window + table (floor)",
        "empty": "`crmdesk --self-test`, empty database",
        "big": f"`crmdesk --self-test`, {options.customers:,} customers",
    }
    for name, label in labels.items():
        values = ", ".join(f"{v:.2f}" for v in runs[name])
        print(f"| {label} | {median[name]:.2f} | {values} | {median[name] / median['bare']:.1f} |")
    print(f"| `crmdesk demo --customers {options.customers}` | {demo_seconds:.1f} | 1 run | |")
    print(f"\ndatabase: {big.stat().st_size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
