"""Finding likely duplicate files over the whole database (domain.md §1).

Never all pairs: files are grouped by blocking keys and only files sharing a key are
compared. A shared phone number or e-mail address is a duplicate outright. Names are
compared once folded (core.duplicates.name_key: simplified characters, width, case,
punctuation and legal form set aside):
- organisations: the same folded name, or a similar one among names that start with
  the same two characters: rapidfuzz ratio ≥ 90 and at most one character typed
  differently (a ratio alone pairs "Martin Manufacturing" with "Manning Manufacturing");
- people: the same folded name and the same birthday, or the same region when a
  birthday is missing (a name alone is not enough: 张伟 is a very common name).
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from crmdesk.core.duplicates import name_key
from crmdesk.core.enums import CustomerKind

SIMILAR_NAME = 90  # rapidfuzz ratio (0–100) from which two names count as similar
TYPOS = 1  # and at most this many characters added, dropped or changed
LARGEST_GROUP = 20  # more files sharing one phone or e-mail is a switchboard, not a person
_ROWS_PER_STEP = 2000  # rows of a block compared at once, to bound memory


@dataclass(frozen=True)
class PartyKeys:
    """What the finder needs of one file."""

    id: int
    name: str
    kind: CustomerKind
    phones: tuple[str, ...] = ()
    email: str | None = None
    birthday: date | None = None
    region: str | None = None


@dataclass
class DuplicatePair:
    first_id: int
    second_id: int
    score: int = 0  # 100 for a shared phone, e-mail or name; the name ratio otherwise
    reasons: set[str] = field(default_factory=set)  # "phone", "email", "name", "similar name"


@dataclass(frozen=True)
class FileRef:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class DuplicateMatch:
    """A pair as the user sees it."""

    first: FileRef
    second: FileRef
    score: int
    reasons: tuple[str, ...]


Progress = Callable[[int, int], None]  # (done, total); may raise to cancel


def find_duplicates(
    parties: Iterable[PartyKeys], progress: Progress = lambda done, total: None
) -> list[DuplicatePair]:
    """Likely duplicate pairs, strongest first."""
    finder = DuplicateFinder()
    for party in parties:
        finder.add(party)
    return finder.pairs(progress)


class DuplicateFinder:
    """Files go in one by one (``add``); ``pairs`` then compares within each block."""

    def __init__(self) -> None:
        self._exact: dict[tuple, list[int]] = defaultdict(list)  # key → ids
        self._org_blocks: dict[str, list[tuple[int, str]]] = defaultdict(list)

    def add(self, party: PartyKeys) -> None:
        for phone in party.phones:
            self._exact["phone", phone].append(party.id)
        if party.email:
            self._exact["email", party.email.casefold()].append(party.id)
        key = name_key(party.name)
        if not key:
            return
        if party.kind == CustomerKind.ORGANIZATION:
            self._exact["name", key].append(party.id)
            self._org_blocks[key[:2]].append((party.id, key))
        elif party.birthday is not None:
            self._exact["name", key, party.birthday].append(party.id)
        else:
            self._exact["name", key, party.region].append(party.id)

    def pairs(self, progress: Progress) -> list[DuplicatePair]:
        found: dict[tuple[int, int], DuplicatePair] = {}

        def note(a: int, b: int, reason: str, score: int) -> None:
            pair = found.setdefault((min(a, b), max(a, b)), DuplicatePair(min(a, b), max(a, b)))
            pair.reasons.add(reason)
            pair.score = max(pair.score, score)

        for (reason, *_), ids in self._exact.items():
            if 1 < len(ids) <= LARGEST_GROUP or (reason == "name" and len(ids) > 1):
                for a, b in _all_pairs(ids):
                    note(a, b, reason, 100)
        blocks = list(self._org_blocks.values())
        for done, block in enumerate(blocks):
            progress(done, len(blocks))
            for a, b, score in _similar_names(block):
                note(a, b, "similar name", score)
        progress(len(blocks), len(blocks))
        return sorted(
            found.values(), key=lambda p: (-p.score, -len(p.reasons), p.first_id, p.second_id)
        )


def _all_pairs(ids: list[int]) -> Iterator[tuple[int, int]]:
    unique = sorted(set(ids))
    for i, a in enumerate(unique):
        for b in unique[i + 1 :]:
            yield a, b


def _similar_names(block: list[tuple[int, str]]) -> Iterator[tuple[int, int, int]]:
    """Pairs in one block whose folded names are similar but not the same."""
    if len(block) < 2:
        return
    # Imported here: the finder's types are needed at every start, the matching rarely.
    import numpy as np
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import Levenshtein

    ids = [i for i, _ in block]
    keys = [k for _, k in block]
    for start in range(0, len(keys), _ROWS_PER_STEP):
        scores = process.cdist(
            keys[start : start + _ROWS_PER_STEP],
            keys,
            scorer=fuzz.ratio,
            score_cutoff=SIMILAR_NAME,
            dtype=np.uint8,
        )
        for row, column in zip(*np.nonzero(scores), strict=True):
            a, b = start + int(row), int(column)
            if a < b and 0 < Levenshtein.distance(keys[a], keys[b], score_cutoff=TYPOS) <= TYPOS:
                yield ids[a], ids[b], int(scores[row, column])
