"""Phone and e-mail checks, with messages a user can act on."""

# The validators load their metadata on first use, not at start-up.

DEFAULT_REGION = "CN"


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
