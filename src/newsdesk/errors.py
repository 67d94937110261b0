"""The one error tree of newsdesk.

    NewsdeskError                 every error we raise on purpose; str() is one line for users
    ├── ConfigError               a bad setting or environment variable
    ├── StoreError                the database cannot be opened or used
    │   └── DatabaseFormatError   the file is not a newsdesk database (or is corrupt)
    ├── InputError                an input we cannot use (file, feed, page, record)
    │   ├── EmptyInputError       nothing there (empty file, HTML with no article)
    │   ├── UnsupportedInputError binary or unknown content
    │   └── ParseError            the content is ill-formed beyond repair
    ├── FetchError                fetching a URL failed
    │   ├── BlockedURLError       the URL is refused (scheme, private address, robots.txt)
    │   ├── TooLargeError         the body is over the size limit
    │   └── HTTPStatusError       the server answered with an error status
    ├── NotFoundError             no such article, story, feed, entity
    └── ModelMissingError         an NLP or embedding model is not installed

The CLI maps these to exit codes (``EXIT_CODES``); the web maps them to status codes
(``HTTP_STATUS``). Each class has a ``hint`` saying how to fix it, where we know one.
"""

from __future__ import annotations


class NewsdeskError(Exception):
    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def one_line(self) -> str:
        text = " ".join(str(self).split())
        if self.hint:
            text += f" ({self.hint})"
        return text


class ConfigError(NewsdeskError):
    pass


class StoreError(NewsdeskError):
    pass


class DatabaseFormatError(StoreError):
    hint = "check the --db path or NEWSDESK_DB; restore from a backup if the file is damaged"


class InputError(NewsdeskError):
    pass


class EmptyInputError(InputError):
    pass


class UnsupportedInputError(InputError):
    pass


class ParseError(InputError):
    pass


class FetchError(NewsdeskError):
    pass


class BlockedURLError(FetchError):
    pass


class TooLargeError(FetchError):
    pass


class HTTPStatusError(FetchError):
    def __init__(self, message: str, *, status: int, hint: str | None = None):
        super().__init__(message, hint=hint)
        self.status = status


class NotFoundError(NewsdeskError):
    pass


class ModelMissingError(NewsdeskError):
    pass


# Most specific first: the first matching class wins.
EXIT_CODES: list[tuple[type[NewsdeskError], int]] = [
    (NotFoundError, 4),
    (InputError, 3),
    (FetchError, 5),
    (DatabaseFormatError, 6),
    (StoreError, 6),
    (ConfigError, 2),
    (ModelMissingError, 7),
    (NewsdeskError, 1),
]

HTTP_STATUS: list[tuple[type[NewsdeskError], int]] = [
    (NotFoundError, 404),
    (BlockedURLError, 400),
    (InputError, 400),
    (FetchError, 502),
    (ConfigError, 500),
    (NewsdeskError, 500),
]


def exit_code(error: NewsdeskError) -> int:
    return next(code for cls, code in EXIT_CODES if isinstance(error, cls))


def http_status(error: NewsdeskError) -> int:
    return next(code for cls, code in HTTP_STATUS if isinstance(error, cls))
