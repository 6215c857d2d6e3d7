"""The core's layers, as DESIGN.md draws them: base (domain, text, render, …) ← store ← sync ←
services ← desk. Each layer imports only the layers below it, and only the store speaks SQL."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import editor_app

PACKAGE = Path(editor_app.__file__).parent
LAYERS = ("base", "store", "sync", "services", "desk")
# Top-level core modules that open a desk or hand out its services sit with the desk.
DESK_MODULES = {"desk", "desk_init", "rescue", "preview_source"}
SQL_MODULES = ("sqlite3", "sqlalchemy", "editor_app.core.store.models")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(name: str) -> str | None:
    """The layer of an `editor_app.core` module; None for anything outside the core."""
    parts = name.split(".")
    if parts[:2] != ["editor_app", "core"]:
        return None
    if len(parts) == 2:
        return "base"
    if parts[2] in ("store", "sync", "services"):
        return parts[2]
    return "desk" if parts[2] in DESK_MODULES else "base"


def core_modules() -> list[Path]:
    return sorted((PACKAGE / "core").rglob("*.py"))


def imported_names(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports, at any depth (lazy imports inside functions count too)."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def test_each_core_module_imports_only_its_own_layer_and_those_below() -> None:
    wrong: list[str] = []
    for path in core_modules():
        mine = layer_of(module_name(path))
        assert mine is not None
        for line, name in imported_names(path):
            theirs = layer_of(name)
            if theirs is not None and LAYERS.index(theirs) > LAYERS.index(mine):
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line} ({mine}) imports {name} ({theirs})")
    assert not wrong, "\n".join(sorted(set(wrong)))


def test_nothing_above_the_store_speaks_sql() -> None:
    wrong: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.is_relative_to(PACKAGE / "core" / "store"):
            continue
        for line, name in imported_names(path):
            hit = next((m for m in SQL_MODULES if name == m or name.startswith(m + ".")), None)
            if hit is not None:
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {hit}")
    assert not wrong, "\n".join(sorted(set(wrong)))


_IMPORT_WITH_UPPER_LAYERS_BLOCKED = r"""
import importlib, sys
blocked = sys.argv[1].split(",")
wanted = sys.argv[2].split(",")

class Block:
    def find_spec(self, name, path=None, target=None):
        if any(name == b or name.startswith(b + ".") for b in blocked):
            raise ImportError(f"{name} is above this layer")
        return None

sys.meta_path.insert(0, Block())
for name in wanted:
    importlib.import_module(name)
print(len(wanted))
"""


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_imports_with_the_layers_above_it_blocked(layer: str) -> None:
    above = LAYERS[LAYERS.index(layer) + 1 :]
    blocked = ["editor_app.ui", "editor_app.cli", "PySide6"]
    for upper in above:
        if upper == "desk":
            blocked += [f"editor_app.core.{m}" for m in sorted(DESK_MODULES)]
        elif upper != "base":
            blocked.append(f"editor_app.core.{upper}")
    wanted = [module_name(p) for p in core_modules() if layer_of(module_name(p)) == layer]
    assert wanted, f"no modules in layer {layer}"
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_WITH_UPPER_LAYERS_BLOCKED, ",".join(blocked), ",".join(wanted)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) == len(wanted)


def test_the_command_line_and_the_window_never_reach_into_the_store() -> None:
    """They call services through the desk; the store is the services' private detail."""
    wrong = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for front in ("cli", "ui")
        for path in sorted((PACKAGE / front).rglob("*.py"))
        for line, name in imported_names(path)
        if name.startswith("editor_app.core.store")
    ]
    assert not wrong, "\n".join(sorted(set(wrong)))
