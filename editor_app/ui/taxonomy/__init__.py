"""Section and tag manager."""

from editor_app.ui.taxonomy.manager import TaxonomyManager

__all__ = ["TaxonomyManager"]
