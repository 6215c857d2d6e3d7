"""Sample articles for `copydesk demo`: English, Japanese and Korean news across the site's sections.

The articles live as Markdown files with front matter in `resources/demo/`, written for this
project; they are imported through the same service as `copydesk import`.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.desk import Desk


def demo_folder() -> Path:
    from editor_app.core.render import resources_dir

    return resources_dir() / "demo"


def demo_files() -> list[Path]:
    return sorted(demo_folder().glob("*.md"))


def fill_demo_desk(desk: Desk) -> list[str]:
    """Create the standard sections and import every sample article; returns the new article ids."""
    desk.terms.ensure_sections()
    result = desk.transfer.import_paths(demo_files())
    return result.created
