"""Time in one place: the store keeps naive UTC; everything else uses aware datetimes."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Now in UTC, naive, as the store keeps it (microseconds kept for ordering)."""
    return datetime.now(UTC).replace(tzinfo=None)


def to_store(value: datetime | None) -> datetime | None:
    """Aware → naive UTC for the store; naive values are taken to be UTC already."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def from_store(value: datetime | str | None) -> datetime | None:
    """A store time → aware UTC: an ORM value, or the ISO text plain-SQL reads return."""
    if not value:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)


def parse_iso(value: str) -> datetime:
    """ISO 8601 with an offset or Z → aware UTC; a bare time is refused (its zone would be a guess)."""
    from editor_app.core.errors import InvalidInput

    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{value!r} is not an ISO 8601 date and time such as 2026-12-01T09:00+09:00") from None
    if parsed.tzinfo is None:
        raise InvalidInput(f"{value!r} has no time zone; add one, e.g. {value}Z or {value}+09:00")
    return parsed.astimezone(UTC)


def iso(value: datetime | None) -> str | None:
    """Aware or store-naive UTC → '2026-11-28T16:30:00Z'."""
    if value is None:
        return None
    value = to_store(value)
    assert value is not None
    return value.replace(microsecond=0).isoformat() + "Z"


def store_text(value: datetime) -> str:
    """A naive UTC time in the exact text form SQLAlchemy's SQLite DateTime stores, for hand-written SQL."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")
