"""Where Copydesk keeps its data, config and cache. Overridable for tests and for --data-dir."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Copydesk"
ENV_DATA_DIR = "COPYDESK_DATA_DIR"
STORE_FILENAME = "copydesk.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """The folders one running desk uses. Built once at start and passed down, never global."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path | None = None  # None: a "logs" folder inside the data folder

    @property
    def logs_dir(self) -> Path:
        return self.log_dir or self.data_dir / "logs"

    @property
    def store_file(self) -> Path:
        return self.data_dir / STORE_FILENAME

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    def ensure(self) -> None:
        """Create the three folders, owner-only (see `privacy`)."""
        from editor_app.core.privacy import make_private_dir

        for folder in (self.data_dir, self.config_dir, self.cache_dir):
            make_private_dir(folder)

    def tighten(self) -> None:
        """Make an existing desk owner-only: folders 0700, every file in them 0600."""
        from editor_app.core.privacy import tighten

        for folder in dict.fromkeys((self.data_dir, self.config_dir, self.cache_dir)):
            tighten(folder)

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """--data-dir wins, then COPYDESK_DATA_DIR, then the platform's folders.

        With an explicit data folder, config, cache and logs live inside it too, so a throwaway
        desk (tests, `copydesk demo`) never touches the user's real settings.
        """
        chosen = data_dir or os.environ.get(ENV_DATA_DIR)
        if chosen:
            base = Path(chosen).expanduser().resolve()
            return cls(data_dir=base, config_dir=base / "config", cache_dir=base / "cache", log_dir=base / "logs")
        import platformdirs  # only when no folder was given: tests and demos never need it

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )
