"""Signing in from the command line, and `crmdesk user …` to manage who may.

With sign-in on, a command acts as ``--user`` (default: the system login) with the
password in CRMDESK_PASSWORD, or typed at the prompt when there is a terminal.
"""

import argparse
import getpass
import os
import sys

from crmdesk.core.enums import UserRole

PASSWORD_VARIABLE = "CRMDESK_PASSWORD"
ROLES = [role.value for role in UserRole]


def add_sign_in_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=f"who signs in when sign-in is on (the password: {PASSWORD_VARIABLE}, or asked for)",
    )


def add_user_commands(commands) -> None:
    user = commands.add_parser("user", help="list, add and change users (administrators)")
    actions = user.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="every user with role and whether they can sign in")
    add = actions.add_parser(
        "add", help="add a user; an administrator with a password turns sign-in on"
    )
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, default=UserRole.SALES.value)
    add.add_argument("--display-name", help="the name shown (default: NAME)")
    add.add_argument("--no-password", action="store_true", help="an owner who cannot sign in")
    for action, helptext in (
        ("password", "set a user's password"),
        ("disable", "stop a user signing in (their records stay theirs)"),
        ("enable", "let a disabled user sign in again"),
    ):
        actions.add_parser(action, help=helptext).add_argument("name")
    role = actions.add_parser("role", help="change a user's role")
    role.add_argument("name")
    role.add_argument("role", choices=ROLES)
    for parser in (add, actions.choices["password"]):
        parser.add_argument(
            "--password-stdin", action="store_true", help="read the new password from stdin"
        )


def signed_in_services(target: str, args: argparse.Namespace, **options):
    from crmdesk.services.app_services import open_services

    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None and args.user and sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.user}: ")
    return open_services(target, username=args.user, password=password, **options)


def run_user_command(target: str, args: argparse.Namespace) -> int:
    services = signed_in_services(target, args)
    try:
        users = services.users
        if args.action == "list":
            for user in users.all():
                can = "signs in" if user.has_password else "no password"
                state = "" if user.active else ", disabled"
                print(f"{user.username:<20} {user.role.value:<10} {can}{state}")
            return 0
        if args.action == "add":
            password = None if args.no_password else _new_password(args)
            role = UserRole(args.role)
            added = users.add(args.name, args.display_name or args.name, role, password)
            print(f"Added {added.username} ({added.role.value})")
            if role is UserRole.ADMIN and password and users.sign_in_is_on():
                print("Sign-in is on: everyone now signs in with a user name and password")
            return 0
        user_id = _user_id(users, args.name)
        if args.action == "role":
            users.set_role(user_id, UserRole(args.role))
        elif args.action == "password":
            users.set_password(user_id, _new_password(args))
        else:
            users.set_active(user_id, args.action == "enable")
        print(f"{args.name}: done")
        return 0
    finally:
        services.close()


def _user_id(users, name: str) -> int:
    found = [user.id for user in users.all() if user.username == name]
    if not found:
        raise ValueError(f"there is no user named {name}")
    return found[0]


def _new_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise ValueError("give the new password with --password-stdin")
    first = getpass.getpass(f"New password for {args.name}: ")
    if getpass.getpass("Again: ") != first:
        raise ValueError("the two passwords differ")
    return first
