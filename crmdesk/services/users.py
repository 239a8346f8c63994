"""Users, roles and passwords (administrators), and sharing a customer with a colleague.

Creating an administrator with a password switches sign-in on for everyone; the last
such administrator cannot be demoted, deactivated or left without a password, so no
one is ever locked out of their own database.
"""

from crmdesk.core.access import Permission
from crmdesk.core.changes import ChangeSet, Entity
from crmdesk.core.enums import AuditAction, UserRole
from crmdesk.core.errors import DomainError, FieldError, ValidationError
from crmdesk.core.messages import Message
from crmdesk.core.sign_in import hash_password, password_matches
from crmdesk.services.context import ServiceContext
from crmdesk.storage import customers, users
from crmdesk.storage.users import UserRecord

__all__ = ["UserRecord", "UserService"]

_LAST_ADMIN = "the last administrator who can sign in must stay one (sign-in is on)"


def _hashed(password: str) -> str:
    try:
        return hash_password(password)
    except ValueError as short:
        raise ValidationError([FieldError("password", str(short))]) from short


class UserService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    @property
    def me(self) -> UserRecord:
        return self._ctx.actor

    def sign_in_is_on(self) -> bool:
        return self._ctx.reading(users.sign_in_is_on)

    def all(self) -> list[UserRecord]:
        self._ctx.require(Permission.MANAGE_USERS)
        return self._ctx.reading(users.all_users)

    def add(
        self, username: str, display_name: str, role: UserRole, password: str | None
    ) -> UserRecord:
        username = username.strip()
        if not username:
            raise ValidationError([FieldError("username", Message("a user name is needed"))])
        hashed = _hashed(password) if password else None
        with self._ctx.writing(Permission.MANAGE_USERS) as session:
            added = users.add_user(
                session, username, display_name.strip() or username, role, hashed
            )
            created = {"username": (None, username), "role": (None, role)}
            self._ctx.audit(session).record(Entity.USER, added.id, AuditAction.CREATE, created)
        return added

    def set_role(self, user_id: int, role: UserRole) -> UserRecord:
        return self._change(user_id, role=role)

    def set_active(self, user_id: int, active: bool) -> UserRecord:
        return self._change(user_id, active=active)

    def set_password(self, user_id: int, password: str) -> UserRecord:
        return self._change(user_id, password_hash=_hashed(password))

    def change_my_password(self, current: str, new: str) -> None:
        """Any role may change its own password, knowing the current one."""
        with self._ctx.db.write() as session:
            state = users.sign_in_state(session, self._ctx.actor.username)
            if state is None or not password_matches(state.password_hash, current):
                raise DomainError(Message("the current password is wrong"))
            users.change_user(session, state.user.id, password_hash=_hashed(new))
            self._ctx.audit(session).record(
                Entity.USER, state.user.id, AuditAction.UPDATE, {"password": ("…", "…")}
            )

    def _change(self, user_id: int, **values: object) -> UserRecord:
        with self._ctx.writing(Permission.MANAGE_USERS) as session:
            sign_in_was_on = users.sign_in_is_on(session)
            before = users.get_user(session, user_id)
            changed = users.change_user(session, user_id, **values)
            if sign_in_was_on and not users.active_admins_with_password(session):
                raise DomainError(_LAST_ADMIN)  # rolls the change back
            shown = {
                name: (getattr(before, name), getattr(changed, name))
                for name in ("role", "active")
                if name in values
            }
            if "password_hash" in values:
                shown["password"] = ("…", "…")  # that it changed, never the hash
            self._ctx.audit(session).record(Entity.USER, user_id, AuditAction.UPDATE, shown)
        return changed

    # sharing

    def shared_with(self, customer_id: int) -> list[UserRecord]:
        with self._ctx.db.read() as session:
            customers.load(session, customer_id)  # refuses a customer the user cannot see
            return users.shared_with(session, customer_id)

    def share(self, customer_id: int, user_ids: list[int]) -> ChangeSet:
        """Share the customer with exactly ``user_ids`` (besides its owner)."""
        with self._ctx.writing() as session:
            customers.load(session, customer_id)
            before = {u.id for u in users.shared_with(session, customer_id)}
            for user_id in set(user_ids) - before:
                users.share_customer(session, customer_id, user_id)
            for user_id in before - set(user_ids):
                users.unshare_customer(session, customer_id, user_id)
            after = sorted(set(user_ids))
            if set(after) != before:
                self._ctx.audit(session).record(
                    Entity.CUSTOMER,
                    customer_id,
                    AuditAction.UPDATE,
                    {"shared_with": (sorted(before), after)},
                )
        return ChangeSet.of(Entity.CUSTOMER, [customer_id])
