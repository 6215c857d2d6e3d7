"""Shared helpers for the rendering tests: a renderer and a WordPress block-grammar parser."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import pytest

from editor_app.core.render import Renderer

# WP_Block_Parser::next_token's delimiter pattern, transcribed; the attributes end at the first "}"
# followed by spaces and "-->" (PCRE's possessive "*+" left out: Python 3.11.2 mis-matches it).
DELIMITER = re.compile(
    r"<!--\s+(?P<closer>/)?wp:(?P<namespace>[a-z][a-z0-9_-]*/)?(?P<name>[a-z][a-z0-9_-]*)\s+"
    r"(?P<attrs>{(?:[^}]|}(?!\s+/?-->))*}\s+)?(?P<void>/)?-->",
    re.S,
)


@dataclass
class ParsedBlock:
    name: str
    attrs: dict[str, object]
    inner_html: str = ""
    inner_blocks: list[ParsedBlock] = field(default_factory=list)
    freeform: list[str] = field(default_factory=list)  # non-block text between inner blocks


class BlockGrammarError(AssertionError):
    pass


def parse_blocks(document: str) -> list[ParsedBlock]:
    """Parse like parse_blocks(), but fail on anything WordPress would turn into a Classic block.

    Top-level text outside blocks must be whitespace; openers and closers must balance and
    name the same block; attributes must be JSON objects.
    """
    root = ParsedBlock("#root", {})
    stack: list[tuple[ParsedBlock, int]] = [(root, 0)]
    offset = 0
    for match in DELIMITER.finditer(document):
        between = document[offset:match.start()]
        parent = stack[-1][0]
        if parent is root:
            if between.strip():
                raise BlockGrammarError(f"freeform content at top level: {between[:80]!r}")
        else:
            parent.freeform.append(between)
        offset = match.end()
        name = (match.group("namespace") or "core/") + match.group("name")
        if match.group("closer"):
            if match.group("attrs") or match.group("void"):
                raise BlockGrammarError(f"closer with attributes: {match.group(0)}")
            if len(stack) == 1 or stack[-1][0].name != name:
                raise BlockGrammarError(f"unbalanced closer {name}")
            block, start = stack.pop()
            block.inner_html = document[start:match.start()]
            continue
        attrs: dict[str, object] = {}
        if match.group("attrs"):
            try:
                attrs = json.loads(match.group("attrs"))
            except json.JSONDecodeError as exc:
                raise BlockGrammarError(f"attrs are not JSON: {match.group('attrs')}") from exc
            if not isinstance(attrs, dict):
                raise BlockGrammarError("attrs must be a JSON object")
        block = ParsedBlock(name, attrs)
        parent.inner_blocks.append(block)
        if not match.group("void"):
            stack.append((block, match.end()))
    if len(stack) != 1:
        raise BlockGrammarError(f"unclosed block {stack[-1][0].name}")
    if document[offset:].strip():
        raise BlockGrammarError(f"freeform content at the end: {document[offset:][:80]!r}")
    if "<!-- wp:freeform" in document:
        raise BlockGrammarError("explicit freeform block")
    return root.inner_blocks


def walk(blocks: list[ParsedBlock]) -> list[ParsedBlock]:
    out: list[ParsedBlock] = []
    for block in blocks:
        out.append(block)
        out.extend(walk(block.inner_blocks))
    return out


class BlockGrammar:
    """Handed to tests as a fixture (test modules cannot import conftest reliably)."""

    Error = BlockGrammarError
    parse = staticmethod(parse_blocks)
    walk = staticmethod(walk)


@pytest.fixture(scope="session")
def grammar() -> type[BlockGrammar]:
    return BlockGrammar


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()
