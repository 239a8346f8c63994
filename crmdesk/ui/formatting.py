"""Dates and numbers in the user's locale (QLocale.setDefault is set at start-up)."""

from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from crmdesk.core.contact_info import DEFAULT_REGION as HOME_REGION


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    qt_value = QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )
    return QLocale().toString(qt_value, QLocale.FormatType.ShortFormat)


def format_count(value: int) -> str:
    return QLocale().toString(value)


@lru_cache(maxsize=8192)
def format_phone(stored: str | None) -> str:
    """Stored E.164 numbers as people write them: national form for home numbers
    (138 0013 8000, 010 1234 5678), international for foreign ones."""
    if not stored:
        return ""
    if len(stored) == 14 and stored.startswith("+861"):
        # Chinese mobiles, most numbers in the list, group 3-4-4 without the library.
        return f"{stored[3:6]} {stored[6:10]} {stored[10:]}"
    import phonenumbers  # loaded on the worker thread when first needed

    try:
        number = phonenumbers.parse(stored, HOME_REGION)
    except phonenumbers.NumberParseException:
        return stored
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == HOME_REGION
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)
