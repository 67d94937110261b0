"""Looking after the database file: ``newsdesk backup``, ``newsdesk restore``, ``newsdesk check``.

Kept light at import, like the rest of the CLI: the store is imported when a command runs.
"""

from __future__ import annotations

import sys


def cmd_backup(args, ctx) -> int:
    from ..store.backup import backup_database

    size = backup_database(ctx.config.db, args.path, overwrite=args.force)
    print(f"backed up {ctx.config.db} to {args.path} ({size:,} bytes)")
    return 0


def cmd_restore(args, ctx) -> int:
    from ..store.backup import restore_database

    restore_database(args.path, ctx.config.db)
    print(f"restored {ctx.config.db} from {args.path}")
    return 0


def cmd_check(args, ctx) -> int:
    from ..errors import DatabaseFormatError
    from ..store.backup import inspect_database

    path = args.path or ctx.config.db
    problems = inspect_database(path)
    if problems:
        for problem in problems[1:]:
            print(f"problem: {problem}", file=sys.stderr)
        raise DatabaseFormatError(f"{path} failed its check: {problems[0]}")
    print(f"{path}: ok")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common], help="copy the database to a file while it "
                       "stays in use (SQLite online backup)")
    p.add_argument("path", metavar="PATH", help="backup file to write")
    p.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="replace the database by a backup "
                       "(checked first; all or nothing; stop 'serve' and 'run' first)")
    p.add_argument("path", metavar="PATH", help="backup file written by 'newsdesk backup'")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("check", parents=[common], help="check the database (or a backup) for "
                       "damage, without changing it")
    p.add_argument("path", metavar="PATH", nargs="?", help="file to check (default: the database)")
    p.set_defaults(func=cmd_check)
