"""Satisfaction and loyalty charts: the gap chart (expectation against perception per
question, with c), the loyalty matrix (attitude × behaviour, clickable) and the cohort
retention heatmap. Words come from the caller."""

from collections.abc import Callable

from crmdesk.analytics.cohorts import Cohort
from crmdesk.charts.style import titled_or_empty
from crmdesk.core.enums import LoyaltyType
from crmdesk.core.satisfaction import Verdict

EXPECTATION_COLOUR = "#9aa5b1"
PERCEPTION_COLOUR = "#1f4e79"
VERDICT_COLOURS = {
    Verdict.DELIGHTED: "#2e7d32",
    Verdict.MET: "#8a8a8a",
    Verdict.DISAPPOINTED: "#c62828",
}
TYPE_COLOURS = {
    LoyaltyType.TRUE: "#2e7d32",
    LoyaltyType.LATENT: "#f9a825",
    LoyaltyType.INERTIAL: "#ef6c00",
    LoyaltyType.NONE: "#9e9e9e",
}
# Where each type sits: (behaviour high, attitude high) → column, row.
MATRIX_CELLS = {
    LoyaltyType.NONE: (0, 0),
    LoyaltyType.INERTIAL: (1, 0),
    LoyaltyType.LATENT: (0, 1),
    LoyaltyType.TRUE: (1, 1),
}


def draw_gaps(axes, gaps: dict, name: Callable[[str], str], words: dict) -> None:
    """Per question (``gaps``: code → Gap), bars of expectation a and perception b on
    the 1–5 scale, each pair labelled with c in the colour of its verdict."""
    if titled_or_empty(axes, words, bool(gaps)):
        return
    codes = list(gaps)
    positions = range(len(codes))
    width = 0.38
    axes.bar(
        [p - width / 2 for p in positions],
        [gaps[c].expectation for c in codes],
        width,
        color=EXPECTATION_COLOUR,
        label=words["expectation"],
    )
    axes.bar(
        [p + width / 2 for p in positions],
        [gaps[c].perception for c in codes],
        width,
        color=PERCEPTION_COLOUR,
        label=words["perception"],
    )
    for p, code in zip(positions, codes, strict=True):
        gap = gaps[code]
        top = max(gap.expectation, gap.perception)
        axes.text(
            p,
            top + 0.1,
            f"c={gap.c:.2f}",
            ha="center",
            fontsize=8,
            color=VERDICT_COLOURS[gap.verdict],
        )
    axes.set_xticks(list(positions), [name(c) for c in codes], rotation=20, ha="right")
    axes.set_ylim(0, 5.8)
    axes.set_yticks(range(0, 6))
    axes.legend(loc="upper right", fontsize=8, ncols=2)


def draw_loyalty_matrix(
    axes, counts: dict[LoyaltyType, int], name: Callable[[LoyaltyType], str], words: dict
) -> dict:
    """The four types as a 2×2 grid: behaviour across, attitude up, each cell with its
    name and count. Returns type → patch (for click-through)."""
    from matplotlib.patches import Rectangle

    axes.clear()
    total = sum(counts.values())
    patches = {}
    for kind, (column, row) in MATRIX_CELLS.items():
        patch = Rectangle(
            (column, row), 1, 1, facecolor=TYPE_COLOURS[kind], alpha=0.85, edgecolor="white"
        )
        axes.add_patch(patch)
        patches[kind] = patch
        n = counts.get(kind, 0)
        share = f" ({n / total:.0%})" if total else ""
        axes.text(
            column + 0.5,
            row + 0.5,
            f"{name(kind)}\n{n:,}{share}",
            ha="center",
            va="center",
            fontsize=11,
            color="white",
        )
    axes.set_xlim(0, 2)
    axes.set_ylim(0, 2)
    axes.set_xticks([0.5, 1.5], [words["low"], words["high"]])
    axes.set_yticks([0.5, 1.5], [words["low"], words["high"]])
    axes.set_xlabel(words["behaviour"])
    axes.set_ylabel(words["attitude"])
    axes.set_title(words["title"])
    axes.set_aspect("equal")
    return patches


def draw_cohorts(axes, cohorts: list[Cohort], words: dict) -> None:
    """Cohorts down (oldest on top), months since the first purchase across, each cell
    the share still buying."""
    import numpy as np

    if titled_or_empty(axes, words, bool(cohorts)):
        return
    width = max(len(c.retained) for c in cohorts)
    grid = np.full((len(cohorts), width), np.nan)
    for row, cohort in enumerate(cohorts):
        grid[row, : len(cohort.retained)] = cohort.retained
    axes.imshow(grid, cmap="Blues", vmin=0, vmax=1, aspect="auto")
    for row, cohort in enumerate(cohorts):
        for k, share in enumerate(cohort.retained):
            axes.text(
                k,
                row,
                f"{share:.0%}",
                ha="center",
                va="center",
                fontsize=7,
                color="white" if share > 0.55 else "black",
            )
    axes.set_yticks(
        range(len(cohorts)), [f"{c.month:%Y-%m} ({c.size:,})" for c in cohorts], fontsize=8
    )
    axes.set_xticks(range(width))
    axes.set_xlabel(words["months"])
