"""Where a site's learned look lives: one folder per site in the desk's cache, and the user's choice.

A folder holds ``manifest.json`` (what was fetched, when, and what is missing), ``page.html`` (the
cleaned page), the two templates made from it and ``files/`` (stylesheets, fonts, images). A
refresh builds a new folder beside the old one and swaps it in only when complete, so a failed
refresh never leaves a half-learned look behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

LOOK_SCHEME = "copydesk-look"
MANIFEST = "manifest.json"
PAGE = "page.html"
TEMPLATE_FULL = "template-full.html"
TEMPLATE_COLUMN = "template-column.html"
FILES = "files"


def look_key(site_name: str) -> str:
    """A host-name-safe key for a site (it is the host part of the look's URLs)."""
    return "site-" + hashlib.sha256(site_name.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Missing:
    url: str
    reason: str


@dataclass(frozen=True)
class LookManifest:
    site: str
    site_url: str
    page_url: str
    fetched_at: str  # ISO 8601, UTC
    flavour: str  # "block", "classic" or "" when the page could not be understood
    files: dict[str, str] = field(default_factory=dict)  # original URL -> cached file name
    missing: tuple[Missing, ...] = ()
    problem: str = ""  # why the page cannot be worn; empty when it can
    lang_fonts: dict[str, str] = field(default_factory=dict)  # "ja"/"ko" -> the site's font family for it

    @property
    def fetched(self) -> datetime:
        return datetime.fromisoformat(self.fetched_at)

    def to_json(self) -> str:
        data = asdict(self)
        data["missing"] = [asdict(m) for m in self.missing]
        return json.dumps(data, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> LookManifest:
        data = json.loads(text)
        data["missing"] = tuple(Missing(**m) for m in data.get("missing", ()))
        return cls(**data)


class LookCache:
    """The looks of every site of one desk, under ``cache_dir/looks``."""

    def __init__(self, cache_dir: Path) -> None:
        self.root = cache_dir / "looks"

    def folder(self, site_name: str) -> Path:
        return self.root / look_key(site_name)

    def folder_for_key(self, key: str) -> Path | None:
        """The folder a look URL's host names, or None for anything that is not a key we made."""
        if not key.startswith("site-") or not key[5:].isalnum():
            return None
        return self.root / key

    def manifest(self, site_name: str) -> LookManifest | None:
        path = self.folder(site_name) / MANIFEST
        try:
            return LookManifest.from_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (ValueError, TypeError, KeyError):
            return None  # an unreadable manifest is a look to learn again, not a crash

    def staging(self, site_name: str) -> Path:
        """A fresh folder to build a look in; `commit` swaps it in."""
        self.root.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{look_key(site_name)}-", dir=self.root))

    def commit(self, site_name: str, staged: Path, manifest: LookManifest) -> None:
        (staged / MANIFEST).write_text(manifest.to_json(), encoding="utf-8")
        final = self.folder(site_name)
        old = None
        if final.exists():
            old = final.with_name(final.name + ".old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(final, old)
        os.replace(staged, final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def discard(self, staged: Path) -> None:
        shutil.rmtree(staged, ignore_errors=True)


LOOK_SITE = "site"
LOOK_DESK = "desk"


@dataclass(frozen=True)
class LookChoice:
    """What one site's articles are shown in: the site's look or the desk's template, and whether the
    site's header and footer stay around the story."""

    look: str = LOOK_SITE
    context: bool = True


@dataclass(frozen=True)
class LookRequest:
    """Which look to render an article in: plain values, so a worker thread can carry it."""

    look: str = LOOK_DESK  # "site" or "desk"
    folder: Path | None = None  # the site's look folder, when the article belongs to a site
    context: bool = True  # keep the site's header and footer around the story


class LookChoices:
    """Per-site choices, kept in the config folder (the cache may be cleared; a choice should not)."""

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / "looks.json"
        self._read: dict[str, dict[str, object]] | None = None  # read once: the preview asks on every render

    def _all(self) -> dict[str, dict[str, object]]:
        if self._read is None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
            except (FileNotFoundError, ValueError):
                data = {}
            self._read = data if isinstance(data, dict) else {}
        return dict(self._read)

    def saved(self, site_name: str) -> bool:
        return site_name in self._all()

    def get(self, site_name: str) -> LookChoice:
        raw = self._all().get(site_name) or {}
        look = raw.get("look") if raw.get("look") in (LOOK_SITE, LOOK_DESK) else LOOK_SITE
        return LookChoice(str(look), bool(raw.get("context", True)))

    def set(self, site_name: str, choice: LookChoice) -> None:
        data = self._all()
        data[site_name] = asdict(choice)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, self.path)
        self._read = data
