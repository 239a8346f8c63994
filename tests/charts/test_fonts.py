import io
import warnings

from crmdesk.charts.fonts import configure_matplotlib_fonts


def test_chinese_chart_text_renders_without_missing_glyphs():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    families = configure_matplotlib_fonts()
    assert families[0] == "DejaVu Sans"
    assert len(families) > 1, "no CJK font installed (Debian: fonts-wqy-microhei)"
    figure = Figure(figsize=(4, 3))
    axes = figure.add_subplot()
    axes.bar(["VIP客户", "主要客户", "普通客户", "小客户"], [5, 20, 75, 400])
    axes.set_title("客户金字塔 −12%")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font" would raise
        FigureCanvasAgg(figure).print_png(io.BytesIO())
