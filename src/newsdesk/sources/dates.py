"""Dates from any source to UTC ISO 8601."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime


def to_utc_iso(value) -> str | None:
    """ISO strings, RFC 822 dates, datetimes and struct_time to ``YYYY-MM-DDTHH:MM:SS+00:00``.

    A naive time is taken as UTC. Unparseable input gives None, never an error.
    """
    if value is None or value == "":
        return None
    dt = None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, (time.struct_time, int, float)):
        try:  # out-of-range fields and timestamps (1e20, NaN) are no date
            dt = (datetime(*value[:6], tzinfo=timezone.utc) if isinstance(value, time.struct_time)
                  else datetime.fromtimestamp(value, timezone.utc))
        except (OverflowError, ValueError, OSError):
            dt = None
    elif isinstance(value, str):
        s = value.strip()
        try:
            dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
        except ValueError:
            try:
                dt = parsedate_to_datetime(s)
            except (TypeError, ValueError, IndexError):
                dt = None
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    try:
        return dt.astimezone(timezone.utc).replace(microsecond=0).isoformat()
    except (OverflowError, ValueError):
        return None
