"""An independent check of rendered bidi rows, built on GNU FriBidi's command-line tool."""

# The rows under test come from tui.arabic, which implements the bidi algorithm and the
# joining of letters itself. This oracle knows nothing of either: it asks FriBidi where each
# logical character of a row must be drawn, folds the rendered glyphs back to letters with
# NFKC, and compares. Rows taken top to bottom must give back the source text in order.
# FriBidi 1.0.8 mispairs brackets that have a combining mark beside them, where unicode-bidi
# (python-bidi's engine) agrees with tui.arabic; test text keeps its marks on letters.
# A line that sets data in the app's English marks each field with FSI … PDI (UAX #9
# isolates), as the test writing it knows its fields; FriBidi resolves the isolates, and a
# row that starts inside one reopens it, as a line of its own would need.

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len

INSTALL_HINT = (
    "GNU FriBidi's command-line tool `fribidi` is not installed: "
    "install the Debian/Ubuntu package libfribidi-bin (apt-get install libfribidi-bin)"
)


class OracleError(AssertionError):
    """A rendered row does not show its source text in the order FriBidi gives."""


def fribidi_path() -> str:
    """The fribidi executable, or an AssertionError that says how to install it."""
    path = shutil.which("fribidi")
    if path is None:
        raise AssertionError(INSTALL_HINT)
    return path


@dataclass(frozen=True)
class Reordered:
    """FriBidi's answer for one logical line."""

    visual: str  # shaped and mirrored, as FriBidi would draw it
    vtol: tuple[int, ...]  # the logical index at each visual position
    levels: tuple[int, ...]  # the embedding level of each logical character


def _run(args: Sequence[str], lines: Sequence[str]) -> list[str]:
    """Output lines of fribidi run over `lines`, one paragraph each."""
    for line in lines:
        if "\n" in line or "\r" in line:
            raise ValueError(f"a line for fribidi holds a line break: {line!r}")
    result = subprocess.run(
        [fribidi_path(), "--nopad", "--nobreak", *args],
        input="".join(f"{line}\n" for line in lines).encode(),
        capture_output=True,
        check=True,
    )
    return result.stdout.decode().split("\n")


def reorder(lines: Sequence[str], rtl: bool) -> list[Reordered]:
    """FriBidi's visual order of each line at the given base direction, in one process."""
    if not lines:
        return []
    direction = "--rtl" if rtl else "--ltr"
    out = _run([direction, "--reordernsm", "--vtol", "--levels"], lines)
    answers = []
    for index in range(len(lines)):
        visual, vtol, levels = out[3 * index : 3 * index + 3]
        answers.append(
            Reordered(
                visual,
                tuple(int(n) for n in vtol.split()),
                tuple(int(n) for n in levels.split()),
            )
        )
    return answers


def base_directions(paragraphs: Sequence[str]) -> list[bool]:
    """Whether FriBidi finds each paragraph right to left (its first strong character)."""
    if not paragraphs:
        return []
    out = _run(["--basedir", "--novisual"], paragraphs)
    found = [line for line in out if line.startswith("Base direction:")]
    assert len(found) == len(paragraphs), out
    return [line.endswith("R") for line in found]


ISOLATE_OPEN = frozenset({"LRI", "RLI", "FSI"})
ISOLATE_CONTROLS = ISOLATE_OPEN | {"PDI"}
FSI, LRI, RLI, PDI = "\u2068", "\u2066", "\u2067", "\u2069"


def fold_glyph(char: str) -> str:
    """The letters a drawn glyph stands for, left to right as drawn."""
    kind = unicodedata.bidirectional(char)
    if kind == "BN" or kind in ISOLATE_CONTROLS or char == "\ufeff":
        return ""  # joiners, isolates and FriBidi's ligature filler draw nothing
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) > 1 and "\ufb50" <= char <= "\ufefc":
        folded = folded[::-1]  # an Arabic ligature shows its letters right to left
    return folded


# What a test takes for an Arabic phrase in English: Arabic words and the spaces between,
# with a number right before or after them ("27 أيلول 2024": the day and year of the month).
_NUMBER = "[0-9]+(?:[-/.][0-9]+)*"
_PHRASE = re.compile(f"(?:{_NUMBER} )?[\u0600-\u06ff]+(?:[ /][\u0600-\u06ff]+)*(?: ?{_NUMBER})?")


def isolated(text: str) -> str:
    """`text` with each Arabic phrase in it between FSI and PDI."""
    return _PHRASE.sub(lambda m: f"{FSI}{m.group()}{PDI}", text)


def rows_showing(rows: Sequence[str], first: int, logical: str) -> list[str]:
    """The rows from `first` on that together hold as many letters as `logical`: where a
    wrapped line sits on a captured screen (spaces are not counted: a wrap drops one)."""

    def letters(text: str) -> int:
        return sum(1 for char in text if not char.isspace() for _ in fold_glyph(char))

    need, got, taken = letters(logical), 0, []
    for row in rows[first:]:
        if got >= need:
            break
        taken.append(row)
        got += letters(row)
    return taken


def _is_mark(char: str) -> bool:
    """Whether a character draws on the cell of the one before it."""
    return unicodedata.category(char) in ("Mn", "Me")


@dataclass
class _Cluster:
    """Letters drawn in one place and the marks drawn on them."""

    bases: str
    marks: str
    position: int  # the index, in the row or in FriBidi's visual line, of its first glyph


def _clusters(glyphs: Sequence[str]) -> list[_Cluster]:
    """Clusters of a visual sequence of glyphs."""
    clusters: list[_Cluster] = []
    for position, glyph in enumerate(glyphs):
        folded = fold_glyph(glyph)
        bases = "".join(c for c in folded if not _is_mark(c))
        marks = "".join(c for c in folded if _is_mark(c))
        if bases or not clusters or not folded:
            if folded:
                clusters.append(_Cluster(bases, marks, position))
        else:
            clusters[-1].marks += marks
    return clusters


def folded_length(text: str) -> int:
    """The number of characters `text` folds to."""
    return sum(len(fold_glyph(char)) for char in text)


def expected_glyphs(logical: str, answer: Reordered) -> list[str]:
    """The logical characters in FriBidi's visual order, mirrored where FriBidi mirrors."""
    glyphs = []
    for position, index in enumerate(answer.vtol):
        char = logical[index]
        if answer.levels[index] % 2 and unicodedata.mirrored(char):
            char = answer.visual[position]  # FriBidi's own mirror image
        glyphs.append(char)
    return glyphs


def compare(row: str, logical: str, answer: Reordered) -> list[tuple[int, ...]]:
    """The logical indices each character of `row` shows; OracleError if the row is wrong.

    `row` is one rendered row (padding included) and `logical` the stripped slice of the
    source it must show. Marks are compared with the letter they sit on; the marks on a
    ligature may come in either order.
    """
    lead = len(row) - len(row.lstrip())
    content = row.strip()
    expected = expected_glyphs(logical, answer)
    ours, theirs = _clusters(content), _clusters(expected)
    shown: list[tuple[int, ...]] = [() for _ in row]
    next_cluster = 0
    for cluster in ours:
        taken: list[_Cluster] = []
        letters = ""
        while next_cluster < len(theirs) and (
            len(letters) < len(cluster.bases) or (not cluster.bases and not taken)
        ):
            taken.append(theirs[next_cluster])
            letters += theirs[next_cluster].bases
            next_cluster += 1
        marks = "".join(t.marks for t in taken)
        same_marks = (
            marks == cluster.marks if len(taken) == 1 else sorted(marks) == sorted(cluster.marks)
        )
        if letters != cluster.bases or not same_marks:
            raise OracleError(
                f"row {row!r} shows {cluster.bases + cluster.marks!r} at {cluster.position}"
                f" where FriBidi draws {''.join(t.bases + t.marks for t in taken)!r};"
                f" FriBidi's row: {''.join(expected)!r}, logical {logical!r}"
            )
        shown[lead + cluster.position] = tuple(sorted(answer.vtol[t.position] for t in taken))
    if next_cluster != len(theirs):
        raise OracleError(f"row {row!r} leaves out part of {logical!r}")
    return shown


@dataclass(frozen=True)
class Plan:
    """The logical slices that the rows of one paragraph must show, top to bottom."""

    rows: tuple[str, ...]
    paragraph: str
    slices: tuple[tuple[int, int], ...]


def _undrawn(char: str) -> bool:
    """Whether a character may be left out at a wrap point: whitespace or a joiner."""
    return char.isspace() or not fold_glyph(char)


def plan(rows: Sequence[str], paragraph: str) -> Plan:
    """Split `paragraph` into the slices `rows` show, or OracleError if text is lost or added."""
    slices = []
    pos = 0
    for row in rows:
        need = folded_length(row.strip())
        while pos < len(paragraph) and _undrawn(paragraph[pos]):
            pos += 1  # a wrap point: its whitespace is not drawn
        end, got = pos, 0
        while end < len(paragraph) and got < need:
            got += folded_length(paragraph[end])
            end += 1
        if got != need:
            raise OracleError(f"row {row!r} holds more than is left of {paragraph!r}")
        slices.append((pos, end))
        pos = end
    if not all(_undrawn(char) for char in paragraph[pos:]):
        raise OracleError(f"rows {list(rows)!r} leave out {paragraph[pos:]!r}")
    return Plan(tuple(rows), paragraph, tuple(slices))


Shown = tuple[tuple[int, ...], ...]  # per character of a row, the source offsets it shows


def _first_strong_rtl(text: str) -> bool:
    """Whether the first strong letter of `text` reads right to left (rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def reopened(paragraph: str, start: int, end: int) -> tuple[str, str]:
    """What a row showing paragraph[start:end] needs before and after it: the isolates open
    at `start` (an FSI resolved to RLI or LRI by its whole content) and a PDI for each one
    still open at `end`."""

    def open_at(offset: int) -> list[int]:
        stack: list[int] = []
        for i, char in enumerate(paragraph[:offset]):
            kind = unicodedata.bidirectional(char)
            if kind in ISOLATE_OPEN:
                stack.append(i)
            elif kind == "PDI" and stack:
                stack.pop()
        return stack

    opened, still = open_at(start), open_at(end)
    prefix = ""
    for at in opened:
        char = paragraph[at]
        if char == FSI:
            close = paragraph.find(PDI, at)
            char = RLI if _first_strong_rtl(paragraph[at + 1 : close]) else LRI
        prefix += char
    return prefix, PDI * len(still)


def verify(plans: Sequence[Plan], rtl: Sequence[bool]) -> list[list[Shown]]:
    """Check every planned row against FriBidi, batching its runs; per row, what each cell shows.

    The indices returned are offsets into the paragraph of each plan.
    """
    jobs: dict[bool, list[tuple[int, int, str, int]]] = {True: [], False: []}
    for p_index, (one, direction) in enumerate(zip(plans, rtl, strict=True)):
        for r_index, (start, end) in enumerate(one.slices):
            before, after = reopened(one.paragraph, start, end)
            logical = before + one.paragraph[start:end] + after
            jobs[direction].append((p_index, r_index, logical, len(before)))
    shown: list[list[Shown]] = [[()] * len(one.rows) for one in plans]
    for direction, rows in jobs.items():
        answers = reorder([logical for _, _, logical, _ in rows], direction)
        for (p_index, r_index, logical, lead), answer in zip(rows, answers, strict=True):
            start = plans[p_index].slices[r_index][0] - lead
            cells = compare(plans[p_index].rows[r_index], logical, answer)
            shown[p_index][r_index] = tuple(tuple(start + i for i in c) for c in cells)
    return shown


def check_alignment(rows: Sequence[str], width: int, rtl: bool) -> None:
    """Every row fills `width` cells, flush right when right to left, flush left otherwise."""
    for row in rows:
        if cell_len(row) != width:
            raise OracleError(f"row {row!r} is {cell_len(row)} cells, not {width}")
        if row.strip(" ") and (row.endswith(" ") if rtl else row.startswith(" ")):
            raise OracleError(f"row {row!r} is not flush {'right' if rtl else 'left'}")


def check_paragraphs(
    paragraphs: Sequence[str],
    rows_of: Sequence[Sequence[str]],
    directions: Sequence[bool] | None = None,
) -> list[list[Shown]]:
    """Check rendered rows of many paragraphs at once against FriBidi; see verify().

    Each paragraph's direction is FriBidi's unless `directions` gives it (True for RTL).
    """
    if directions is None:
        directions = base_directions(paragraphs)
    plans = [plan(rows, paragraph) for rows, paragraph in zip(rows_of, paragraphs, strict=True)]
    return verify(plans, directions)
