"""The sync package is the CMS boundary and the engine: it reaches nothing above the store, and
the services that drive it reach no SQL. Read from the source, every import counted (also the
ones made inside functions or for type checking only)."""

from __future__ import annotations

import ast
from pathlib import Path

import editor_app

CORE = Path(editor_app.__file__).parent / "core"
ABOVE_STORE = ("editor_app.core.services", "editor_app.core.desk", "editor_app.ui", "editor_app.cli")
SQL = ("sqlite3", "sqlalchemy", "editor_app.core.store.models")
MOVED_OUT_OF_SYNC = ("sites", "site_views", "conflicts", "publish", "publish_queue")


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _offending(paths: list[Path], banned: tuple[str, ...]) -> dict[str, list[str]]:
    bad: dict[str, list[str]] = {}
    for path in paths:
        hits = sorted(m for m in _imports(path) if any(m == b or m.startswith(b + ".") for b in banned))
        if hits:
            bad[path.name] = hits
    return bad


def test_sync_imports_nothing_above_the_store() -> None:
    modules = sorted((CORE / "sync").glob("*.py"))
    assert len(modules) > 10
    assert _offending(modules, ABOVE_STORE) == {}


def test_sync_holds_no_sql() -> None:
    assert _offending(sorted((CORE / "sync").glob("*.py")), SQL) == {}


def test_the_scan_sees_an_import_hidden_in_a_function(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from editor_app.core.desk import Desk\n    return Desk\n", encoding="utf-8")
    assert _offending([sample], ABOVE_STORE) == {"sample.py": ["editor_app.core.desk", "editor_app.core.desk.Desk"]}


def test_the_sites_conflicts_publishing_and_syncing_services_hold_no_sql() -> None:
    services = [CORE / "services" / f"{name}.py" for name in ("sites", "conflicts", "publishing", "syncing")]
    assert all(path.is_file() for path in services)
    assert _offending(services, SQL) == {}


def test_the_services_left_sync() -> None:
    assert [name for name in MOVED_OUT_OF_SYNC if (CORE / "sync" / f"{name}.py").exists()] == []
