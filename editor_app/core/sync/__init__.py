"""Synchronisation with the CMS: the boundary (``cms``), its WordPress client and the sync engine."""
