"""Pinyin keys for Chinese names: "张三" → ("zhangsan", "zs"), used to sort and search."""

from functools import cache, lru_cache

# pypinyin's phrase list reads 火燵 "huo ta", though the character alone reads "da".
_READ_OTHERWISE_IN_PHRASES = frozenset("燵")


@cache
def _pypinyin():
    # pypinyin loads large dictionaries; only pay for them when a name is written.
    from pypinyin import Style, lazy_pinyin, pinyin
    from pypinyin.pinyin_dict import pinyin_dict

    return lazy_pinyin, pinyin, Style.NORMAL, pinyin_dict


@cache
def _sole_reading(char: str) -> str | None:
    """The character's reading when all its readings are spelt alike without tones (张
    zhang, 中 zhong), so no neighbouring character can change it; else None (长 chang
    or zhang, 重 zhong or chong)."""
    _, pinyin, normal, known = _pypinyin()
    if ord(char) not in known or char in _READ_OTHERWISE_IN_PHRASES:
        return None
    readings = set(pinyin(char, style=normal, heteronym=True)[0])
    return readings.pop() if len(readings) == 1 else None


@lru_cache(maxsize=1 << 16)  # lists repeat names: 100 000 imported held 63 000
def pinyin_keys(text: str) -> tuple[str, str]:
    """Return (full pinyin, initials), lower case, without spaces.

    Latin text passes through unchanged, so "Acme Ltd" sorts as "acmeltd".
    """
    words = [_sole_reading(char) for char in text]
    if not words or None in words:
        # pypinyin reads phrases as a whole (银行 yinhang, 重庆 chongqing), ~15× slower.
        # Chinese comes back a syllable per item; Latin runs as one item, split in words.
        lazy_pinyin, _, normal, _ = _pypinyin()
        converted = lazy_pinyin(text, style=normal, errors="default")
        words = [word.lower() for item in converted for word in item.split()]
    return "".join(words), "".join(w[0] for w in words if w[0].isalnum())
