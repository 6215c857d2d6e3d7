"""Three-way comparison for the conflict view: what each side changed from the base, and where both did.

Each side is compared line by line with the base; changed lines are paired with the base lines
they replace so the changed words (characters, for CJK) can be marked. Positions in the base are
counted in "slots" (odd: a base line, even: the gap before one) so that two sides editing the same
line, or one editing a line while the other inserts next to it, are both seen as a conflict.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from PySide6.QtGui import QPalette

from editor_app.ui.history.inline_diff import Segment, highlight_pair

SAME, CHANGED, ADDED, CONFLICT = "same", "changed", "added", "conflict"


@dataclass(frozen=True)
class MarkedLine:
    kind: str  # SAME | CHANGED | ADDED | CONFLICT
    segments: tuple[Segment, ...]
    slots: frozenset[int] = frozenset()  # base slots this line replaced or was inserted at

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.segments)


@dataclass
class SideChanges:
    """One side (mine or theirs) against the base."""

    lines: list[MarkedLine] = field(default_factory=list)
    base_segments: dict[int, tuple[Segment, ...]] = field(default_factory=dict)  # base lines it changed
    slots: set[int] = field(default_factory=set)


def _whole(text: str, changed: bool) -> tuple[Segment, ...]:
    return ((text, changed),)


def compare_to_base(base: list[str], other: list[str]) -> SideChanges:
    out = SideChanges()
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.lines += [MarkedLine(SAME, _whole(line, False)) for line in other[j1:j2]]
            continue
        slots = frozenset(range(2 * i1, 2 * i2 + 1)) if i2 > i1 else frozenset({2 * i1})
        out.slots |= slots
        for k in range(max(i2 - i1, j2 - j1)):
            old = base[i1 + k] if i1 + k < i2 else None
            new = other[j1 + k] if j1 + k < j2 else None
            pair = highlight_pair(old, new) if old is not None and new is not None else None
            if old is not None:
                out.base_segments[i1 + k] = tuple(pair[0]) if pair else _whole(old, True)
            if new is not None:
                kind = CHANGED if old is not None else ADDED
                out.lines.append(MarkedLine(kind, tuple(pair[1]) if pair else _whole(new, True), slots))
    return out


@dataclass
class ThreeWay:
    base: list[MarkedLine]
    mine: list[MarkedLine]
    theirs: list[MarkedLine]

    @property
    def conflicts(self) -> int:
        """How many of mine's lines clash with a change of theirs."""
        return sum(1 for line in self.mine if line.kind == CONFLICT)


def _flag_conflicts(lines: list[MarkedLine], other_slots: set[int]) -> list[MarkedLine]:
    return [MarkedLine(CONFLICT, line.segments, line.slots) if line.slots & other_slots else line for line in lines]


def three_way(base: str, mine: str, theirs: str) -> ThreeWay:
    base_lines, mine_lines, theirs_lines = base.splitlines(), mine.splitlines(), theirs.splitlines()
    ours = compare_to_base(base_lines, mine_lines)
    other = compare_to_base(base_lines, theirs_lines)
    marked_base: list[MarkedLine] = []
    for i, line in enumerate(base_lines):
        slot = 2 * i + 1
        in_mine, in_theirs = i in ours.base_segments, i in other.base_segments
        if in_mine and in_theirs:
            marked_base.append(MarkedLine(CONFLICT, ours.base_segments[i], frozenset({slot})))
        elif in_mine or in_theirs:
            segments = ours.base_segments[i] if in_mine else other.base_segments[i]
            marked_base.append(MarkedLine(CHANGED, segments, frozenset({slot})))
        else:
            marked_base.append(MarkedLine(SAME, _whole(line, False)))
    return ThreeWay(marked_base, _flag_conflicts(ours.lines, other.slots), _flag_conflicts(other.lines, ours.slots))


@dataclass(frozen=True)
class PaneColours:
    text: str
    base_line: str
    base_word: str
    side_line: str
    side_word: str
    conflict_line: str
    conflict_word: str

    @classmethod
    def for_palette(cls, palette: QPalette) -> PaneColours:
        if palette.color(QPalette.ColorRole.Base).lightness() < 128:
            return cls("#ececec", "#4a2427", "#8e3a40", "#1e3b28", "#2f6e45", "#4d3b00", "#8a6a00")
        return cls("#1b1b1b", "#fdecea", "#f4aaa8", "#e6f4ea", "#a6dcb4", "#fff1c2", "#ffd34d")


# Markers give a cue that does not depend on colour.
MARKERS = {SAME: "\u2007 ", CHANGED: "~ ", ADDED: "+ ", CONFLICT: "! "}


def pane_html(lines: list[MarkedLine], colours: PaneColours, *, is_base: bool = False) -> str:
    """A full text with its changed lines tinted and changed words marked, for a QTextBrowser."""
    parts: list[str] = []
    for line in lines:
        style = "margin:0; padding:1px 4px; white-space:pre-wrap;"
        word = ""
        if line.kind == CONFLICT:
            style += f" background-color:{colours.conflict_line}; color:{colours.text};"
            word = f"background-color:{colours.conflict_word};"
        elif line.kind != SAME:
            tint = colours.base_line if is_base else colours.side_line
            style += f" background-color:{tint}; color:{colours.text};"
            word = f"background-color:{colours.base_word if is_base else colours.side_word};"
        if word:
            word += " text-decoration:line-through;" if is_base else " text-decoration:underline;"
        body = "".join(
            f'<span style="{word}">{html.escape(text)}</span>' if changed and word else html.escape(text)
            for text, changed in line.segments
        )
        parts.append(f'<p style="{style}">{html.escape(MARKERS[line.kind])}{body}</p>')
    return "<html><body>" + "".join(parts) + "</body></html>"
