"""The display engine checked against GNU FriBidi, over the corpus and over generated text."""

from __future__ import annotations

import contextlib
import json
import re
import textwrap
from collections.abc import Sequence
from pathlib import Path

import pytest
from bidi import get_display
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from oracle import (
    OracleError,
    Shown,
    base_directions,
    check_alignment,
    check_paragraphs,
    folded_length,
    fribidi_path,
    plan,
)
from tui.arabic import cell, find_all, is_rtl, layout
from tui.arabic.display import ELLIPSIS, Highlight, Row
from tui.arabic.shape import shape

REPO = Path(__file__).resolve().parents[2]
ARTICLE = REPO / "data" / "shafaq-2024-12-isis-coalition.ar.txt"
CORPUS = REPO / "data" / "corpus.json"
WIDTHS = (20, 40, 80, 120)


def article_paragraphs() -> list[str]:
    """The paragraphs of the seed article."""
    text = ARTICLE.read_text("utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def statements() -> list[dict]:
    """The statements of the bundled corpus."""
    assert CORPUS.exists(), f"the bundled corpus {CORPUS} is missing"
    return list(json.loads(CORPUS.read_text("utf-8"))["statements"].values())


def tags_of(row: Row) -> list[str | None]:
    """The tag of each character of a row."""
    return [segment.tag for segment in row.segments for _ in segment.text]


class Rendered:
    """Texts laid out at several widths, split into paragraphs for the oracle."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.rows: list[list[Row]] = []
        self.offsets: list[int] = []  # where each paragraph starts in its text
        self.highlights: list[tuple[Highlight, ...]] = []

    def add(self, text: str, width: int, highlights: Sequence[Highlight] = ()) -> None:
        """Lay `text` out and keep its rows, paragraph by paragraph."""
        rows = list(layout(text, width, highlights=highlights))
        offset = 0
        for paragraph in text.split("\n"):
            count = len(layout(paragraph, width)) if paragraph else 1
            mine, rows = rows[:count], rows[count:]
            check_alignment([row.text for row in mine], width, is_rtl(paragraph))
            self.paragraphs.append(paragraph)
            self.rows.append(mine)
            self.offsets.append(offset)
            self.highlights.append(tuple(highlights))
            offset += len(paragraph) + 1
        assert not rows, "layout drew more rows than its paragraphs"

    def check(self) -> list[list[Shown]]:
        """Check every row with the oracle, then every highlighted cell."""
        shown = check_paragraphs(self.paragraphs, [[r.text for r in rows] for rows in self.rows])
        for p_index, rows in enumerate(self.rows):
            spans = self.highlights[p_index]
            if not spans:
                continue
            offset = self.offsets[p_index]
            for row, cells in zip(rows, shown[p_index], strict=True):
                for tag, indices in zip(tags_of(row), cells, strict=True):
                    if not indices:
                        continue
                    expected = None  # the last highlight over any letter of the cell wins
                    for start, end, span_tag in spans:
                        if any(start <= offset + i < end for i in indices):
                            expected = span_tag
                    assert tag == expected, (row.text, indices, spans)
        return shown


def test_fribidi_is_installed():
    """The oracle needs GNU FriBidi; without it every test here fails and says how to fix it."""
    fribidi_path()


def test_every_article_paragraph_at_every_width():
    rendered = Rendered()
    for width in WIDTHS:
        for paragraph in article_paragraphs():
            rendered.add(paragraph, width)
    rendered.check()


def test_every_statement_quote_at_every_width():
    quotes = [s["quote_ar"] for s in statements()]
    assert quotes
    rendered = Rendered()
    for width in WIDTHS:
        for quote in quotes:
            rendered.add(quote, width)
    rendered.check()


def test_deadline_cues_and_search_hits_land_on_their_letters():
    rendered = Rendered()
    cued = 0
    for statement in statements():
        quote, base = statement["quote_ar"], statement["start"]
        cues = tuple(
            (d["cue_start"] - base, d["cue_end"] - base, "cue-a" if n % 2 == 0 else "cue-b")
            for n, d in enumerate(statement["deadlines"])
        )
        hits = tuple((start, end, "hit") for start, end in find_all("التحالف", quote))
        cued += bool(cues)
        for width in (20, 40, 120):
            rendered.add(quote, width, cues + hits)
    assert cued, "no statement of the corpus has a deadline cue"
    rendered.check()


def truncated_source(row: str, text: str) -> str:
    """The logical text a truncated cell must show: the start of `text` and an ellipsis.

    A cell does not show the whitespace the text begins with, so neither does its source.
    """
    text = text.lstrip()
    need = folded_length(row.strip()) - folded_length(ELLIPSIS)
    end = got = 0
    while got < need and end < len(text):
        got += folded_length(text[end])
        end += 1
    if got != need:
        raise OracleError(f"cell {row!r} does not show the start of {text!r}")
    return text[:end] + ELLIPSIS


def check_cells(texts: Sequence[str], rows: Sequence[str]) -> None:
    """Check one-row cells of `texts` against FriBidi, in the direction of the whole text.

    A cell shows either the whole text or its start and an ellipsis; which one is not always
    plain from the row (the text may hold an ellipsis of its own), so both are tried.
    """
    flats = [text.replace("\n", " ") for text in texts]
    for flat, row, rtl in zip(flats, rows, base_directions(flats), strict=True):
        candidates = []
        try:
            plan([row], flat)
            candidates.append(flat)
        except OracleError:
            pass
        # The text's own ellipsis, shown whole ("…X"), is not a cut.
        with contextlib.suppress(OracleError):
            if ELLIPSIS in row:
                candidates.append(truncated_source(row, flat))
        errors = []
        for source in candidates:
            try:
                check_paragraphs([source], [[row]], [rtl])
                break
            except OracleError as error:
                errors.append(error)
        else:
            raise errors[-1] if errors else OracleError(f"cell {row!r} does not show {flat!r}")


def test_cells_keep_the_start_of_every_quote():
    quotes = [s["quote_ar"] for s in statements()]
    texts, rows = [], []
    for width in (12, 20, 40):
        for quote in quotes:
            texts.append(quote)
            rows.append(cell(quote, width).text)
            assert len(rows[-1]) >= width
    assert any(ELLIPSIS in row for row in rows)
    check_cells(texts, rows)


def _reshape(text: str) -> str:
    """The whole text shaped at once, as a naive renderer would before reordering it."""
    return shape(text)[0]


def naive_rows(paragraph: str, width: int) -> list[str]:
    """The naive rendering: shape and reorder the whole paragraph, then let it wrap."""
    return [line.rjust(width) for line in textwrap.wrap(get_display(_reshape(paragraph)), width)]


def test_the_oracle_rejects_the_naive_rendering():
    """A negative control: the oracle must catch paragraph-level reordering."""
    wrapped = caught = 0
    for paragraph in article_paragraphs():
        rows = naive_rows(paragraph, 40)
        if len(rows) < 2:
            continue
        wrapped += 1
        with pytest.raises(OracleError):
            check_paragraphs([paragraph], [rows])
        caught += 1
    assert wrapped > 40 and caught == wrapped


def test_the_oracle_rejects_a_naive_cell():
    """Cropping a reordered quote keeps its end, which the oracle must catch."""
    long_quotes = [s["quote_ar"] for s in statements() if len(s["quote_ar"]) > 40][:20]
    assert long_quotes
    for quote in long_quotes:
        naive = get_display(_reshape(quote))[:19] + ELLIPSIS
        with pytest.raises(OracleError):
            check_cells([quote], [naive])


def test_the_oracle_rejects_unmirrored_brackets():
    """Rows wrapped right but reordered by python-bidi alone keep ( and « unmirrored."""
    text = "قال (CENTCOM) إن «الانسحاب» سيكتمل"
    ours = [row.text for row in layout(text, 20)]
    check_paragraphs([text], [ours])
    unmirrored = [row.translate(str.maketrans("()«»", ")(»«")) for row in ours]
    with pytest.raises(OracleError):
        check_paragraphs([text], [unmirrored])


ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةىئؤ"
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
arabic_words = st.lists(
    st.tuples(st.sampled_from(ARABIC_LETTERS), st.sampled_from(["", "", "", *HARAKAT])),
    min_size=1,
    max_size=7,
).map(lambda pairs: "".join(letter + mark for letter, mark in pairs))
latin_words = st.sampled_from(["CENTCOM", "US", "ISIS", "Iraq", "x"]) | st.text(
    alphabet="abcXYZ", min_size=1, max_size=6
)
numbers = st.integers(0, 99999).map(str) | st.sampled_from(
    ["2025", "15-16", "1,000", "3.5%", "٢٠٢٥", "٪٥", "$20", "+964", "#1", "10/2025", "۱۴۰۳"]
)
punctuation = st.sampled_from(
    list("()[]{}«»<>\"'.,:;!?،؛؟-/…%+#ـ\u00a0\u2003") + ["لا", "لَا", "الله", "ﻻ"]
)
tokens = st.one_of(arabic_words, arabic_words, latin_words, numbers, punctuation)
texts = st.lists(
    st.tuples(tokens, st.sampled_from(["", " ", " ", " ", "  ", "\n"])), min_size=1, max_size=14
).map(lambda parts: "".join(token + gap for token, gap in parts))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=texts,
    widths=st.lists(st.sampled_from([1, 2, 3, 7, 13, 20, 40]), min_size=1, max_size=3, unique=True),
    data=st.data(),
)
def test_generated_mixed_text_matches_fribidi(text: str, widths: list[int], data: st.DataObject):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    rendered = Rendered()
    for width in widths:
        rendered.add(text, width, [(start, end, "hit")])
    rendered.check()


@settings(max_examples=30, deadline=None)
@example(text="\u2026X", width=3)  # a text that begins with an ellipsis of its own
@given(text=texts, width=st.sampled_from([3, 8, 20]))
def test_generated_cells_keep_their_start(text: str, width: int):
    row = cell(text, width).text
    if text.replace("\n", " ").strip():
        check_cells([text], [row])
