from dataclasses import replace
from datetime import date

import pytest

from crmdesk.core.customer import Customer, changed_fields, validated, validated_new
from crmdesk.core.enums import CustomerKind
from crmdesk.core.errors import ValidationError

TODAY = date(2026, 3, 15)


def person(**fields) -> Customer:
    return Customer(**{"kind": CustomerKind.INDIVIDUAL, "name": "张三", **fields})


def test_name_is_required_and_trimmed():
    with pytest.raises(ValidationError) as caught:
        validated(person(name="   "), TODAY)
    assert caught.value.fields() == {"name"}
    assert validated(person(name="  李四 "), TODAY).name == "李四"


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("13800138000", "+8613800138000"),
        ("+86 138 0013 8000", "+8613800138000"),
        ("010-12345678", "+861012345678"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_phones_are_normalised(raw, stored):
    assert validated(person(mobile=raw), TODAY).mobile == stored


def test_every_wrong_field_is_named_at_once():
    with pytest.raises(ValidationError) as caught:
        validated(person(mobile="12345", email="not-an-address", birthday=date(2030, 1, 1)), TODAY)
    assert caught.value.fields() == {"mobile", "email", "birthday"}
    assert "12345" in str(caught.value)


def test_internationalised_email_domains_are_allowed():
    assert validated(person(email="li@例子.中国"), TODAY).email == "li@例子.中国"


def test_fields_of_the_other_kind_are_refused():
    with pytest.raises(ValidationError) as caught:
        validated(person(industry="制造业", employees=10), TODAY)
    assert caught.value.fields() == {"industry", "employees"}
    org = Customer(kind=CustomerKind.ORGANIZATION, name="某公司", industry="制造业")
    assert validated(org, TODAY).industry == "制造业"


def test_scores_must_be_one_to_five():
    org = Customer(kind=CustomerKind.ORGANIZATION, name="某公司", relationship_closeness=6)
    with pytest.raises(ValidationError, match="relationship_closeness"):
        validated(org, TODAY)


def test_unknown_enum_value_is_refused_with_the_allowed_values():
    with pytest.raises(ValidationError, match="prospect"):
        validated(person(status="friendly"), TODAY)


def test_tags_are_trimmed_and_deduplicated_in_order():
    assert validated(person(tags=(" VIP", "展会", "VIP", "")), TODAY).tags == ("VIP", "展会")


@pytest.mark.parametrize(
    "fields",
    [
        {"name": " 王五 ", "mobile": "138 0013 8000", "tags": ("VIP", " VIP")},
        {"kind": "organization", "name": "某公司", "employees": 12, "code": "C-7"},
        {"name": "", "email": "not-an-address", "industry": "制造业"},
    ],
)
def test_a_new_file_from_field_values_is_validated_as_the_customer_made_of_them(fields):
    def outcome(validate, argument):
        try:
            return validate(argument, TODAY)
        except ValidationError as invalid:
            return invalid.errors

    assert outcome(validated_new, dict(fields)) == outcome(validated, Customer(**fields))


def test_qualified_lead_needs_money_authority_and_need():
    assert not person(man_money=True, man_authority=True).is_qualified_lead
    assert person(man_money=True, man_authority=True, man_need=True).is_qualified_lead


def test_changed_fields_lists_old_and_new():
    before = person(mobile="+8613800138000")
    after = replace(before, name="张三丰", mobile=None)
    assert changed_fields(before, after) == {
        "name": ("张三", "张三丰"),
        "mobile": ("+8613800138000", None),
    }
