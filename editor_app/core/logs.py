"""The desk's log file: in the platform's log folder (or the data folder's `logs` when a data
folder was given), rotated so it never grows without bound. Installed once by the GUI's entry
point, never at import time."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "copydesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 4  # copydesk.log.1 … .4 kept beside the current file
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"


def install_file_log(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log the app's messages to `log_dir`/copydesk.log with rotation; returns the file, or None
    when the folder cannot be written (the desk then runs without a log file, not without work)."""
    path = log_dir / LOG_FILE
    logger = logging.getLogger("editor_app")
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path  # already installed (a second desk opened in the same process)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
    return path


def remove_file_log(path: Path) -> None:
    logger = logging.getLogger("editor_app")
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            logger.removeHandler(handler)
            handler.close()
