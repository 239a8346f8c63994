"""Dates and numbers in the user's locale (QLocale.setDefault is set at start-up)."""

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


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
