"""Readable diffs: the core's unified diff turned into coloured lines with the changed words marked.

Markdown keeps a paragraph on one line, so a one-word edit changes a whole long line; marking the
changed words inside it is what makes the diff readable. Japanese and Chinese have no spaces and
Korean words take particles, so CJK text is compared character by character, other scripts word
by word. Colour is never the only cue: lines carry − and + markers, removed words are struck
through and added words underlined.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from PySide6.QtGui import QPalette

_CJK = (
    "\u1100-\u11ff"  # Hangul Jamo
    "\u2e80-\u2fdf"  # CJK radicals
    "\u3000-\u303f"  # CJK punctuation
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3130-\u318f"  # Hangul compatibility Jamo
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\uac00-\ud7af"  # Hangul syllables
    "\uff00-\uffef"  # full-width forms
)
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|\s+|.", re.DOTALL)

# Past this many token pairs per line the word-level pass costs more than it helps.
_MAX_PAIR_WORK = 4_000_000
# Lines less alike than this are shown as a removal and an addition, not as an edit.
_MIN_SIMILARITY = 0.35

Segment = tuple[str, bool]  # text, whether it changed


def tokens(text: str) -> list[str]:
    """Words for spaced scripts, single characters for CJK, whitespace and punctuation on their own."""
    return _TOKEN.findall(text)


def _merge(segments: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for text, changed in segments:
        if not text:
            continue
        if out and out[-1][1] == changed:
            out[-1] = (out[-1][0] + text, changed)
        else:
            out.append((text, changed))
    return out


def highlight_pair(old: str, new: str) -> tuple[list[Segment], list[Segment]] | None:
    """The two lines split into unchanged and changed runs, or None when they are too unlike."""
    a, b = tokens(old), tokens(new)
    if len(a) * len(b) > _MAX_PAIR_WORK:
        return None
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.ratio() < _MIN_SIMILARITY:
        return None
    left: list[Segment] = []
    right: list[Segment] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        changed = op != "equal"
        left.append(("".join(a[i1:i2]), changed))
        right.append(("".join(b[j1:j2]), changed))
    return _merge(left), _merge(right)


@dataclass(frozen=True)
class DiffLine:
    kind: str  # "context" | "removed" | "added" | "gap"
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.segments)


def _block(removed: list[str], added: list[str]) -> list[DiffLine]:
    """A run of removed lines followed by added ones: pair them up so each edit reads in place."""
    out: list[DiffLine] = []
    for old, new in zip(removed, added, strict=False):
        pair = highlight_pair(old, new)
        if pair is None:
            out.append(DiffLine("removed", ((old, False),)))
            out.append(DiffLine("added", ((new, False),)))
        else:
            out.append(DiffLine("removed", tuple(pair[0])))
            out.append(DiffLine("added", tuple(pair[1])))
    common = min(len(removed), len(added))
    out += [DiffLine("removed", ((line, False),)) for line in removed[common:]]
    out += [DiffLine("added", ((line, False),)) for line in added[common:]]
    return out


def parse_unified(diff_text: str) -> list[DiffLine]:
    """Lines of a unified diff (as the core's `RevisionService.diff` writes it) for display."""
    out: list[DiffLine] = []
    removed: list[str] = []
    added: list[str] = []

    def flush() -> None:
        if removed or added:
            out.extend(_block(removed, added))
            removed.clear()
            added.clear()

    in_hunk = False
    for raw in diff_text.splitlines():
        if not in_hunk and not raw.startswith("@@"):
            continue  # the "---" and "+++" file headers
        if raw.startswith("@@"):
            in_hunk = True
            flush()
            if out:
                out.append(DiffLine("gap", (("⋯", False),)))
        elif raw.startswith("-"):
            if added:  # a removal after additions starts a new block
                flush()
            removed.append(raw[1:])
        elif raw.startswith("+"):
            added.append(raw[1:])
        elif raw.startswith("\\"):
            continue  # "\ No newline at end of file"
        else:
            flush()
            out.append(DiffLine("context", ((raw[1:] if raw.startswith(" ") else raw, False),)))
    flush()
    return out


@dataclass(frozen=True)
class DiffColours:
    text: str
    removed_line: str
    removed_word: str
    added_line: str
    added_word: str
    faint: str

    @classmethod
    def for_palette(cls, palette: QPalette) -> DiffColours:
        """Tints that keep the text readable on the system's light or dark palette."""
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        if dark:
            return cls("#ececec", "#4a2427", "#8e3a40", "#1e3b28", "#2f6e45", "#9a9a9a")
        return cls("#1b1b1b", "#fdecea", "#f4aaa8", "#e6f4ea", "#a6dcb4", "#6b6b6b")


MARKERS = {"context": "\u2007 ", "removed": "− ", "added": "+ ", "gap": ""}


def lines_to_html(lines: list[DiffLine], colours: DiffColours) -> str:
    """HTML for a QTextBrowser: one paragraph per line, wrapped, changed words marked."""
    parts: list[str] = []
    for line in lines:
        style = "margin:0; padding:1px 4px; white-space:pre-wrap;"
        if line.kind == "removed":
            style += f" background-color:{colours.removed_line}; color:{colours.text};"
            word = f"background-color:{colours.removed_word}; text-decoration:line-through;"
        elif line.kind == "added":
            style += f" background-color:{colours.added_line}; color:{colours.text};"
            word = f"background-color:{colours.added_word}; text-decoration:underline;"
        elif line.kind == "gap":
            style += f" color:{colours.faint};"
            word = ""
        else:
            word = ""
        body = "".join(
            f'<span style="{word}">{html.escape(text)}</span>' if changed and word else html.escape(text)
            for text, changed in line.segments
        )
        parts.append(f'<p style="{style}">{html.escape(MARKERS[line.kind])}{body}</p>')
    return "<html><body>" + "".join(parts) + "</body></html>"
