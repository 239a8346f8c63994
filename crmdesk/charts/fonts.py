"""Fonts that can show Chinese, for Qt and for matplotlib.

matplotlib is imported only when a chart is first drawn (it costs ~1 s at start-up).
"""

from functools import cache

# Preferred CJK families across Windows, macOS and Linux, best first.
CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimHei",
    "SimSun",
)


@cache
def configure_matplotlib_fonts() -> tuple[str, ...]:
    """Use DejaVu Sans for Latin text, digits and the minus sign, then the installed CJK
    families. Only installed families are listed: naming missing ones floods the log
    with warnings on every figure. Returns the families set."""
    from matplotlib import font_manager, rcParams

    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    families = ("DejaVu Sans", *(f for f in CJK_FAMILIES if f in installed))
    # A list of families (not the "sans-serif" alias) is what turns on glyph fallback.
    rcParams["font.family"] = list(families)
    return families
