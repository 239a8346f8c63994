import pytest

from crmdesk.ui.formatting import format_phone


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+8613800138000", "138 0013 8000"),
        ("+861012345678", "010 1234 5678"),
        ("+862161234567", "021 6123 4567"),
        ("+442079460958", "+44 20 7946 0958"),
        (None, ""),
        ("not a number", "not a number"),
    ],
)
def test_phones_are_shown_as_people_write_them(stored, shown):
    assert format_phone(stored) == shown
