"""Phones and e-mail addresses normalised as the phone and e-mail libraries would, though
the common forms skip the libraries' general parsers."""

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.core.contact_info import normalize_email, normalize_phone


def _phone_by_library(raw: str) -> str | None:
    try:
        number = phonenumbers.parse(raw.strip(), "CN")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _email_by_library(raw: str) -> str | None:
    try:
        return validate_email(raw.strip(), check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def _outcome(normalize, raw: str) -> str | None:
    try:
        return normalize(raw)
    except ValueError:
        return None


_SEPARATOR = st.sampled_from(["", " ", "-", "  ", " - "])


@given(
    prefix=st.sampled_from(["", "+86", "+86 ", "+86-", "86", "0086 ", "+852 "]),
    national=st.from_regex(r"1[0-9]{10}", fullmatch=True),
    first=_SEPARATOR,
    second=_SEPARATOR,
    padding=st.sampled_from(["", " ", "\t"]),
)
def test_mobiles_written_any_usual_way_are_judged_as_the_phone_library_does(
    prefix, national, first, second, padding
):
    raw = f"{padding}{prefix}{national[:3]}{first}{national[3:7]}{second}{national[7:]}{padding}"
    assert _outcome(normalize_phone, raw) == _phone_by_library(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "13800138000",
        "138 0013 8000",
        "+86 138-0013-8000",
        "14000138000",  # no such mobile range
        "17951234567",  # 17951 is a carrier prefix, not a mobile range
        "１３８００１３８０００",  # full-width digits
        "010-12345678",
        "+44 20 7946 0958",
    ],
)
def test_written_numbers_are_judged_as_the_phone_library_does(raw):
    assert _outcome(normalize_phone, raw) == _phone_by_library(raw)


_ATOM = st.text("abcXYZ019_+-.!#", min_size=1, max_size=12)
_LABEL = st.text("abcQRS019-_", min_size=1, max_size=10)


@given(
    local=st.lists(_ATOM, min_size=1, max_size=3).map(".".join),
    labels=st.lists(_LABEL, min_size=1, max_size=3),
    top=st.sampled_from(["cn", "COM", "c1", "b", "test", "local", "onion", "museum", "xn--fiqs8s"]),
)
def test_addresses_are_judged_as_the_email_library_does(local, labels, top):
    raw = f"{local}@{'.'.join([*labels, top])}"
    assert _outcome(normalize_email, raw) == _email_by_library(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "John.Smith@Example.COM",
        " sales98@lanzhou.cn ",
        "a..b@x.cn",
        "a.@x.cn",
        "x@xn--fiqs8s.cn",
        "用户@例子.中国",
        "a@localhost.test",
        "a@b-.cn",
        f"{'a' * 65}@x.cn",
        f"a@{'b' * 64}.cn",
        f"a@{'b.' * 126}cn",
    ],
)
def test_written_addresses_are_judged_as_the_email_library_does(raw):
    assert _outcome(normalize_email, raw) == _email_by_library(raw)
