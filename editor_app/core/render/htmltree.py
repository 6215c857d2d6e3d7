"""A minimal HTML node tree for already-sanitised markup (balanced tags, quoted attributes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)


@dataclass
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def elements(self) -> list[Node]:
        return [c for c in self.children if isinstance(c, Node)]

    def has_text(self) -> bool:
        return any(isinstance(c, str) and c.strip() for c in self.children)

    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v if v is not None else "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID_TAGS:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v if v is not None else "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_fragment(html: str) -> Node:
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


def attrs_html(attrs: dict[str, str]) -> str:
    return "".join(f' {k}="{escape(v, quote=True)}"' for k, v in attrs.items())


def serialize(node: Node | str, *, self_close: bool = False) -> str:
    """Serialise back to HTML; ``self_close`` writes void tags as ``<img/>`` like WordPress."""
    if isinstance(node, str):
        return escape(node, quote=False)
    inner = "".join(serialize(c, self_close=self_close) for c in node.children)
    if node.tag == "#root":
        return inner
    if node.tag in VOID_TAGS:
        return f"<{node.tag}{attrs_html(node.attrs)}{'/' if self_close else ''}>"
    return f"<{node.tag}{attrs_html(node.attrs)}>{inner}</{node.tag}>"


def inner_html(node: Node, *, self_close: bool = False) -> str:
    return "".join(serialize(c, self_close=self_close) for c in node.children)
