"""Raw HTML that would swallow the article is shown as text instead.

An author's HTML reaches the sanitiser as written. A browser's parser (and the sanitiser's) reads
an attribute quote that never closes, a comment that never ends, or a `<script>`, `<textarea>` or
`<title>` without its end tag as one token running to the end of the document, and the rest of the
article vanishes from the preview and from what is published. Here every `<` that does not start a
complete tag, a closed comment, or a raw-text element with its end tag becomes `&lt;`, so it
prints as typed and the text after it stays text. That includes every `<!` other than a comment
and every `<?`: a browser reads `<!x …>`, `<!DOCTYPE …>`, `<![CDATA[ …>` and `<?php … ?>` as a
bogus comment hiding all up to the next `>`, and no article needs one.

The scan is linear: each `<` is matched by a pattern that cannot read past the next `<`, and a
search for a missing end (of a comment, of a raw-text element) is done once per kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A start or end tag; attribute values may hold ">" but not "<" (a tag with one is shown as text).
TAG = re.compile(
    r"""<(/?)([A-Za-z][A-Za-z0-9:-]*)"""
    r"""(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"<]*"|'[^'<]*'|[^\s"'=<>`]+))?)*\s*/?>"""
)
# <!DOCTYPE …>, <?xml …?>: markup when reading HTML written elsewhere (see `tokens`).
_DECLARATION = re.compile(r"<(?:![A-Za-z][^<>]*|\?[^<>]*)>")
# Where a comment ends, as a browser reads it: "-->", or "--!>" (a parse error that still closes it).
_COMMENT_END = re.compile(r"--!?>")
# Elements whose content the parser reads as raw text up to their end tag.
RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"})
_NEVER_CLOSED = frozenset({"plaintext"})  # everything after it is text
_END_TAGS = {name: re.compile(rf"</{name}(?=[\s/>])", re.I) for name in RAW_TEXT}
# Elements that never hold others open: void ones, and those whose end tag is optional (the next
# sibling closes them). Every other start tag without its end nests what follows one level deeper.
_NOT_NESTING = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "caption",
        "rb",
        "rt",
        "rtc",
        "rp",
    }
)
# Deeper nesting than this is shown as text: no article needs it, and every tree walker after the
# sanitiser (block markup, HTML to Markdown) would otherwise recurse once per level.
MAX_DEPTH = 64


def tokens(html: str, *, declarations: bool = False) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, lower-case tag name or "" for comments and declarations, is_end_tag) for
    every piece of markup a parser would see, in order; what lies between them is text.
    A `<` that starts none of them is text too, and not reported. Declarations and processing
    instructions count as markup only with `declarations` (HTML written elsewhere: pasted, or a
    post fetched from the site, whose `<!DOCTYPE>` or `<?xml …?>` are never the author's words)."""
    comments_end = True  # False once a search for "-->" failed: later ones fail too
    missing_end: dict[str, int] = {}  # raw-text element -> position after which it never ends
    pos = html.find("<")
    while pos != -1:
        if html.startswith("<!--", pos):
            if html.startswith(("<!-->", "<!--->"), pos):  # whole (empty) comments to a browser
                end = html.find(">", pos) + 1
            else:
                found = _COMMENT_END.search(html, pos + 4) if comments_end else None
                end = found.end() if found else -1
            if end != -1:
                yield pos, end, "", False
                pos = html.find("<", end)
                continue
            comments_end = False
        elif match := TAG.match(html, pos):
            name = match.group(2).lower()
            closing = bool(match.group(1))
            if closing or (name not in RAW_TEXT and name not in _NEVER_CLOSED):
                yield pos, match.end(), name, closing
                pos = html.find("<", match.end())
                continue
            if name in RAW_TEXT and missing_end.get(name, len(html) + 1) > match.end():
                found = _END_TAGS[name].search(html, match.end())
                if found:
                    yield pos, match.end(), name, False
                    pos = found.start()  # the content is raw text: no markup inside
                    continue
                missing_end[name] = match.end()
        elif declarations and (match := _DECLARATION.match(html, pos)):
            yield pos, match.end(), "", False
            pos = html.find("<", match.end())
            continue
        pos = html.find("<", pos + 1)


def escape_unparseable(html: str, *, declarations: bool = False) -> str:
    """`html` with every `<` that starts no complete markup, or that would open an element
    deeper than `MAX_DEPTH`, written as `&lt;` (see `tokens` for `declarations`)."""
    if "<" not in html:
        return html
    out: list[str] = []
    last = 0
    open_elements: list[str] = []
    for start, end, name, closing in tokens(html, declarations=declarations):
        if name and not closing and name not in _NOT_NESTING and html[end - 2] != "/":
            if len(open_elements) >= MAX_DEPTH:
                continue  # left in the text below, escaped
            open_elements.append(name)
        elif closing and name in open_elements:
            while open_elements.pop() != name:
                pass
        out.append(html[last:start].replace("<", "&lt;"))
        out.append(html[start:end])
        last = end
    out.append(html[last:].replace("<", "&lt;"))
    return "".join(out)
