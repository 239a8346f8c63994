"""Pinyin keys for Chinese names: "张三" → ("zhangsan", "zs"), used to sort and search."""

from functools import cache, lru_cache


@cache
def _lazy_pinyin():
    # pypinyin loads large dictionaries; only pay for them when a name is written.
    from pypinyin import Style, lazy_pinyin

    return lambda text, style: lazy_pinyin(text, style=style, errors="default"), Style


@lru_cache(maxsize=1 << 16)  # lists repeat names: 100 000 imported held 63 000
def pinyin_keys(text: str) -> tuple[str, str]:
    """Return (full pinyin, initials), lower case, without spaces.

    Latin text passes through unchanged, so "Acme Ltd" sorts as "acmeltd".
    """
    convert, style = _lazy_pinyin()
    # Chinese comes back a syllable per item; Latin runs as one item, split into words.
    words = [w.lower() for item in convert(text, style.NORMAL) for w in item.split()]
    return "".join(words), "".join(w[0] for w in words if w[0].isalnum())
