"""The GUI side of sync: the account dialog, the per-site status, the sync controller and its menu."""
