"""Pinyin keys for Chinese names: "张三" → ("zhangsan", "zs"), used to sort and search.

pypinyin reads a text by splitting it into the phrases it knows (银行 yinhang, 重庆
chongqing) and reading the rest character by character. Most names contain no phrase
read otherwise than its characters alone, so they are read a character at a time from
cached readings: importing 63 000 distinct names took 4.4 s through pypinyin alone.
The others are split as pypinyin splits them, and each piece's reading is cached, since
company names share their pieces (有限公司, 银行, 重庆).
"""

from collections.abc import Callable, Container
from functools import cache, lru_cache
from typing import NamedTuple


class _Pypinyin(NamedTuple):
    read: Callable[[str], tuple[str, ...]]  # a syllable per Chinese character
    pieces: Callable[[str], list[str]]  # the text split as pypinyin reads it
    phrases: Container[str]
    characters: Container[int]  # the code points it has a reading for
    beginnings: Container[str]  # every beginning of a phrase


@cache
def _pypinyin() -> _Pypinyin:
    # pypinyin loads large dictionaries; only pay for them when a name is written.
    from pypinyin import Style
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
    from pypinyin.core import Pinyin

    reader = Pinyin()

    @lru_cache(maxsize=1 << 16)
    def read(text: str) -> tuple[str, ...]:
        return tuple(reader.lazy_pinyin(text, style=Style.NORMAL, errors="default"))

    # The beginnings let a search for phrases in a name stop early.
    beginnings = {phrase[:end] for phrase in PHRASES_DICT for end in range(2, len(phrase))}
    return _Pypinyin(read, reader.seg, PHRASES_DICT, PINYIN_DICT, beginnings)


@cache
def _reading(char: str) -> str | None:
    """How pypinyin reads the character alone; None for one it does not know."""
    dictionaries = _pypinyin()
    return dictionaries.read(char)[0] if ord(char) in dictionaries.characters else None


@cache
def _read_as_its_characters(phrase: str) -> bool:
    return _pypinyin().read(phrase) == tuple(_reading(char) for char in phrase)


def _character_readings(text: str) -> list[str] | None:
    """Each character's own reading, unless a character is unknown or some phrase in
    the text is read otherwise (then pypinyin must read it)."""
    readings = [_reading(char) for char in text]
    if None in readings:
        return None
    dictionaries = _pypinyin()
    for start in range(len(text) - 1):
        for end in range(start + 2, len(text) + 1):
            piece = text[start:end]
            if piece in dictionaries.phrases and not _read_as_its_characters(piece):
                return None
            if piece not in dictionaries.beginnings:
                break
    return readings


@lru_cache(maxsize=1 << 16)  # lists repeat names: 100 000 imported held 63 000
def pinyin_keys(text: str) -> tuple[str, str]:
    """Return (full pinyin, initials), lower case, without spaces.

    Latin text passes through unchanged, so "Acme Ltd" sorts as "acmeltd".
    """
    if text.isascii():
        words = text.lower().split()
    elif (readings := _character_readings(text)) is not None:
        words = readings
    else:
        # Chinese comes back a syllable per item; Latin runs as one item, split in words.
        dictionaries = _pypinyin()
        items = (item for piece in dictionaries.pieces(text) for item in dictionaries.read(piece))
        words = [word.lower() for item in items for word in item.split()]
    return "".join(words), "".join(w[0] for w in words if w[0].isalnum())
