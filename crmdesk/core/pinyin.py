"""Pinyin keys for Chinese names: "张三" → ("zhangsan", "zs"), used to sort and search."""

from functools import cache


@cache
def _lazy_pinyin():
    # pypinyin loads large dictionaries; only pay for them when a name is written.
    from pypinyin import Style, lazy_pinyin

    return lambda text, style: lazy_pinyin(text, style=style, errors="default"), Style


def pinyin_keys(text: str) -> tuple[str, str]:
    """Return (full pinyin, initials), lower case, without spaces.

    Latin text passes through unchanged, so "Acme Ltd" sorts as "acmeltd".
    """
    convert, style = _lazy_pinyin()
    syllables = [s.lower() for s in convert(text, style.NORMAL) if s.strip()]
    full = "".join("".join(s.split()) for s in syllables)
    initials = "".join(s[0] for s in syllables if s[0].isalnum())
    return full, initials
