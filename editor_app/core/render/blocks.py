"""Sanitised HTML to WordPress block markup, as the block editor itself would save it.

Each top-level element maps to a core block (paragraph, heading, list/list-item, quote, pullquote,
image, table, separator, code, preformatted). Anything a core block cannot represent exactly
(footnotes, raw HTML, elements carrying attributes the block does not know) becomes a ``wp:html``
block holding the markup unchanged, so no content ever lands in a Classic (freeform) block.

The markup follows the site's WordPress release (:func:`dialect_for`): a block's saved form
changed between releases, and a release reads another's form as invalid or rewrites it on save.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape

from .htmltree import Node, attrs_html, inner_html, parse_fragment, serialize

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_LEVEL = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "details",
        "div",
        "dl",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "ul",
        "video",
        "audio",
        "iframe",
    }
)
_TEXT_ALIGN = re.compile(r"^\s*text-align:\s*(left|center|right)\s*;?\s*$")


@dataclass(frozen=True)
class Dialect:
    """How one range of WordPress releases saves the blocks the desk writes."""

    heading_class: bool  # <h2 class="wp-block-heading">: 6.2 and later
    list_class: bool  # <ul class="wp-block-list">: 6.6 and later


NEWEST = Dialect(heading_class=True, list_class=True)
_VERSION = re.compile(r"^\s*(\d+)\.(\d+)")


def dialect_for(wp_version: str | None) -> Dialect:
    """The dialect of a WordPress version string such as "6.1.9"; unknown means the newest."""
    found = _VERSION.match(wp_version or "")
    if not found:
        return NEWEST
    release = (int(found.group(1)), int(found.group(2)))
    return Dialect(heading_class=release >= (6, 2), list_class=release >= (6, 6))


class _Unsupported(Exception):
    """The element has no exact core-block equivalent; emit it as a wp:html block."""


def _attrs_json(attrs: dict[str, object]) -> str:
    # Same escaping as WordPress's serializeAttributes(): nothing in the JSON can end a comment.
    text = json.dumps(attrs, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("--", "\\u002d\\u002d")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace('\\"', "\\u0022")
    )


def block(name: str, html: str, attrs: dict[str, object] | None = None) -> str:
    opener = f"<!-- wp:{name} {_attrs_json(attrs)} -->" if attrs else f"<!-- wp:{name} -->"
    return f"{opener}\n{html}\n<!-- /wp:{name} -->"


def html_to_blocks(html: str, wp_version: str | None = None) -> str:
    """Convert a sanitised HTML fragment into block markup (blocks separated by a blank line), as
    the block editor of WordPress `wp_version` saves it (unknown: the newest release)."""
    return "\n\n".join(_blocks(parse_fragment(html).children, dialect_for(wp_version)))


def _html_block(html: str) -> str:
    # Older releases read the block back through innerHTML, which writes a no-break space as
    # "&nbsp;"; newer ones keep the text as sent. The entity reads the same in both.
    return block("html", html.replace("\u00a0", "&nbsp;"))


def _blocks(children: list[Node | str], d: Dialect) -> list[str]:
    out: list[str] = []
    loose: list[Node | str] = []  # stray inline content between block elements

    def flush() -> None:
        if any(isinstance(c, Node) or c.strip() for c in loose):
            out.append(_html_block("".join(serialize(c) for c in loose).strip()))
        loose.clear()

    for child in children:
        if isinstance(child, Node) and child.tag in _BLOCK_LEVEL:
            flush()
            try:
                out.append(_convert(child, d))
            except _Unsupported:
                out.append(_html_block(serialize(child)))
        else:
            loose.append(child)
    flush()
    return out


def _only(node: Node, allowed: set[str]) -> None:
    if not set(node.attrs) <= allowed:
        raise _Unsupported(node.tag)


def _class_attrs(node: Node, own: str | None = None) -> tuple[dict[str, object], str]:
    """Block attrs for extra classes, and the class attribute value the block writes."""
    extra = [c for c in node.classes() if c != own]
    attrs: dict[str, object] = {"className": " ".join(extra)} if extra else {}
    return attrs, " ".join([*([own] if own else []), *extra])


def _convert(node: Node, d: Dialect) -> str:
    tag = node.tag
    if tag == "p":
        image = _lone_image(node)
        if image is not None:
            return _image_block(image, None)
        _only(node, {"class"})
        attrs, cls = _class_attrs(node)
        open_tag = f'<p class="{cls}">' if cls else "<p>"
        return block("paragraph", f"{open_tag}{inner_html(node).strip()}</p>", attrs)
    if tag in _HEADINGS:
        _only(node, {"class", "id"})
        attrs, cls = _class_attrs(node, "wp-block-heading" if d.heading_class else None)
        level = _HEADINGS[tag]
        if level != 2:
            attrs = {"level": level, **attrs}
        anchor = attrs_html({"id": node.attrs["id"]}) if "id" in node.attrs else ""
        cls_attr = f' class="{cls}"' if cls else ""
        return block("heading", f"<{tag}{cls_attr}{anchor}>{inner_html(node).strip()}</{tag}>", attrs)
    if tag in ("ul", "ol"):
        return _list_block(node, d)
    if tag == "blockquote":
        _only(node, set())
        if node.has_text() or any(c.tag not in _BLOCK_LEVEL for c in node.elements()):
            raise _Unsupported(tag)
        inner = "\n\n".join(_blocks(node.children, d))
        return block("quote", f'<blockquote class="wp-block-quote">{inner}</blockquote>')
    if tag == "figure":
        if node.classes() == ["wp-block-pullquote"]:
            return _pullquote_block(node)
        return _figure_block(node)
    if tag == "table":
        return _table_block(node)
    if tag == "hr":
        _only(node, set())
        return block("separator", '<hr class="wp-block-separator has-alpha-channel-opacity"/>')
    if tag == "pre":
        return _pre_block(node)
    raise _Unsupported(tag)


def _lone_image(node: Node) -> Node | None:
    if node.has_text() or len(node.elements()) != 1:
        return None
    child = node.elements()[0]
    return child if child.tag == "img" or (child.tag == "a" and _lone_image(child)) else None


def _image_block(image: Node, caption: Node | None) -> str:
    attrs: dict[str, object] = {}
    link: Node | None = None
    if image.tag == "a":
        link = image
        _only(link, {"href"})
        image = link.elements()[0]
        attrs["linkDestination"] = "custom"
    _only(image, {"src", "alt", "title"})
    img_attrs = {"src": image.attrs.get("src", ""), "alt": image.attrs.get("alt", "")}
    if "title" in image.attrs:
        img_attrs["title"] = image.attrs["title"]
    html = serialize(Node("img", img_attrs), self_close=True)
    if link is not None:
        html = f'<a href="{escape(link.attrs["href"], quote=True)}">{html}</a>'
    if caption is not None:
        html += f'<figcaption class="wp-element-caption">{inner_html(caption).strip()}</figcaption>'
    return block("image", f'<figure class="wp-block-image">{html}</figure>', attrs)


def _figure_block(node: Node) -> str:
    if node.classes() not in ([], ["wp-block-image"]) or set(node.attrs) - {"class"}:
        raise _Unsupported("figure")
    if node.has_text():
        raise _Unsupported("figure")
    parts = node.elements()
    if not parts or parts[0].tag not in ("img", "a"):
        raise _Unsupported("figure")
    image = parts[0]
    if image.tag == "a" and _lone_image(image) is None:
        raise _Unsupported("figure")
    caption = None
    if len(parts) == 2 and parts[1].tag == "figcaption":
        caption = parts[1]
        if caption.classes() not in ([], ["wp-element-caption"]) or set(caption.attrs) - {"class"}:
            raise _Unsupported("figcaption")
    elif len(parts) != 1:
        raise _Unsupported("figure")
    return _image_block(image, caption)


def _pullquote_block(node: Node) -> str:
    parts = node.elements()
    if node.has_text() or len(parts) != 1 or parts[0].tag != "blockquote" or parts[0].attrs:
        raise _Unsupported("pullquote")
    quote = parts[0]
    inner = quote.elements()
    if quote.has_text() or not inner or inner[0].tag != "p" or inner[0].attrs:
        raise _Unsupported("pullquote")
    html = f"<p>{inner_html(inner[0]).strip()}</p>"
    if len(inner) == 2 and inner[1].tag == "cite" and not inner[1].attrs:
        html += f"<cite>{inner_html(inner[1]).strip()}</cite>"
    elif len(inner) != 1:
        raise _Unsupported("pullquote")
    return block("pullquote", f'<figure class="wp-block-pullquote"><blockquote>{html}</blockquote></figure>')


def _list_block(node: Node, d: Dialect) -> str:
    attrs: dict[str, object] = {}
    open_attrs = ""
    if node.tag == "ol":
        _only(node, {"start"})
        attrs["ordered"] = True
        if "start" in node.attrs:
            if not node.attrs["start"].isdigit():
                raise _Unsupported("ol")
            attrs["start"] = int(node.attrs["start"])
            open_attrs = f' start="{attrs["start"]}"'
    else:
        _only(node, set())
    if node.has_text():
        raise _Unsupported(node.tag)
    items = []
    for item in node.elements():
        if item.tag != "li":
            raise _Unsupported(node.tag)
        items.append(block("list-item", f"<li>{_list_item_html(item, d)}</li>"))
    inner = "\n\n".join(items)
    cls_attr = ' class="wp-block-list"' if d.list_class else ""
    return block("list", f"<{node.tag}{open_attrs}{cls_attr}>{inner}</{node.tag}>", attrs)


def _list_item_html(item: Node, d: Dialect) -> str:
    if item.attrs:
        raise _Unsupported("li")
    children = list(item.children)
    # A loose list wraps the item's text in one <p>; the list-item block holds it bare.
    paragraphs = [c for c in children if isinstance(c, Node) and c.tag == "p"]
    if len(paragraphs) > 1 or (paragraphs and paragraphs[0].attrs):
        raise _Unsupported("li")
    text: list[str] = []
    nested: list[str] = []
    for child in children:
        if isinstance(child, Node) and child.tag in ("ul", "ol"):
            nested.append(_list_block(child, d))
        elif nested and (isinstance(child, Node) or child.strip()):
            raise _Unsupported("li")  # text after a nested list cannot be expressed
        elif isinstance(child, Node) and child.tag == "p":
            text.append(inner_html(child))
        elif isinstance(child, Node) and child.tag in _BLOCK_LEVEL:
            raise _Unsupported("li")
        else:
            text.append(serialize(child))
    return "".join(text).strip() + "".join(nested)


def _table_block(node: Node) -> str:
    _only(node, set())
    if node.has_text():
        raise _Unsupported("table")
    sections = []
    for section in node.elements():
        if section.tag not in ("thead", "tbody", "tfoot") or section.attrs or section.has_text():
            raise _Unsupported("table")
        rows = []
        for row in section.elements():
            if row.tag != "tr" or row.attrs or row.has_text():
                raise _Unsupported("table")
            rows.append("<tr>" + "".join(_cell_html(cell) for cell in row.elements()) + "</tr>")
        sections.append(f"<{section.tag}>{''.join(rows)}</{section.tag}>")
    # Stated explicitly: 6.8 defaults hasFixedLayout to true, 6.1 to false and then calls the
    # class it did not expect invalid.
    return block(
        "table",
        f'<figure class="wp-block-table"><table class="has-fixed-layout">{"".join(sections)}</table></figure>',
        {"hasFixedLayout": True},
    )


def _cell_html(cell: Node) -> str:
    if cell.tag not in ("th", "td"):
        raise _Unsupported("table")
    _only(cell, {"style"})
    open_tag = f"<{cell.tag}>"
    if "style" in cell.attrs:
        align = _TEXT_ALIGN.match(cell.attrs["style"])
        if not align:
            raise _Unsupported("table")
        side = align.group(1)
        open_tag = f'<{cell.tag} class="has-text-align-{side}" data-align="{side}">'
    if any(isinstance(c, Node) and c.tag in _BLOCK_LEVEL for c in cell.children):
        raise _Unsupported("table")
    return f"{open_tag}{inner_html(cell).strip()}</{cell.tag}>"


def _pre_block(node: Node) -> str:
    _only(node, set())
    parts = node.elements()
    if len(parts) == 1 and parts[0].tag == "code" and not node.has_text():
        code = parts[0]
        _only(code, {"class"})
        attrs, cls = _class_attrs(code, "wp-block-code")
        return block("code", f'<pre class="{cls}"><code>{inner_html(code)}</code></pre>', attrs)
    return block("preformatted", f'<pre class="wp-block-preformatted">{inner_html(node)}</pre>')
