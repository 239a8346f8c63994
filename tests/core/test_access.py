"""The role table, the pace of sign-in attempts, passwords and export masking."""

from datetime import datetime, timedelta

import pytest

from crmdesk.core.access import ROLE_PERMISSIONS, Access, Permission
from crmdesk.core.enums import UserRole
from crmdesk.core.errors import AccessDenied
from crmdesk.core.masking import mask_email, mask_number, masked_row
from crmdesk.core.sign_in import (
    LONGEST_WAIT,
    hash_password,
    next_attempt_at,
    password_matches,
    wait_after,
)


def test_every_role_has_its_grade():
    assert ROLE_PERMISSIONS[UserRole.ADMIN] == set(Permission)
    manager = ROLE_PERMISSIONS[UserRole.MANAGER]
    assert {Permission.SEE_ALL_CUSTOMERS, Permission.EXPORT, Permission.ANALYTICS} <= manager
    assert not {Permission.MANAGE_USERS, Permission.BACK_UP, Permission.SHARED_SETTINGS} & manager
    assert ROLE_PERMISSIONS[UserRole.SALES] == {Permission.EDIT}
    assert Permission.EDIT not in ROLE_PERMISSIONS[UserRole.READ_ONLY]


def test_only_roles_without_the_whole_customer_base_are_narrowed():
    narrowed = {role for role in UserRole if Access(1, "x", role).sees_only_own}
    assert narrowed == {UserRole.SALES}


def test_a_refusal_names_the_user_the_role_and_the_action():
    with pytest.raises(AccessDenied, match=r"alice \(sales\) may not export lists"):
        Access(2, "alice", UserRole.SALES).require(Permission.EXPORT)


def test_slips_are_free_then_each_failure_doubles_the_wait_up_to_five_minutes():
    assert [wait_after(n).total_seconds() for n in range(7)] == [0, 0, 0, 1, 2, 4, 8]
    assert wait_after(40) == LONGEST_WAIT
    last = datetime(2026, 3, 15, 10, 0)
    assert next_attempt_at(2, last) is None
    assert next_attempt_at(5, last) == last + timedelta(seconds=4)


def test_passwords_are_salted_argon2id_hashes():
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first.startswith("$argon2id$") and first != second
    assert password_matches(first, "correct horse")
    assert not password_matches(first, "correct house")
    assert not password_matches(None, "correct horse")
    assert not password_matches("not a hash", "correct horse")
    with pytest.raises(ValueError, match="8 characters"):
        hash_password("short")


@pytest.mark.parametrize(
    ("masked", "shown"),
    [
        (mask_number("13800138000"), "138****8000"),
        (mask_number("110101199003071234"), "110***********1234"),
        (mask_number("6123"), "**23"),
        (mask_email("zhang.san@example.com"), "z***@example.com"),
        (mask_email("no-at-sign"), "no-***sign"),
    ],
)
def test_masks_keep_enough_to_recognise_not_to_call(masked, shown):
    assert masked == shown


def test_a_row_has_only_its_personal_cells_masked():
    mask = masked_row(["code", "name", "mobile", "email", "notes"])
    row = ["C0001", "张三", "13800138000", None, "13800138000"]
    assert mask(row) == ["C0001", "张三", "138****8000", None, "13800138000"]
