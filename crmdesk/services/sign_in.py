"""Signing in, when sign-in is on: the user's password, at the pace core.sign_in sets."""

from datetime import datetime
from math import ceil

from crmdesk.core.errors import SignInRequired
from crmdesk.core.messages import Message
from crmdesk.core.sign_in import next_attempt_at, password_matches
from crmdesk.storage.database import Database
from crmdesk.storage.users import UserRecord, record_sign_in, sign_in_state

WRONG = "wrong user name or password"


def authenticate(db: Database, username: str, password: str | None, now: datetime) -> UserRecord:
    """The user, if ``password`` is theirs. A failure is counted, and attempts that come
    before the wait it earned are refused unchecked (SignInRequired says how long)."""
    with db.read() as session:
        state = sign_in_state(session, username)
    if state is not None:
        allowed_at = next_attempt_at(state.failures, state.last_failure)
        if allowed_at is not None and now < allowed_at:
            seconds = ceil((allowed_at - now).total_seconds())
            raise SignInRequired(
                f"too many failed sign-ins as {username}: try again in {seconds} s", seconds
            )
    if password is None:
        raise SignInRequired(Message("sign-in is on: give your user name and password"))
    if password_matches(state.password_hash if state else None, password):
        if state.failures:
            with db.write() as session:
                record_sign_in(session, state.user.id, None)
        return state.user
    if state is not None:
        with db.write() as session:
            record_sign_in(session, state.user.id, now)
    raise SignInRequired(WRONG)
