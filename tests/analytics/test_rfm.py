import numpy as np
import pytest

from crmdesk.analytics.choices import Segment
from crmdesk.analytics.rfm import SEGMENT_TABLE, quintile_scores, rfm, segment_of


def test_quintiles_by_rank_with_ties_broken_by_id():
    ids = np.arange(1, 11)
    assert quintile_scores(ids, np.arange(10.0)).tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    tied = quintile_scores(ids, np.zeros(10))  # all equal: lower id ranks lower
    assert tied.tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert quintile_scores(np.array([7]), np.array([3.0])).tolist() == [1]


def test_recency_scores_the_most_recent_highest():
    result = rfm([1, 2, 3, 4, 5], [400, 10, 90, 30, 200], [1, 9, 3, 5, 2], [10, 900, 50, 300, 20])
    assert result.r.tolist() == [1, 5, 3, 4, 2]
    assert result.f.tolist() == [1, 5, 3, 4, 2]
    assert result.cells == ["111", "555", "333", "444", "222"]
    assert result.segments == [
        Segment.LOST,
        Segment.CHAMPIONS,
        Segment.NEED_ATTENTION,
        Segment.CHAMPIONS,
        Segment.HIBERNATING,
    ]


def test_the_segment_table_names_every_r_and_f_exactly_once():
    for r in range(1, 6):
        for f in range(1, 6):
            matches = [s for s, rs, fs in SEGMENT_TABLE if r in rs and f in fs]
            assert len(matches) == 1, (r, f)
    assert segment_of(5, 1) is Segment.NEW
    assert segment_of(1, 5) is Segment.CANT_LOSE
    assert segment_of(2, 4) is Segment.AT_RISK


def test_the_heatmap_holds_mean_spend_per_r_and_f():
    result = rfm([1, 2, 3, 4, 5], [400, 10, 90, 30, 200], [1, 9, 3, 5, 2], [10, 900, 50, 300, 20])
    grid = result.mean_monetary_grid()
    assert grid[4, 4] == 900 and grid[0, 0] == 10
    assert np.isnan(grid[0, 4])
    assert result.segment_counts()[Segment.CHAMPIONS] == 2
    assert sum(result.segment_counts().values()) == 5
    assert result.ids[result.in_segment(Segment.CHAMPIONS)].tolist() == [2, 4]
    assert not result.in_segment(Segment.NEW).any()
    counts = result.rf_counts()
    assert counts[4, 4] == counts[3, 3] == counts[0, 0] == 1 and counts.sum() == 5
    assert pytest.approx(grid[2, 2]) == 50
