"""What to do after a request to the site failed: the retry policy of DESIGN.md section 4.

Pure decisions, no I/O, so the rules are tested on their own:

* 401 (credentials refused) pauses the whole site until the user gives a new password;
* 403 for a known account (the role may not do this) fails that operation with WordPress's words;
* 404 on an update or delete of a post means it was deleted on the site: the user decides;
* 400 fails the operation with WordPress's own message;
* 429 and 503 wait as long as ``Retry-After`` says;
* other 5xx, network faults and garbled answers back off exponentially with jitter;
* a write whose outcome is unknown is reconciled with the site before it is sent again.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import StrEnum

from editor_app.core.sync.errors import (
    AuthRejected,
    BadRequest,
    CmsError,
    Forbidden,
    NotFoundRemote,
    OutcomeUnknown,
    RateLimited,
    ServerError,
    SiteUnreachable,
    UnexpectedResponse,
)

BACKOFF_BASE_S = 2.0
BACKOFF_CAP_S = 15 * 60.0
MAX_ATTEMPTS = 8  # then the operation is failed and shown to the user
DEFAULT_RETRY_AFTER_S = 30.0


class Action(StrEnum):
    RETRY = "retry"  # send again after `delay`
    RECONCILE = "reconcile"  # may have been applied: look on the site before sending again
    PAUSE_SITE = "pause"  # credentials refused: stop talking to this site
    FAIL = "fail"  # will not succeed by retrying; show `message`
    MISSING = "missing"  # the post or term is gone from the site; ask the user


@dataclass(frozen=True)
class Decision:
    action: Action
    delay: float = 0.0
    message: str = ""
    offline: bool = False  # the site could not be reached at all


def backoff_delay(attempts: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with "equal jitter": half fixed, half random, so retries of many
    clients spread out without ever dropping to zero."""
    rng = rng or random.Random()
    ceiling = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** max(0, attempts - 1))
    return ceiling / 2 + rng.uniform(0, ceiling / 2)


def decide(error: Exception, *, attempts: int, is_update: bool = False, rng: random.Random | None = None) -> Decision:
    """The decision after the `attempts`-th failed try (1 for the first failure)."""
    text = str(error)
    if isinstance(error, AuthRejected):
        return Decision(Action.PAUSE_SITE, message=f"the site refused this account's credentials ({text})")
    if isinstance(error, Forbidden):
        return Decision(Action.FAIL, message=f"this account may not do that on the site: {error.message}")
    if isinstance(error, NotFoundRemote):
        if is_update:
            return Decision(Action.MISSING, message="deleted on the site")
        return Decision(Action.FAIL, message=f"not found on the site: {error.message}")
    if isinstance(error, RateLimited):
        wait = error.retry_after if error.retry_after is not None else DEFAULT_RETRY_AFTER_S
        return _retry_or_fail(Action.RETRY, max(0.0, wait), attempts, f"the site asked to wait: {text}")
    if isinstance(error, BadRequest):
        return Decision(Action.FAIL, message=f"the site refused it: {error.message}")
    if isinstance(error, CmsError) and error.may_have_applied:
        # OutcomeUnknown, or a 5xx / garbled answer to a write: it may have happened.
        return _retry_or_fail(Action.RECONCILE, backoff_delay(attempts, rng), attempts, text)
    if isinstance(error, SiteUnreachable):
        return Decision(Action.RETRY, backoff_delay(attempts, rng), f"the site could not be reached: {text}", True)
    if isinstance(error, (ServerError, OutcomeUnknown, UnexpectedResponse)):
        return _retry_or_fail(Action.RETRY, backoff_delay(attempts, rng), attempts, text)
    return Decision(Action.FAIL, message=f"{type(error).__name__}: {text}")


def _retry_or_fail(action: Action, delay: float, attempts: int, message: str) -> Decision:
    if attempts >= MAX_ATTEMPTS:
        return Decision(Action.FAIL, message=f"gave up after {attempts} tries: {message}")
    return Decision(action, delay, message)
