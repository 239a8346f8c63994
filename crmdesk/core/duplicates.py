"""When two customer files are probably the same party (domain.md §1: one record per
party; duplicates are merged, not kept)."""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import opencc

# Legal forms that say nothing about who the party is, as they read once folded.
_LEGAL_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团",
    "公司",
    "companylimited",
    "colimited",
    "coltd",
    "limited",
    "ltd",
    "incorporated",
    "inc",
    "corporation",
    "corp",
    "company",
    "co",
    "gmbh",
    "llc",
    "plc",
)
_BRACKETED_GROUP = re.compile(r"\((集团|group)\)")


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def simplified(text: str) -> str:
    """Traditional characters as simplified ones: "華為" → "华为"."""
    return _converter("t2s").convert(text)


def traditional(text: str) -> str:
    """Simplified characters as traditional ones: "华为" → "華為"."""
    return _converter("s2t").convert(text)


def name_key(name: str) -> str:
    """The name in simplified characters with width, case, punctuation and legal form
    removed: "华为技术(集团)股份有限公司" and "華為技術有限公司" both give "华为技术";
    "ACME Trading Co., Ltd." and "Acme Trading Ltd" both give "acmetrading"."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = _BRACKETED_GROUP.sub("", simplified(folded))
    key = "".join(c for c in folded if c.isalnum())
    stripped = True
    while stripped:
        stripped = False
        for suffix in _LEGAL_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix):
                key = key[: -len(suffix)]
                stripped = True
    return key


@dataclass(frozen=True)
class DuplicateHint:
    customer_id: int
    code: str
    name: str
    reason: str  # "phone", "email" or "name"
