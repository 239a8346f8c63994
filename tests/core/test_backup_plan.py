"""The backup rotation and when a periodic backup is due, on hand-made times."""

from datetime import datetime, timedelta

from crmdesk.core.backup_plan import Retention, backup_due, backups_to_keep

NOW = datetime(2026, 11, 22, 18, 0)


def test_the_newest_are_kept_however_many_in_a_day():
    taken = [NOW - timedelta(minutes=30 * n) for n in range(15)]
    kept = backups_to_keep(taken, Retention(newest=10, daily=0, weekly=0, monthly=0))
    assert kept == set(taken[:10])


def test_older_backups_thin_out_to_one_a_day_a_week_a_month():
    # One backup at 09:00 and one at 17:00 of each of the last 400 days.
    taken = [NOW.replace(hour=hour) - timedelta(days=day) for day in range(400) for hour in (9, 17)]
    kept = backups_to_keep(taken, Retention(newest=2, daily=7, weekly=5, monthly=12))
    newest_two = set(sorted(taken, reverse=True)[:2])
    daily = {NOW.replace(hour=17) - timedelta(days=day) for day in range(7)}
    assert newest_two <= kept and daily <= kept
    # Per ISO week and per month, the newest backup of the period stands for it.
    weeks = {t.isocalendar()[:2] for t in kept}
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12 and len(weeks) >= 5
    assert min(kept) >= datetime(2025, 12, 1)  # nothing older than the 12th month back
    assert len(kept) <= 2 + 7 + 5 + 12


def test_a_backup_is_due_after_changes_and_half_an_hour():
    last = NOW - timedelta(minutes=31)
    assert backup_due(None, NOW, NOW)
    assert backup_due(last, last + timedelta(minutes=1), NOW)
    assert not backup_due(last, last - timedelta(minutes=1), NOW)  # nothing changed since
    recent = NOW - timedelta(minutes=10)
    assert not backup_due(recent, NOW, NOW)  # changed, but the last is too new
