"""Preferences: the dialog, and applying the chosen values to the open window at once."""
