from datetime import date

import pytest

from crmdesk.core.codes import CodeMask
from crmdesk.core.errors import DomainError


def test_plain_mask_pads_the_number():
    assert CodeMask("C{000000}").format(123, date(2026, 1, 2)) == "C000123"


def test_dated_mask_uses_the_issue_date_and_restarts_each_year():
    mask = CodeMask("KH{yyyy}{0000}")
    assert mask.format(7, date(2026, 5, 1)) == "KH20260007"
    assert mask.sequence_name(date(2026, 5, 1)) != mask.sequence_name(date(2027, 1, 1))
    assert mask.sequence_name(date(2026, 5, 1)) == mask.sequence_name(date(2026, 12, 31))


def test_numbers_wider_than_the_mask_are_not_cut():
    assert CodeMask("C{00}").format(1234, date(2026, 1, 1)) == "C1234"


@pytest.mark.parametrize("mask", ["C", "C{0000}{000}", "C{abc}{000}", "{yyyy}"])
def test_bad_masks_are_refused(mask):
    with pytest.raises(DomainError, match="number field"):
        CodeMask(mask)
