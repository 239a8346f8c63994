"""`crmdesk report complaints`: the figures printed, the workbook and the chart."""

import openpyxl
import pytest


@pytest.fixture
def demo_db(run_cli, tmp_path):
    path = tmp_path / "crm.db"
    result = run_cli("--db", str(path), "demo", "--customers", "1500", "--seed", "2")
    assert result.returncode == 0, result.stderr
    return path


def test_the_report_prints_writes_the_workbook_and_the_chart(run_cli, demo_db, tmp_path):
    book_path, chart_path = tmp_path / "complaints.xlsx", tmp_path / "complaints.png"
    result = run_cli(
        "--db",
        str(demo_db),
        "report",
        "complaints",
        "--xlsx",
        str(book_path),
        "--png",
        str(chart_path),
    )
    assert result.returncode == 0, result.stderr
    printed = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    total = int(printed["Complaints"])
    assert total > 20
    assert printed["First-response deadlines kept"].endswith("%")
    book = openpyxl.load_workbook(book_path)
    assert book.sheetnames == ["Summary", "Category", "Cause", "Status", "Month", "Score", "Chart"]
    assert len(book["Chart"]._images) == 1  # the chart as a picture
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Complaints"] == total
    categories = list(book["Category"].iter_rows(min_row=2, values_only=True))
    assert sum(row[1] for row in categories) == total
    assert categories[-1][3] == 1  # the cumulative share ends at 100%
    assert [row[1] for row in categories] == sorted((row[1] for row in categories), reverse=True)
    assert sum(row[1] for row in book["Month"].iter_rows(min_row=2, values_only=True)) == total
    assert chart_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_as_of_counts_only_what_had_come_in(run_cli, demo_db):
    now = run_cli("--db", str(demo_db), "report", "complaints")
    then = run_cli("--db", str(demo_db), "report", "complaints", "--as-of", "2025-06-30")
    assert then.returncode == 0, then.stderr
    count = lambda out: int(out.stdout.splitlines()[0].split(": ")[1])  # noqa: E731
    assert 0 < count(then) < count(now)


def test_a_bad_date_or_name_is_refused(run_cli, demo_db):
    assert run_cli("--db", str(demo_db), "report", "complaints", "--as-of", "30/06").returncode == 2
    assert run_cli("--db", str(demo_db), "report", "weather").returncode == 2


def test_complaints_export_and_template_from_the_command_line(run_cli, demo_db, tmp_path):
    out, blank = tmp_path / "complaints.csv", tmp_path / "blank.xlsx"
    exported = run_cli("--db", str(demo_db), "--lang", "zh_CN", "export", "complaints", str(out))
    assert exported.returncode == 0, exported.stderr
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("投诉编号,客户编号,客户名称,受理时间")
    assert f"Wrote {len(lines) - 1} complaints" in exported.stdout
    assert run_cli("template", "complaints", str(blank)).returncode == 0
    headers = next(openpyxl.load_workbook(blank).active.iter_rows(values_only=True))
    assert "Customer's words" in headers


@pytest.mark.parametrize(
    ("name", "sheets", "line"),
    [
        ("pyramid", ["Pyramid", "Customers", "Chart"], "vip: 15 customers (1.0%)"),
        ("abc", ["ABC", "Customers", "Chart"], "of customers bring 80% of value"),
        ("rfm", ["Segments", "Customers", "Chart"], "champions: "),
    ],
)
def test_the_value_reports(run_cli, demo_db, tmp_path, name, sheets, line):
    book_path, chart_path = tmp_path / f"{name}.xlsx", tmp_path / f"{name}.png"
    result = run_cli(
        "--db", str(demo_db), "report", name, "--xlsx", str(book_path), "--png", str(chart_path)
    )
    assert result.returncode == 0, result.stderr
    assert line in result.stdout
    book = openpyxl.load_workbook(book_path, read_only=True)
    assert book.sheetnames == sheets
    rows = list(book["Customers"].iter_rows(min_row=2, values_only=True))
    assert rows and all(row[1] for row in rows)  # every customer named
    assert chart_path.read_bytes()[:4] == b"\x89PNG"


def test_the_pyramid_as_of_an_earlier_day_counts_the_customers_known_then(run_cli, demo_db):
    def customers(*args):
        result = run_cli("--db", str(demo_db), "report", "pyramid", *args)
        assert result.returncode == 0, result.stderr
        return sum(
            int(line.split(": ")[1].split()[0].replace(",", ""))
            for line in result.stdout.splitlines()
        )

    assert customers() == 1500
    assert 0 < customers("--as-of", "2025-06-30") < 1500


def test_clv_prints_the_fitted_parameters_as_name_value(run_cli, demo_db, tmp_path):
    book_path, chart_path = tmp_path / "clv.xlsx", tmp_path / "clv.png"
    result = run_cli(
        "--db", str(demo_db), "report", "clv", "--xlsx", str(book_path), "--png", str(chart_path)
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    printed = dict(line.split(" ", 1) for line in lines[:7])
    assert list(printed) == ["r", "alpha", "a", "b", "p", "q", "gamma"]
    assert all(float(value) > 0 for value in printed.values())
    assert "unit week" in lines
    book = openpyxl.load_workbook(book_path, read_only=True)
    assert book.sheetnames == ["Lifetime value", "Customers", "Chart"]
    rows = list(book["Customers"].iter_rows(min_row=2, values_only=True))
    assert {row[7] for row in rows} <= {"most_valuable", "most_growable", "maintain", "let_go"}
    assert chart_path.read_bytes()[:4] == b"\x89PNG"
    # Counting in months gives α in months: about 7 / 30.4 of α in weeks.
    monthly = run_cli("--db", str(demo_db), "report", "clv", "--unit", "month")
    alpha_month = float(dict(x.split(" ", 1) for x in monthly.stdout.splitlines()[:7])["alpha"])
    assert alpha_month == pytest.approx(float(printed["alpha"]) * 7 / (365.25 / 12), rel=0.1)


def test_churn_lists_customers_at_risk_with_reasons_and_actions(run_cli, demo_db, tmp_path):
    book_path = tmp_path / "churn.xlsx"
    result = run_cli("--db", str(demo_db), "report", "churn", "--xlsx", str(book_path))
    assert result.returncode == 0, result.stderr
    head, *rows = result.stdout.splitlines()[:-1]  # the last line names the workbook
    at_risk, watched = (int(n) for n in head.split(" current")[0].split(" of "))
    assert 0 < at_risk < watched
    assert len(rows) == at_risk
    assert " -> " in rows[0] and "score" in rows[0]
    sheet = openpyxl.load_workbook(book_path, read_only=True)["Churn warning"]
    scores = [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert scores == sorted(scores, reverse=True)


def test_clv_without_enough_buyers_is_refused_with_the_reason(run_cli, tmp_path):
    empty = tmp_path / "empty.db"
    result = run_cli("--db", str(empty), "report", "clv")
    assert result.returncode == 1
    assert "Too few" in result.stderr


def test_the_manager_workbook_holds_value_and_complaints_with_their_charts(
    run_cli, demo_db, tmp_path
):
    book_path = tmp_path / "manager.xlsx"
    result = run_cli("--db", str(demo_db), "report", "manager", "--xlsx", str(book_path))
    assert result.returncode == 0, result.stderr
    printed = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    book = openpyxl.load_workbook(book_path)
    assert book.sheetnames == ["Summary", "Tiers", "Top customers", "Complaints"]
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Customers"] == int(printed["Customers"]) == 1500
    assert summary["Complaints"] == int(printed["Complaints"]) > 20
    tiers = list(book["Tiers"].iter_rows(min_row=2, values_only=True))
    assert [t[0] for t in tiers] == ["vip", "major", "ordinary", "small"]
    assert sum(t[1] for t in tiers) == 1500
    top = list(book["Top customers"].iter_rows(min_row=2, values_only=True))
    assert len(top) == 100 and [r[0] for r in top] == list(range(1, 101))
    assert [r[3] for r in top] == sorted((r[3] for r in top), reverse=True)
    assert top[0][5] == "A" and top[0][1].startswith("C")
    by_category = list(book["Complaints"].iter_rows(min_row=2, values_only=True))
    assert sum(r[1] for r in by_category) == summary["Complaints"]
    for title in ("Tiers", "Top customers", "Complaints"):  # each chart beside its table
        (image,) = book[title]._images
        assert image.anchor._from.col == book[title].max_column + 1
    assert not book["Summary"]._images


def test_the_satisfaction_and_loyalty_reports(run_cli, demo_db, tmp_path):
    book, chart = tmp_path / "satisfaction.xlsx", tmp_path / "satisfaction.png"
    args = (
        "--db",
        str(demo_db),
        "report",
        "satisfaction",
        "--xlsx",
        str(book),
        "--png",
        str(chart),
    )
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    surveyed = int(result.stdout.splitlines()[0].split(": ")[1].replace(",", ""))
    assert surveyed > 100 and "Overall c = Σb / Σa" in result.stdout
    sheets = openpyxl.load_workbook(book).sheetnames
    assert sheets == ["Summary", "Questions", "By tier"] and chart.stat().st_size > 10_000
    questions = list(openpyxl.load_workbook(book)["Questions"].values)
    assert questions[0][:5] == ("Question", "Group", "Expectation a", "Perception b", "c = b / a")
    for _name, _group, a, b, c, *_rest in questions[1:]:
        assert c == pytest.approx(b / a, abs=0.002)  # rounded to three places

    loyalty = tmp_path / "loyalty.xlsx"
    result = run_cli("--db", str(demo_db), "report", "loyalty", "--xlsx", str(loyalty))
    assert result.returncode == 0, result.stderr
    printed = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    typed = sum(
        int(printed[kind].replace(",", "")) for kind in ("none", "latent", "inertial", "true")
    )
    assert typed == surveyed  # every surveyed customer has a type
    assert openpyxl.load_workbook(loyalty).sheetnames == ["Summary", "By segment", "Cohorts"]


def test_the_pipeline_report(run_cli, demo_db, tmp_path):
    book, chart = tmp_path / "pipeline.xlsx", tmp_path / "pipeline.png"
    args = ("--db", str(demo_db), "report", "pipeline", "--xlsx", str(book), "--png", str(chart))
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    printed = result.stdout.splitlines()
    assert printed[0].startswith("Open opportunities: ")
    assert any(line.startswith("Negotiation (70%): ") for line in printed)
    workbook = openpyxl.load_workbook(book)
    assert workbook.sheetnames == ["Stages", "Forecast", "By owner", "By source", "Lost reasons"]
    stages = list(workbook["Stages"].values)
    assert stages[0] == ("Stage", "Probability (%)", "Opportunities", "Amount", "Weighted amount")
    assert [row[0] for row in stages[1:]][-2:] == ["Won", "Lost"]
    won, lost = stages[-2], stages[-1]
    assert won[4] == won[3] and lost[4] == 0
    owners = list(workbook["By owner"].values)[1:]
    assert sum(r[1] for r in owners) == won[2] and sum(r[2] for r in owners) == lost[2]
    assert chart.stat().st_size > 10_000 and workbook["Stages"]._images
