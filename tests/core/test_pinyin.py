from crmdesk.core.pinyin import pinyin_keys


def test_chinese_name_gives_full_pinyin_and_initials():
    assert pinyin_keys("张三") == ("zhangsan", "zs")


def test_latin_and_mixed_names_pass_through():
    assert pinyin_keys("Acme Ltd") == ("acmeltd", "al")
    assert pinyin_keys("王Tony") == ("wangtony", "wt")


def test_phrases_take_their_phrase_reading():
    assert pinyin_keys("重庆银行") == ("chongqingyinhang", "cqyh")
    assert pinyin_keys("长城") == ("changcheng", "cc")


def test_names_read_character_by_character_agree_with_pypinyin_on_every_phrase_it_knows():
    """Names whose characters each have one reading skip pypinyin's phrase matching;
    no phrase in its dictionary may read such characters otherwise."""
    from pypinyin import Style, lazy_pinyin
    from pypinyin.phrases_dict import phrases_dict

    disagreeing = [
        phrase
        for phrase in phrases_dict
        if pinyin_keys(phrase)[0] != "".join(lazy_pinyin(phrase, style=Style.NORMAL))
    ]
    assert disagreeing == []
