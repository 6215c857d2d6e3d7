"""Copydesk: an editorial workstation for newsrooms that publish on WordPress."""

__version__ = "0.1.0"
