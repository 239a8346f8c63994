from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT

from crmdesk.core.pinyin import pinyin_keys


def _by_pypinyin(text: str) -> str:
    converted = lazy_pinyin(text, style=Style.NORMAL, errors="default")
    return "".join(word.lower() for item in converted for word in item.split())


def test_chinese_name_gives_full_pinyin_and_initials():
    assert pinyin_keys("张三") == ("zhangsan", "zs")


def test_latin_and_mixed_names_pass_through():
    assert pinyin_keys("Acme Ltd") == ("acmeltd", "al")
    assert pinyin_keys("王Tony") == ("wangtony", "wt")


def test_phrases_take_their_phrase_reading():
    assert pinyin_keys("重庆银行有限公司") == ("chongqingyinhangyouxiangongsi", "cqyhyxgs")
    assert pinyin_keys("长城") == ("changcheng", "cc")


_PHRASES = sorted(PHRASES_DICT)
_CHARACTERS = "张王李赵钱孙伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂行长重乐还和大都了的地得"


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from(_PHRASES) | st.sampled_from(_CHARACTERS) | st.text(" AbZ-3", max_size=3),
        min_size=1,
        max_size=5,
    ).map("".join)
)
def test_names_are_read_as_pypinyin_reads_them(name):
    """Names read a character at a time must read as pypinyin's phrase matching does,
    wherever the phrases it knows fall in them."""
    assert pinyin_keys(name)[0] == _by_pypinyin(name)


def test_people_and_company_names_are_read_as_pypinyin_reads_them():
    from faker import Faker

    fake = Faker("zh_CN")
    fake.seed_instance(7)
    names = [fake.name() for _ in range(1000)] + [fake.company() for _ in range(1000)]
    assert [pinyin_keys(name)[0] for name in names] == [_by_pypinyin(name) for name in names]
