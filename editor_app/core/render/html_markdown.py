"""HTML pulled from WordPress back to the Markdown the editor works in.

Built on markdownify. Block comment delimiters are removed first. What Markdown can express
(ATX headings, emphasis, links, images, lists, quotes, simple tables, code, figures and pull
quotes in Copydesk's syntax) is converted; anything else is kept as raw HTML inside the Markdown
(block elements verbatim on their own lines, inline elements as tags around converted text) so
nothing a post contains is silently dropped.
"""

from __future__ import annotations

import re
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag
from markdown.extensions.toc import slugify_unicode
from markdownify import ATX, MarkdownConverter

from editor_app.core.photo_credit import split_credit

from .rawhtml import escape_unparseable

# The delimiter grammar of WordPress's block parser (WP_Block_Parser::next_token). Its attributes
# part "{ … }" ends at the first "}" followed by spaces and "-->"; written without the possessive
# "*+" of the PHP pattern, which Python 3.11.2 (Debian 12's) mis-matches.
BLOCK_DELIMITER = re.compile(
    r"<!--\s+(?P<closer>/)?wp:(?P<namespace>[a-z][a-z0-9_-]*/)?(?P<name>[a-z][a-z0-9_-]*)\s+"
    r"(?P<attrs>{(?:[^}]|}(?!\s+/?-->))*}\s+)?(?P<void>/)?-->",
    re.S,
)

# Classes the block editor adds for its own bookkeeping; they carry no meaning in Markdown.
_BLOCK_CLASSES = frozenset(
    {
        "wp-block-list",
        "wp-block-heading",
        "wp-block-quote",
        "wp-block-table",
        "wp-block-image",
        "wp-element-caption",
        "has-fixed-layout",
        "wp-block-separator",
        "has-alpha-channel-opacity",
        "wp-block-code",
        "wp-block-preformatted",
        "wp-block-paragraph",
    }
)
_INLINE_RAW = frozenset(
    {
        "span",
        "sup",
        "sub",
        "mark",
        "u",
        "small",
        "abbr",
        "acronym",
        "cite",
        "q",
        "s",
        "del",
        "ins",
        "strike",
        "kbd",
        "var",
        "samp",
        "dfn",
        "time",
        "data",
        "bdo",
        "big",
        "tt",
        "font",
        "ruby",
        "rb",
        "rt",
        "rp",
        "rtc",
        "wbr",
        "label",
        "button",
    }
)
_EXPRESSIBLE = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "em",
        "i",
        "strong",
        "b",
        "a",
        "img",
        "ul",
        "ol",
        "li",
        "blockquote",
        "br",
        "hr",
        "pre",
        "code",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "figure",
        "figcaption",
        "script",
        "style",
        "[document]",
    }
)
_ALIGN_CLASS = re.compile(r"^has-text-align-(left|center|right)$")
_STYLE_ALIGN = re.compile(r"^\s*text-align:\s*(left|center|right)\s*;?\s*$")
_LINE_START = re.compile(r"(^|\n)([ \t]*)(#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|\d{1,9}(?=[.)](?:[ \t]|$)))")
_ENTITY_LIKE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")


def html_to_markdown(html: str) -> str:
    """Convert post HTML (block markup or plain) to Copydesk Markdown."""
    html = BLOCK_DELIMITER.sub("", html)
    # A "<" that starts no complete tag is text: escaped first, Python's HTML parser does not
    # rescan the rest of the post once per such "<" (quadratic), and nesting stays bounded.
    soup = BeautifulSoup(escape_unparseable(html, declarations=True), "html.parser")
    markdown = _Converter().convert_soup(soup)
    markdown = re.sub(r"[ \t]+\n", lambda m: m.group(0) if m.group(0).startswith("  ") else "\n", markdown)
    return re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"


def _meaningful_classes(el: Tag) -> list[str]:
    return [c for c in el.get("class") or [] if c not in _BLOCK_CLASSES]


def _plain_attrs(el: Tag, allowed: set[str]) -> bool:
    """True if the element has no attributes other than ``allowed`` and bookkeeping classes."""
    for name in el.attrs:
        if name == "class" and name not in allowed:
            if _meaningful_classes(el):
                return False
        elif name not in allowed:
            return False
    return True


def _open_tag(el: Tag) -> str:
    return str(el).split(">", 1)[0] + ">" if el.contents else str(el)[: -len(f"</{el.name}>")]


class _Converter(MarkdownConverter):
    def __init__(self, **options: Any) -> None:
        super().__init__(
            heading_style=ATX,
            bullets="-",
            strong_em_symbol="*",
            escape_misc=False,
            code_language_callback=_code_language,
            **options,
        )

    # -- escaping -------------------------------------------------------------------------
    def escape(self, text: str, parent_tags: set[str]) -> str:
        if not text:
            return ""
        text = text.replace("\\", "\\\\")
        for ch in "*_`[]{}":
            text = text.replace(ch, "\\" + ch)
        text = _ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;")
        if "_table_cell" in parent_tags:
            text = text.replace("|", "\\|")
        return _LINE_START.sub(_escape_line_start, text)

    # -- raw HTML fallbacks ---------------------------------------------------------------
    def get_conv_fn(self, tag_name: str) -> Any:
        if tag_name not in _EXPRESSIBLE:
            return self._raw_inline if tag_name in _INLINE_RAW else self._raw_block
        return super().get_conv_fn(tag_name)

    def process_tag(self, node: Tag, parent_tags: set[str] | None = None) -> str:
        # Elements whose attributes matter are kept whole rather than losing them.
        if node.name in (
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "ul",
            "ol",
            "li",
            "pre",
            "hr",
            "table",
        ) and not self._plain(node):
            return self._raw_block(node, "", parent_tags or set())
        if node.name in ("a", "img", "em", "i", "strong", "b", "code") and not self._plain(node):
            if node.name == "img":
                return str(node)
            return self._raw_inline(node, self.inner(node, parent_tags or set()), parent_tags or set())
        return super().process_tag(node, parent_tags)

    def inner(self, node: Tag, parent_tags: set[str]) -> str:
        """Markdown for an element's children only."""
        return "".join(self.process_element(child, parent_tags | {node.name}) for child in node.children)

    def _plain(self, node: Tag) -> bool:
        allowed = {
            "a": {"href", "title"},
            "img": {"src", "alt", "title"},
            "ol": {"start"},
            "h1": {"id"},
            "h2": {"id"},
            "h3": {"id"},
            "h4": {"id"},
            "h5": {"id"},
            "h6": {"id"},
        }.get(node.name, set())
        if node.name == "code" and node.parent is not None and node.parent.name == "pre":
            allowed = {"class"} if all(c.startswith("language-") for c in node.get("class") or []) else set()
        if node.name == "li" and node.parent is not None and node.parent.name == "ol":
            allowed = set()
        return _plain_attrs(node, allowed)

    def _raw_block(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        if "_inline" in parent_tags or el.name in ("br", "wbr"):
            return str(el)
        return "\n\n" + str(el).strip() + "\n\n"

    def _raw_inline(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        if el.name in ("wbr",) or not el.contents:
            return str(el)
        return f"{_open_tag(el)}{text}</{el.name}>"

    # -- expressible elements -------------------------------------------------------------
    def convert_hN(self, n: int, el: Tag, text: str, parent_tags: set[str]) -> str:  # noqa: N802
        heading = super().convert_hN(n, el, text, parent_tags)
        anchor = el.get("id")
        if anchor and "_inline" not in parent_tags:
            default = slugify_unicode(el.get_text(), "-")
            if anchor != default and not re.fullmatch(re.escape(default) + r"_\d+", anchor):
                heading = heading.rstrip("\n") + f" {{#{anchor}}}\n\n"
        return heading

    def convert_li(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        text = (text or "").strip()
        parent = el.parent
        if parent is not None and parent.name == "ol":
            start = int(parent["start"]) if str(parent.get("start", "")).isdigit() else 1
            bullet = f"{start + len(el.find_previous_siblings('li'))}."
        else:
            bullet = "-"
        # Python-Markdown nests by four columns, so pad every marker to at least four.
        bullet = bullet.ljust(3) + " "
        indent = " " * len(bullet)
        lines = text.split("\n")
        body = "\n".join([lines[0], *[(indent + line) if line.strip() else "" for line in lines[1:]]])
        # Python-Markdown wraps an item in <p> when a blank line touches it, so a blank line goes
        # exactly between two neighbouring loose items.
        following = el.find_next_sibling("li")
        loose = following is not None and _blank_between(_looseness(el), _looseness(following))
        return f"{bullet}{body}\n\n" if loose else f"{bullet}{body}\n"

    def convert_figure(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        converted = _figure_markdown(self, el, parent_tags)
        return converted if converted is not None else self._raw_block(el, text, parent_tags)

    def convert_figcaption(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return text

    def convert_table(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        converted = _table_markdown(self, el, parent_tags)
        return converted if converted is not None else self._raw_block(el, text, parent_tags)

    def convert_pre(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return super().convert_pre(el, text.rstrip("\n"), parent_tags)


def _looseness(item: Tag) -> bool | None:
    """True: the item's text sits in <p> (loose); False: bare text (tight); None: only blocks such
    as a nested list, where looseness shows nowhere and either spacing renders the same."""
    if item.find("p", recursive=False) is not None:
        return True
    if any(isinstance(c, NavigableString) and c.strip() for c in item.children):
        return False
    if any(isinstance(c, Tag) and c.name not in _BLOCK_TAGS for c in item.children):
        return False
    return None


def _blank_between(before: bool | None, after: bool | None) -> bool:
    """A blank line between two items makes both loose, so it goes in only where neither is
    tight and at least one is loose."""
    return before is not False and after is not False and (before is True or after is True)


_BLOCK_TAGS = frozenset(
    {"ul", "ol", "blockquote", "pre", "table", "figure", "div", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "dl"}
)


def _escape_line_start(match: re.Match[str]) -> str:
    lead, indent, marker = match.group(1), match.group(2), match.group(3)
    if marker[0].isdigit():
        return f"{lead}{indent}{marker}\\"  # escape the dot/paren that follows the number
    return f"{lead}{indent}\\{marker}"


def _code_language(el: Tag) -> str:
    for node in (el, el.find("code")):
        if isinstance(node, Tag):
            for cls in node.get("class") or []:
                if cls.startswith("language-"):
                    return cls[len("language-") :]
    return ""


def _children(el: Tag) -> list[Tag]:
    if any(isinstance(c, NavigableString) and c.strip() for c in el.children):
        raise ValueError("text directly inside a structural element")
    return [c for c in el.children if isinstance(c, Tag)]


def _figure_markdown(conv: _Converter, el: Tag, parent_tags: set[str]) -> str | None:
    classes = el.get("class") or []
    try:
        parts = _children(el)
    except ValueError:
        return None
    if classes == ["wp-block-pullquote"] and set(el.attrs) == {"class"}:
        return _pullquote_markdown(conv, parts, parent_tags)
    if set(el.attrs) - {"class"}:
        return None
    if classes == ["wp-block-table"] and len(parts) == 1 and parts[0].name == "table":
        return _table_markdown(conv, parts[0], parent_tags)
    if set(classes) - {"wp-block-image"}:
        return None
    if not parts or parts[0].name != "img" or len(parts) > 2 or not _plain_attrs(parts[0], {"src", "alt", "title"}):
        return None
    image = conv.process_tag(parts[0], parent_tags).strip()
    if len(parts) == 1:
        return f"\n\n{image}\n\n"
    caption_el = parts[1]
    if caption_el.name != "figcaption" or not _plain_attrs(caption_el, set()):
        return None
    caption = conv.inner(caption_el, parent_tags | {"_inline"}).strip()
    if "\n" in caption:
        return None
    # A credit at the end of the caption ("Photo: …") gets a caption line of its own, so the
    # caption and the credit stay apart on the desk.
    text, credit = split_credit(caption)
    lines = [line for line in (text, credit) if line]
    return f"\n\n{image}\n" + "\n".join(lines) + "\n\n" if lines else f"\n\n{image}\n\n"


def _pullquote_markdown(conv: _Converter, parts: list[Tag], parent_tags: set[str]) -> str | None:
    if len(parts) != 1 or parts[0].name != "blockquote" or parts[0].attrs:
        return None
    try:
        inner = _children(parts[0])
    except ValueError:
        return None
    if not inner or inner[0].name != "p" or inner[0].attrs or len(inner) > 2:
        return None
    quote = conv.inner(inner[0], parent_tags | {"_inline"}).strip()
    lines = ["> [!pullquote]", f"> {quote}"]
    if len(inner) == 2:
        if inner[1].name != "cite" or inner[1].attrs:
            return None
        lines.append(f"> — {conv.inner(inner[1], parent_tags | {'_inline'}).strip()}")
    if any("\n" in line for line in lines):
        return None
    return "\n\n" + "\n".join(lines) + "\n\n"


def _table_markdown(conv: _Converter, table: Tag, parent_tags: set[str]) -> str | None:
    """A pipe table when the table is simple: one header row, no spans, inline cells only."""
    if table.attrs and not _plain_attrs(table, set()):
        return None
    try:
        sections = _children(table)
        rows: list[Tag] = []
        kinds: list[str] = []
        for section in sections:
            if section.name not in ("thead", "tbody") or section.attrs:
                return None
            for row in _children(section):
                if row.name != "tr" or row.attrs:
                    return None
                rows.append(row)
                kinds.append(section.name)
    except ValueError:
        return None
    if len(rows) < 1 or kinds.count("thead") != 1 or kinds[0] != "thead":
        return None
    cells: list[list[str]] = []
    aligns: list[str | None] = []
    for index, row in enumerate(rows):
        try:
            row_cells = _children(row)
        except ValueError:
            return None
        out: list[str] = []
        for cell in row_cells:
            expected = "th" if index == 0 else "td"
            if cell.name != expected or cell.find(["p", "div", "ul", "ol", "table", "blockquote", "pre"]):
                return None
            align = _cell_align(cell)
            if align is False:
                return None
            if index == 0:
                aligns.append(align)
            text = conv.inner(cell, parent_tags | {"_inline", "_table_cell"}).strip()
            out.append(text.replace("\n", " "))
        cells.append(out)
    width = len(cells[0])
    if width == 0 or any(len(r) != width for r in cells):
        return None
    rule = {None: "---", "left": ":---", "center": ":---:", "right": "---:"}
    lines = ["| " + " | ".join(cells[0]) + " |", "| " + " | ".join(rule[a] for a in aligns) + " |"]
    lines += ["| " + " | ".join(r) + " |" for r in cells[1:]]
    return "\n\n" + "\n".join(lines) + "\n\n"


def _cell_align(cell: Tag) -> str | None | bool:
    """The cell's alignment, None for none, False if it has attributes a pipe table cannot hold."""
    align: str | None = None
    for name, value in cell.attrs.items():
        if name == "style":
            found = _STYLE_ALIGN.match(value)
            if not found:
                return False
            align = found.group(1)
        elif name == "class":
            for cls in value:
                found = _ALIGN_CLASS.match(cls)
                if not found:
                    return False
                align = found.group(1)
        elif name != "data-align":
            return False
    return align
