import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.core.contact_info import display_phone, normalize_phone


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+8613800138000", "138 0013 8000"),
        ("+861012345678", "010 1234 5678"),
        ("+862161234567", "021 6123 4567"),
        ("+8675587654321", "0755 8765 4321"),
        ("+442079460958", "+44 20 7946 0958"),
        (None, ""),
        ("not a number", "not a number"),
    ],
)
def test_phones_are_shown_as_people_write_them(stored, shown):
    assert display_phone(stored) == shown


@given(
    st.sampled_from(
        [
            "10",
            "20",
            "21",
            "22",
            "23",
            "24",
            "25",
            "27",
            "28",
            "29",
            "311",
            "371",
            "431",
            "451",
            "512",
            "531",
            "571",
            "591",
            "731",
            "755",
            "769",
            "871",
        ]
    ),
    st.integers(2_000_000, 99_999_999),
)
def test_chinese_landlines_match_the_phone_library(area, subscriber):
    raw = f"0{area}{subscriber}"
    try:
        stored = normalize_phone(raw)
    except ValueError:
        return  # not a valid number: nothing to display
    expected = phonenumbers.format_number(
        phonenumbers.parse(stored, "CN"), phonenumbers.PhoneNumberFormat.NATIONAL
    )
    assert display_phone(stored) == expected


@given(st.sampled_from(["130", "138", "150", "159", "186", "189"]), st.integers(0, 10**8 - 1))
def test_chinese_mobiles_match_the_phone_library(prefix, rest):
    stored = normalize_phone(f"{prefix}{rest:08d}")
    expected = phonenumbers.format_number(
        phonenumbers.parse(stored, "CN"), phonenumbers.PhoneNumberFormat.NATIONAL
    )
    assert display_phone(stored) == expected
