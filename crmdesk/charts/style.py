"""Chart colours that follow the window's: the same figures on light or dark."""

from matplotlib import colors


def chart_style(background: str, foreground: str) -> dict:
    """matplotlib rc parameters for a figure on ``background`` with ``foreground`` text."""
    muted = colors.to_hex(
        [
            0.55 * f + 0.45 * b
            for f, b in zip(colors.to_rgb(foreground), colors.to_rgb(background), strict=True)
        ]
    )
    return {
        "figure.facecolor": background,
        "savefig.facecolor": background,
        "axes.facecolor": background,
        "axes.edgecolor": muted,
        "axes.labelcolor": foreground,
        "axes.titlecolor": foreground,
        "text.color": foreground,
        "xtick.color": foreground,
        "ytick.color": foreground,
        "grid.color": muted,
        "legend.facecolor": background,
        "legend.edgecolor": muted,
    }


def titled_or_empty(axes, words: dict, has_data: bool) -> bool:
    """Clear and title ``axes``; without data, say so on them and return True."""
    axes.clear()
    axes.set_title(words["title"])
    if not has_data:
        axes.text(0.5, 0.5, words["empty"], ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
    return not has_data
