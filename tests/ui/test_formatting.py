from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from crmdesk.ui.formatting import format_datetime


@pytest.mark.parametrize(
    ("locale", "shown"), [("zh_CN", "2026/3/9 07:05"), ("en_US", "3/9/26 7:05")]
)
def test_date_times_show_the_stored_wall_clock_time(locale, shown):
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        # Just after a daylight-saving change in many zones: nothing may shift the hour.
        assert format_datetime(datetime(2026, 3, 9, 7, 5)).replace("\u202f", " ").startswith(shown)
        assert format_datetime(None) == ""
    finally:
        QLocale.setDefault(before)
