"""The Unicode Bidirectional Algorithm (UAX #9) for one line of sanitised text."""

# python-bidi 0.6 reorders but neither mirrors nor exposes its embedding levels, and its pure
# Python fallback predates bracket pairs (rule N0), so it disagrees with FriBidi and with the
# terminals that do bidi. Sanitised text holds no explicit embeddings, overrides, isolates or
# paragraph separators, so one isolating run sequence at the paragraph level covers a line and
# the algorithm shrinks to the weak, neutral, implicit and reordering rules below.

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final

from bidi.mirror import MIRRORED as _MIRRORED_UNTYPED

_MIRRORED: Final[dict[str, str]] = dict(_MIRRORED_UNTYPED)

# Paired brackets (BD14, BD15): opening and closing punctuation that has a mirror image.
_OPENING: Final[dict[str, str]] = {
    char: pair for char, pair in _MIRRORED.items() if unicodedata.category(char) == "Ps"
}
_CLOSING: Final[frozenset[str]] = frozenset(
    char for char in _MIRRORED if unicodedata.category(char) == "Pe"
)
# Angle brackets that are canonically equivalent must still pair with each other (BD16).
_CANONICAL: Final[dict[str, str]] = {"\u2329": "\u3008", "\u232a": "\u3009"}
_MAX_BRACKET_DEPTH: Final = 63

_LEFT_TO_RIGHT: Final = frozenset({"L", "EN", "AN"})
_RIGHT_TO_LEFT: Final = frozenset({"R", "AL", "AN"})
_NEUTRAL: Final = frozenset({"B", "S", "WS", "ON"})
# Direction a resolved type counts as for the neutral rules: numbers act as R (N1, N0).
_DIRECTION: Final[dict[str, str]] = {"L": "L", "R": "R", "EN": "R", "AN": "R"}


@lru_cache(maxsize=4096)
def bidi_class(char: str) -> str:
    """The Bidi_Class of a character, with unassigned code points treated as L."""
    return unicodedata.bidirectional(char) or "L"


def mirror(char: str) -> str:
    """The mirror image of a character drawn right to left, or the character itself."""
    return _MIRRORED.get(char, char) if unicodedata.mirrored(char) else char


def _resolve_weak(types: list[str], sos: str) -> None:
    """Apply rules W1 to W7 in place."""
    previous = sos
    for k, kind in enumerate(types):  # W1: a mark takes the type of what it marks
        if kind == "NSM":
            types[k] = previous
        previous = types[k]
    last_strong = sos
    for k, kind in enumerate(types):  # W2 and W3: numbers after Arabic letters are Arabic
        if kind in ("L", "R", "AL"):
            last_strong = kind
            if kind == "AL":
                types[k] = "R"
        elif kind == "EN" and last_strong == "AL":
            types[k] = "AN"
    for k in range(1, len(types) - 1):  # W4: one separator between two numbers joins them
        kind, before, after = types[k], types[k - 1], types[k + 1]
        if before == after and (
            (kind == "ES" and before == "EN") or (kind == "CS" and before in ("EN", "AN"))
        ):
            types[k] = before
    k = 0
    while k < len(types):  # W5: terminators next to European numbers join them
        if types[k] != "ET":
            k += 1
            continue
        end = k
        while end < len(types) and types[end] == "ET":
            end += 1
        if (k > 0 and types[k - 1] == "EN") or (end < len(types) and types[end] == "EN"):
            types[k:end] = ["EN"] * (end - k)
        k = end
    last_strong = sos
    for k, kind in enumerate(types):  # W6 and W7
        if kind in ("ES", "ET", "CS"):
            types[k] = "ON"
        elif kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            types[k] = "L"


def _bracket_pairs(chars: list[str], types: list[str]) -> list[tuple[int, int]]:
    """Positions of the paired brackets of the sequence, by opening position (BD16)."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for k, char in enumerate(chars):
        if types[k] != "ON":
            continue
        if char in _OPENING:
            if len(stack) == _MAX_BRACKET_DEPTH:
                break
            closing = _OPENING[char]
            stack.append((_CANONICAL.get(closing, closing), k))
        elif char in _CLOSING:
            wanted = _CANONICAL.get(char, char)
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == wanted:
                    pairs.append((stack[depth][1], k))
                    del stack[depth:]
                    break
    pairs.sort()
    return pairs


def _resolve_brackets(chars: list[str], original: list[str], types: list[str], e: str) -> None:
    """Apply rule N0: a bracket pair takes the direction of what it encloses and its context."""
    for opening, closing in _bracket_pairs(chars, types):
        inside = {_DIRECTION.get(kind) for kind in types[opening + 1 : closing]}
        if e in inside:
            new = e
        elif inside - {None}:
            context = e
            for kind in reversed(types[:opening]):
                if kind in _DIRECTION:
                    context = _DIRECTION[kind]
                    break
            new = context
        else:
            continue
        for position in (opening, closing):
            types[position] = new
            after = position + 1
            while after < len(types) and original[after] == "NSM":
                types[after] = new
                after += 1


def _resolve_neutral(types: list[str], e: str) -> None:
    """Apply rules N1 and N2: neutrals between like directions take it, others the paragraph's."""
    k = 0
    while k < len(types):
        if types[k] not in _NEUTRAL:
            k += 1
            continue
        end = k
        while end < len(types) and types[end] in _NEUTRAL:
            end += 1
        before = _DIRECTION[types[k - 1]] if k > 0 else e
        after = _DIRECTION[types[end]] if end < len(types) else e
        types[k:end] = [before if before == after else e] * (end - k)
        k = end


def resolve_levels(text: str, rtl: bool) -> list[int]:
    """The embedding level of each character of a line, after rule L1."""
    base = 1 if rtl else 0
    e = "R" if rtl else "L"
    original = [bidi_class(char) for char in text]
    kinds = set(original)
    # Most rows of Arabic prose hold nothing that reads left to right, and most English rows
    # nothing that reads right to left: every character then sits at the paragraph level.
    if "BN" not in kinds and not kinds & (_LEFT_TO_RIGHT if rtl else _RIGHT_TO_LEFT):
        return [base] * len(text)
    # X9: boundary neutrals (zero-width joiners and the like) take no part in resolution.
    kept = [i for i, kind in enumerate(original) if kind != "BN"]
    chars = [text[i] for i in kept]
    kept_original = [original[i] for i in kept]
    types = kept_original[:]
    _resolve_weak(types, e)
    _resolve_brackets(chars, kept_original, types, e)
    _resolve_neutral(types, e)
    levels = [base] * len(text)
    for i, kind in zip(kept, types, strict=True):  # I1 and I2
        if base == 0:
            levels[i] = 1 if kind == "R" else 2 if kind in ("AN", "EN") else 0
        else:
            levels[i] = 2 if kind in ("L", "AN", "EN") else 1
    previous = base
    for i, kind in enumerate(original):  # a boundary neutral sits with what precedes it
        if kind == "BN":
            levels[i] = previous
        previous = levels[i]
    trailing = True  # L1: separators and the whitespace before them or the line end
    for i in range(len(text) - 1, -1, -1):
        kind = original[i]
        if kind in ("S", "B"):
            levels[i] = base
            trailing = True
        elif trailing and kind in ("WS", "BN"):
            levels[i] = base
        else:
            trailing = False
    return levels


def visual_order(text: str, rtl: bool) -> tuple[list[int], list[int]]:
    """The logical index at each visual position, left to right, and the logical levels."""
    levels = resolve_levels(text, rtl)
    order = list(range(len(text)))
    # L3: a mark drawn right to left must still follow its letter, because terminals put a
    # combining mark on the cell before it; so reverse each letter-and-marks run beforehand.
    i = len(text) - 1
    while i >= 0:
        if levels[i] % 2 and bidi_class(text[i]) == "NSM":
            end = i
            level = levels[i]
            i -= 1
            while i >= 0 and bidi_class(text[i]) in ("NSM", "BN") and levels[i] == level:
                i -= 1
            if i < 0 or levels[i] != level:
                i += 1
            order[i : end + 1] = order[i : end + 1][::-1]
        i -= 1
    # L2: from the highest level down to the lowest odd one, reverse every run at or above it.
    visual_levels = [levels[j] for j in order]
    highest = max(levels, default=0)
    lowest_odd = min((level for level in levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        k = 0
        while k < len(order):
            if visual_levels[k] < level:
                k += 1
                continue
            end = k
            while end < len(order) and visual_levels[end] >= level:
                end += 1
            order[k:end] = order[k:end][::-1]
            visual_levels[k:end] = visual_levels[k:end][::-1]
            k = end
    return order, levels
