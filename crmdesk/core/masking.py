"""Masking personal fields in exports (phones, e-mail, ID numbers), by role.

Enough is kept to recognise a record (the start and end of a number, the first letter
and domain of an address), not enough to call or write to anyone.
"""

from collections.abc import Callable, Sequence

MASK = "*"


def mask_number(text: str) -> str:
    """13800138000 → 138****8000; short numbers keep only their last two characters."""
    keep_start, keep_end = (3, 4) if len(text) >= 9 else (0, min(2, len(text) // 2))
    hidden = len(text) - keep_start - keep_end
    return text[:keep_start] + MASK * hidden + text[len(text) - keep_end :]


def mask_email(text: str) -> str:
    """zhang.san@example.com → z***@example.com."""
    local, at, domain = text.partition("@")
    if not at:
        return mask_number(text)
    return f"{local[:1]}{MASK * 3}@{domain}"


PERSONAL_FIELDS: dict[str, Callable[[str], str]] = {
    "phone": mask_number,
    "mobile": mask_number,
    "email": mask_email,
    "id_number": mask_number,
}


def masked_row(
    keys: Sequence[str],
) -> Callable[[Sequence[object]], list[object]]:
    """A function that masks the personal cells of a row laid out as ``keys``."""
    maskers = [(i, PERSONAL_FIELDS[key]) for i, key in enumerate(keys) if key in PERSONAL_FIELDS]

    def mask(row: Sequence[object]) -> list[object]:
        cells = list(row)
        for index, masker in maskers:
            if cells[index] not in (None, ""):
                cells[index] = masker(str(cells[index]))
        return cells

    return mask
