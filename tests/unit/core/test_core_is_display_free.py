"""The core must run without Qt: import every module under editor_app/core with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import editor_app.core

_BLOCK_AND_IMPORT = r"""
import importlib, pathlib, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6", "PyQt")):
            raise ImportError(f"Qt import attempted: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import editor_app.core as core
root = pathlib.Path(core.__file__).parent
count = 0
for path in sorted(root.rglob("*.py")):
    parts = path.relative_to(root.parent.parent).with_suffix("").parts
    name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
    importlib.import_module(name)
    count += 1
assert not any(m.startswith("PySide6") for m in sys.modules)
print(count)
"""


def test_every_core_module_imports_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", _BLOCK_AND_IMPORT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    modules = sum(1 for _ in Path(editor_app.core.__file__).parent.rglob("*.py"))
    assert int(result.stdout.strip()) == modules


def test_cli_runs_without_importing_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from editor_app.cli import main; rc = main(['--data-dir', sys.argv[1], 'init']);"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
