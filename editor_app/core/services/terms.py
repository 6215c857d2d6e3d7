"""Sections (hierarchical WordPress categories) and tags: the one door for listing, adding,
renaming, moving, merging and deleting them.

The lists with counts (navigator, tag completer, metadata panel) are plain SQL, so importing
this module and reading them never loads SQLAlchemy; the first change imports the ORM store
module (`store.terms_write`). Deleting or merging never strands an article: its articles are
reassigned first and marked for sync.
"""

from __future__ import annotations

from editor_app.core.domain import Change, Term, check_term_name
from editor_app.core.errors import InvalidInput
from editor_app.core.store import terms_read
from editor_app.core.store.engine import Store
from editor_app.core.text import check_slug, slugify

# The site's own sections, used by `copydesk init` and the demo.
DEFAULT_SECTIONS = (
    "News",
    "Politics",
    "World",
    "Society",
    "Business",
    "Culture",
    "Science",
    "Technology",
    "Sports",
)


def term_slug(kind: str, name: str, slug: str | None) -> str:
    """The slug a new section or tag gets: the one typed (checked), or WordPress's from its name."""
    value = check_slug(slug) if slug else slugify(name)
    if not value:
        raise InvalidInput(f"{kind} name {name!r} has no letters or digits for a slug")
    return value


class TermService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ----------------------------------------------------------------- reading
    def sections(self) -> list[Term]:
        """All sections in tree order (parents before children), with article counts."""
        return terms_read.sections(self.store)

    def tags(self) -> list[Term]:
        """All tags by name, with article counts."""
        return terms_read.tags(self.store)

    # ----------------------------------------------------------------- sections
    def add_section(
        self, name: str, *, parent: str | None = None, slug: str | None = None, description: str = ""
    ) -> Term:
        from editor_app.core.store import terms_write

        name = check_term_name(name)
        slug_value = term_slug("section", name, slug)
        return terms_write.add_section(self.store, name, slug_value, parent=parent, description=description)

    def ensure_sections(self, names: tuple[str, ...] = DEFAULT_SECTIONS) -> int:
        """Create the site's standard sections that are missing; returns how many were made."""
        from editor_app.core.store import terms_write

        existing = {t.name for t in self.sections()}
        made = 0
        for name in names:
            if name not in existing:
                self.add_section(name)
                made += 1
        terms_write.order_top_sections(self.store, names)
        return made

    def rename_section(self, ref: str, new_name: str, *, new_slug: str | None = None) -> Change:
        from editor_app.core.store import terms_write

        name = check_term_name(new_name)
        return terms_write.rename_section(self.store, ref, name, new_slug=check_slug(new_slug) if new_slug else None)

    def move_section(self, ref: str, new_parent: str | None) -> Change:
        """Re-parent a section (None: to the top level); refuses to create a cycle."""
        from editor_app.core.store import terms_write

        return terms_write.move_section(self.store, ref, new_parent)

    def delete_section(self, ref: str, *, reassign_to: str | None = None) -> Change:
        """Delete a section; its articles move to `reassign_to` (or just lose it), its children
        move up to its parent."""
        from editor_app.core.store import terms_write

        return terms_write.delete_section(self.store, ref, reassign_to=reassign_to)

    # ----------------------------------------------------------------- tags
    def add_tag(self, name: str, *, slug: str | None = None) -> Term:
        from editor_app.core.store import terms_write

        name = check_term_name(name)
        return terms_write.add_tag(self.store, name, term_slug("tag", name, slug))

    def rename_tag(self, ref: str, new_name: str) -> Change:
        from editor_app.core.store import terms_write

        return terms_write.rename_tag(self.store, ref, check_term_name(new_name))

    def merge_tags(self, sources: list[str], into: str) -> Change:
        """Move every article of `sources` to `into`, then delete the sources."""
        from editor_app.core.store import terms_write

        return terms_write.merge_tags(self.store, sources, into)

    def delete_tag(self, ref: str, *, reassign_to: str | None = None) -> Change:
        """Delete a tag; with `reassign_to`, its articles get that tag instead (a merge)."""
        if reassign_to:
            return self.merge_tags([ref], reassign_to)
        from editor_app.core.store import terms_write

        return terms_write.delete_tag(self.store, ref)
