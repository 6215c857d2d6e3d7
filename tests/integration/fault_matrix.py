"""The fault matrix's table (not a test module): each case of test_fault_matrix.py adds a row,
and tests/integration/conftest.py prints the table at the end of the run."""

from __future__ import annotations

from dataclasses import dataclass

FAULTS = (
    "timeout before send",
    "timeout after send",
    "reset",
    "429 Retry-After",
    "500",
    "502",
    "503",
    "non-JSON body",
    "truncated body",
    "wrong password",
)
OPERATIONS = ("create", "update", "term", "media", "schedule", "cancel")


@dataclass(frozen=True)
class Row:
    operation: str
    fault: str
    first_sync: str  # what the sync that met the fault ended with
    syncs: int  # syncs until the outbox was empty
    sent: int  # requests of the faulted kind that reached the site
    verdict: str  # "ok" or what went wrong


ROWS: list[Row] = []


def table() -> list[str]:
    """Operations down, faults across; each cell: syncs needed / requests that reached the site,
    and `user` where a person had to act (a new password)."""
    if not ROWS:
        return []
    cells = {(r.operation, r.fault): r for r in ROWS}
    faults = [f for f in FAULTS if any(r.fault == f for r in ROWS)]
    width = max(len(f) for f in faults)
    lines = [
        "fault matrix (cell: ok|FAIL syncs/requests: syncs until the outbox was empty / requests of that "
        "kind that reached the site; 'user' = the person had to give a new password)",
        f"{'fault':<{width}}  " + "  ".join(f"{op:<14}" for op in OPERATIONS),
    ]
    for fault in faults:
        row = []
        for op in OPERATIONS:
            r = cells.get((op, fault))
            if r is None:
                row.append(f"{'–':<14}")
                continue
            mark = "ok" if r.verdict == "ok" else "FAIL"
            user = " user" if r.first_sync.startswith("paused") else ""
            row.append(f"{f'{mark} {r.syncs}/{r.sent}{user}':<14}")
        lines.append(f"{fault:<{width}}  " + "  ".join(row))
    failed = [r for r in ROWS if r.verdict != "ok"]
    for r in failed:
        lines.append(f"  FAIL {r.operation} / {r.fault}: {r.verdict}")
    return lines
