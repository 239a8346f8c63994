import pytest

from crmdesk.core.duplicates import name_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("华为技术有限公司", "华为技术(集团)股份有限公司"),
        ("华为技术有限公司", "华为技术（集团）有限责任公司"),  # full-width brackets
        ("ACME Trading Co., Ltd.", "Acme Trading Ltd"),
        ("ＡＣＭＥ Ｔｒａｄｉｎｇ", "acme trading inc."),
        ("星河贸易", "星河 贸易 有限公司"),
    ],
)
def test_variants_of_one_name_share_a_key(one, other):
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(("one", "other"), [("华为技术", "华为终端"), ("Acme", "Acme Foods")])
def test_different_parties_keep_different_keys(one, other):
    assert name_key(one) != name_key(other)


def test_a_name_that_is_only_a_legal_form_keeps_it():
    assert name_key("Ltd") == "ltd"
    assert name_key("公司") == "公司"
