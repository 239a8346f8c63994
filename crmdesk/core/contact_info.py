"""Phone and e-mail checks, with messages a user can act on."""

from collections.abc import Iterable
from functools import lru_cache

from crmdesk.core.errors import FieldError

# The validators load their metadata on first use, not at start-up.

DEFAULT_REGION = "CN"
CHINA = "+86"


def normalize_phone(raw: str, region: str = DEFAULT_REGION) -> str:
    """Return the number in a stored form (E.164 for valid numbers), or raise ValueError.

    Accepts mobiles, landlines with area codes (010-12345678), +86 and foreign numbers.
    """
    import phonenumbers

    text = raw.strip()
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"{text!r} is not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"{text!r} is not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_email(raw: str) -> str:
    """Return the normalised address (internationalised domains allowed), or raise ValueError."""
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(raw.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(str(exc)) from exc


@lru_cache(maxsize=8192)
def display_phone(stored: str | None) -> str:
    """A stored E.164 number as people write it: Chinese numbers in national form
    (138 0013 8000, 010 1234 5678, 0755 8765 4321), others internationally
    (+44 20 7946 0958). Chinese numbers, most of any list, skip the phone library."""
    if not stored:
        return ""
    if stored.startswith(CHINA) and stored[3:].isdigit():
        national = stored[3:]
        if len(national) == 11 and national[0] == "1":  # mobile: 3-4-4
            return f"{national[:3]} {national[3:7]} {national[7:]}"
        # landline: two-digit area codes are 10 and 2x, the rest three digits
        area = 2 if national[0] in "12" else 3
        subscriber = national[area:]
        if len(subscriber) in (7, 8):
            split = len(subscriber) - 4
            return f"0{national[:area]} {subscriber[:split]} {subscriber[split:]}"
    import phonenumbers

    try:
        number = phonenumbers.parse(stored, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return stored
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == DEFAULT_REGION
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def normalize_reachability(
    values: dict[str, object], phone_fields: Iterable[str], errors: list[FieldError]
) -> None:
    """Normalise the phone fields and the e-mail in ``values`` in place; each one that
    is wrong adds a FieldError naming it."""
    checks = [(name, normalize_phone) for name in phone_fields] + [("email", normalize_email)]
    for name, normalize in checks:
        if values.get(name):
            try:
                values[name] = normalize(values[name])
            except ValueError as exc:
                errors.append(FieldError(name, str(exc)))
