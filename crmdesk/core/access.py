"""Graded access (分级管理): what each role may do, and whose customers it sees.

The services ask an ``Access`` before they act; the storage layer narrows every query
to the customers a restricted user may see. Hiding a button is only a courtesy.
"""

from dataclasses import dataclass
from enum import StrEnum

from crmdesk.core.enums import UserRole
from crmdesk.core.errors import AccessDenied
from crmdesk.core.messages import Message


class Permission(StrEnum):
    SEE_ALL_CUSTOMERS = "see all customers"
    EDIT = "change records"
    IMPORT = "import"
    EXPORT = "export lists"
    EXPORT_PERSONAL = "export unmasked phones, e-mails and ID numbers"
    ANALYTICS = "see the analytics and reports"
    MERGE = "merge customers"
    ERASE = "erase customers for good"
    MANAGE_USERS = "manage users"
    SHARED_SETTINGS = "change the shared settings"
    BACK_UP = "back up and restore the database"


_MANAGER = frozenset(
    {
        Permission.SEE_ALL_CUSTOMERS,
        Permission.EDIT,
        Permission.IMPORT,
        Permission.EXPORT,
        Permission.ANALYTICS,
        Permission.MERGE,
    }
)

ROLE_PERMISSIONS: dict[UserRole, frozenset[Permission]] = {
    UserRole.ADMIN: frozenset(Permission),
    UserRole.MANAGER: _MANAGER,
    # Their own customers and those shared with them; no bulk export, no analytics
    # across the firm.
    UserRole.SALES: frozenset({Permission.EDIT}),
    UserRole.READ_ONLY: frozenset({Permission.SEE_ALL_CUSTOMERS, Permission.ANALYTICS}),
}


@dataclass(frozen=True)
class Access:
    """Who is acting, in which role; ``signed_in`` is False on a one-person install
    (sign-in off), where the one user may do everything."""

    user_id: int
    username: str
    role: UserRole
    signed_in: bool = True

    def allows(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.allows(permission):
            raise AccessDenied(
                Message("%1 (%2) may not %3", self.username, self.role.value, permission.value)
            )

    @property
    def sees_only_own(self) -> bool:
        """True when queries must be narrowed to this user's own and shared customers."""
        return not self.allows(Permission.SEE_ALL_CUSTOMERS)
