"""Passwords and the pace of sign-in attempts.

Passwords are kept as argon2id hashes with OWASP's parameters (19 MiB, 2 passes, one
lane: ~60 ms here), so a stolen database file does not give them away cheaply. After
a few failures in a row each further attempt must wait twice as long as the last,
up to five minutes: guessing becomes hopeless, a typing slip costs nothing.
"""

from datetime import datetime, timedelta
from functools import cache

from crmdesk.core.messages import Message

MIN_PASSWORD_LENGTH = 8
FREE_ATTEMPTS = 3
LONGEST_WAIT = timedelta(minutes=5)


# Both made on first need: a start without sign-in pays neither the import nor a hash.
@cache
def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


@cache
def _decoy() -> str:
    """Checked against when the user name is unknown, so that a wrong name takes as
    long as a wrong password and does not tell which names exist."""
    return _hasher().hash("not anyone's password")


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(Message("a password needs at least %1 characters", MIN_PASSWORD_LENGTH))
    return _hasher().hash(password)


def password_matches(stored_hash: str | None, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored_hash or _decoy(), password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def wait_after(failures: int) -> timedelta:
    """How long the next attempt must wait after ``failures`` failures in a row."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return min(timedelta(seconds=2 ** (failures - FREE_ATTEMPTS)), LONGEST_WAIT)


def next_attempt_at(failures: int, last_failure: datetime | None) -> datetime | None:
    """When the next attempt is allowed; None when it is allowed at once."""
    wait = wait_after(failures)
    if not wait or last_failure is None:
        return None
    return last_failure + wait
