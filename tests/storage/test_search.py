from types import SimpleNamespace

import pytest

from crmdesk.storage.search import document, normalize, phone_forms


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("  张三 ", "张三"),
        ("ACME Ltd", "acme ltd"),
        ("１３８００１３", "1380013"),  # full-width digits
        ("138 0013-8000", "13800138000"),
        ("(010) 1234", "0101234"),
        ("+86 138", "86138"),
        ("Ｃ０００１２", "c00012"),
    ],
)
def test_terms_are_normalised_like_the_documents(typed, searched):
    assert normalize(typed) == searched


def test_phone_forms_cover_how_numbers_are_typed():
    assert phone_forms("+8613800138000") == ["8613800138000", "13800138000"]
    assert phone_forms("+861012345678") == ["861012345678", "01012345678"]
    assert phone_forms("+442079460958") == ["442079460958"]
    assert phone_forms(None) == []


def test_document_holds_customer_and_contacts():
    customer = SimpleNamespace(
        name="华为技术",
        code="C000001",
        name_pinyin="huaweijishu",
        name_initials="hwjs",
        email="Sales@Huawei.com",
        mobile="+8613800138000",
        phone=None,
    )
    contact = SimpleNamespace(
        name="李经理", name_pinyin="lijingli", mobile=None, phone="+861012345678"
    )
    text = document(customer, [contact])
    for part in (
        "华为技术",
        "c000001",
        "hwjs",
        "sales@huawei.com",
        "13800138000",
        "李经理",
        "lijingli",
        "01012345678",
    ):
        assert part in text
