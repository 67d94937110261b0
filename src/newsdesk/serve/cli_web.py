"""Reader commands: ``newsdesk admin NAME`` makes an account an admin (the first account
registered is one already)."""

from __future__ import annotations


def cmd_admin(args, ctx) -> int:
    user = ctx.store.set_admin(args.name, not args.revoke)
    print(f"{user['name']} is {'an admin' if user['is_admin'] else 'no longer an admin'}")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("admin", parents=[common], help="make a reader account an admin "
                       "(can hide comments and manage feeds)")
    p.add_argument("name", help="the account's name")
    p.add_argument("--revoke", action="store_true", help="take the admin right away instead")
    p.set_defaults(func=cmd_admin)
