"""The services are the one door per noun and hold no storage code: no SQL driver, no ORM, no
transaction of their own. The store owns all of that."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import editor_app.core.services as services_package
from editor_app.core.desk import Desk

SERVICES = Path(services_package.__file__).parent
FORBIDDEN_IMPORTS = ("sqlite3", "sqlalchemy", "editor_app.core.store.models")
# Methods that open or work a transaction, on the store or on what it hands out; a service
# calls the store's functions instead.
TRANSACTION_METHODS = {"read", "write", "driver", "rows", "execute", "scalars", "flush", "connection", "get"}
STORE_NAMES = {"store", "s", "session", "db", "conn", "connection"}


def _receiver(node: ast.expr) -> str:
    return node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""


def _imports(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    return names


def test_services_hold_no_sql_orm_or_transactions() -> None:
    problems: list[str] = []
    for path in sorted(SERVICES.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name in _imports(tree):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_IMPORTS):
                problems.append(f"{path.name} imports {name}")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in TRANSACTION_METHODS
                and _receiver(node.func.value) in STORE_NAMES
            ):
                problems.append(f"{path.name}:{node.lineno} calls .{node.func.attr}()")
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "SELECT " in node.value.upper():
                problems.append(f"{path.name}:{node.lineno} holds SQL")
    assert problems == []


def test_one_service_per_noun_on_the_desk(desk: Desk) -> None:
    for gone in ("article_queries", "article_text", "term_queries", "media_queries"):
        assert importlib.util.find_spec(f"editor_app.core.services.{gone}") is None
    for gone in ("queries", "article_text", "term_queries", "media_queries", "update_article"):
        assert not hasattr(Desk, gone)
    art = desk.articles.create("Budget", body="Numbers.")
    # The one door for saving: text alone and metadata both go through `articles.update`.
    _, typed = desk.articles.update(art.id, body="More numbers.", autosave=True)
    saved, tagged = desk.articles.update(art.id, tags=["council"])
    assert typed.articles == tagged.articles == {art.id} and tagged.terms and saved.tags == ("council",)
