"""English smart punctuation applied to rendered HTML text (never inside code or tags).

Python-Markdown's ``smarty`` extension doubles conversion time, so the same conventions are
applied here in one pass over the finished HTML: "straight" quotes become curly, ``--`` an en
dash, ``---`` an em dash, ``...`` an ellipsis. Output is Unicode characters, not entities.
"""

from __future__ import annotations

import re

from .rawhtml import tokens

# Elements whose text is literal (code, scripts, formulas): no typography inside.
_LITERAL = frozenset({"pre", "code", "kbd", "samp", "script", "style", "math"})
_PUNCT = re.compile(r"---|--|\.\.\.|[\"']")
_OPENING_CONTEXT = frozenset(" \t\n\r\u00a0([{\u2014\u2013-/")
_TRIGGERS = ('"', "'", "--", "...")


def smarten(html: str) -> str:
    """Curly quotes and dashes in the text of `html`; tags (their attributes included), comments
    and literal elements are copied as they are. Linear: one pass over the markup tokens."""
    if not any(t in html for t in _TRIGGERS):
        return html
    out: list[str] = []
    previous = " "  # last text character seen, to decide whether a quote opens or closes
    literal = 0  # depth of open literal elements
    pos = 0
    for start, end, name, closing in tokens(html):
        text = html[pos:start]
        if text:
            out.append(text if literal else _smarten_text(text, previous))
            previous = "x" if literal else text[-1]  # code reads as a word: a quote after it closes
        out.append(html[start:end])
        if name in _LITERAL:
            literal = max(0, literal - 1) if closing else literal + (not html[end - 2] == "/")
        pos = end
    text = html[pos:]
    if text:
        out.append(text if literal else _smarten_text(text, previous))
    return "".join(out)


def _smarten_text(text: str, previous: str) -> str:
    if not any(t in text for t in _TRIGGERS):
        return text

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "---":
            return "\u2014"
        if token == "--":
            return "\u2013"
        if token == "...":
            return "\u2026"
        start = match.start()
        before = text[start - 1] if start else previous
        after = text[start + 1 : start + 2]
        opening = before in _OPENING_CONTEXT and after != "" and not after.isspace()
        if token == '"':
            return "\u201c" if opening else "\u201d"
        # '90s and 'tis read as apostrophes, which are closing quotes.
        if opening and not (after.isdigit() and text[start + 2 : start + 3].isdigit()):
            return "\u2018"
        return "\u2019"

    return _PUNCT.sub(replace, text)
