from crmdesk.core.pinyin import pinyin_keys


def test_chinese_name_gives_full_pinyin_and_initials():
    assert pinyin_keys("张三") == ("zhangsan", "zs")


def test_latin_and_mixed_names_pass_through():
    assert pinyin_keys("Acme Ltd") == ("acmeltd", "al")
    assert pinyin_keys("王Tony") == ("wangtony", "wt")
