"""Errors the core raises for the CLI and the UI to turn into messages.

Each carries a message meant for the user: it says what went wrong and where.
`exit_code` follows the command-line contract: 1 operation failed, 2 bad usage or input, 3 conflicts.
"""

from __future__ import annotations


class CopydeskError(Exception):
    """Base of every error the core reports to users."""

    exit_code = 1


class InvalidInput(CopydeskError):
    """Something the user gave cannot be used (a bad value, a malformed file)."""

    exit_code = 2


class BylineChoiceNeeded(InvalidInput):
    """The byline has nowhere to go on this site unless the user chooses: top of the story or none.
    Here, not beside publishing, so the window can tell it apart without loading the sync layer."""

    def __init__(self, byline: str, message: str) -> None:
        super().__init__(message)
        self.byline = byline


class ChecksFailed(CopydeskError):
    """The pre-publish checks found something: `findings` (core.prepublish.Finding) says what.
    ``blocked`` when one of them blocks; otherwise only warnings, which the user may accept."""

    exit_code = 1

    def __init__(self, findings: list, message: str) -> None:  # list[Finding]; typed loosely to keep errors light
        super().__init__(message)
        self.findings = list(findings)
        self.blocked = any(getattr(f, "blocking", False) for f in self.findings)


class NotFound(CopydeskError):
    """An article, term, revision or site that does not exist."""

    exit_code = 1


class StoreError(CopydeskError):
    """The store file cannot be used; the file is never touched when this is raised."""

    exit_code = 2

    def __init__(self, message: str, path: object = None) -> None:
        super().__init__(message)
        self.path = path


class StoreCorrupt(StoreError):
    """The file is not SQLite, is truncated or fails its integrity check."""


class StoreTooNew(StoreError):
    """The store was written by a newer Copydesk whose schema this version does not know."""


class StoreLocked(StoreError):
    """Another process holds the store longer than the busy timeout."""

    exit_code = 1


class StoreWriteFailed(CopydeskError):
    """A save did not reach the store file; the store still holds what it held before.

    `reason` is one of "full", "read-only", "permission" or "io", for callers that react to
    the kind of failure (autosave retries a full disk once space may have returned)."""

    exit_code = 1
    reason = "io"

    def __init__(self, message: str, path: object = None) -> None:
        super().__init__(message)
        self.path = path


class StoreFull(StoreWriteFailed):
    """The disk (or the user's quota) holding the store is full."""

    reason = "full"


class StoreReadOnly(StoreWriteFailed):
    """The store file, its folder or its file system cannot be written."""

    reason = "read-only"


class ConflictsPending(CopydeskError):
    """Conflicts need a person's decision before the operation can go on."""

    exit_code = 3
