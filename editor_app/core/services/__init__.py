"""Core services: the one door into the core for the CLI and the UI.

They take plain arguments, return plain values (see `core.domain`) and say what changed.
"""
