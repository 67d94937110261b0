"""CPU priority of batch work (ingest, analysis workers, reanalyze).

The reader and the ingest often share one machine. Batch work runs at a lower priority
(a higher niceness, the ``ingest_nice`` setting), so a page request gets a core as soon as it
needs one and ingest takes whatever CPU is left; on an idle machine ingest is as fast as before.
"""

from __future__ import annotations

import os


def lower_priority(niceness: int) -> int:
    """Raise this process's niceness to ``niceness`` (0-19), never lowering it; returns the
    niceness now in effect. Children started afterwards inherit it."""
    target = max(0, min(19, int(niceness)))
    try:
        current = os.getpriority(os.PRIO_PROCESS, 0)
        if current < target:
            os.setpriority(os.PRIO_PROCESS, 0, target)
            return target
        return current
    except (AttributeError, OSError):  # not POSIX, or not allowed: run as is
        return 0
