"""Nothing from data reaches the terminal as a control, an escape sequence or a bidi override."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.arabic import cell, layout, sanitise
from tui.arabic.display import MODES

BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def unsafe(text: str) -> set[str]:
    """The characters of `text` that must never be sent to a terminal."""
    return {
        char
        for char in text
        if char in BIDI_CONTROLS or (unicodedata.category(char) == "Cc" and char != "\n")
    }


def test_escape_sequences_are_removed_whole():
    assert sanitise("ab\x1b[31mred\x1b[0m").text == "abred"
    link = "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"
    assert sanitise(link).text == "click"
    assert sanitise("\x1b]0;title\x07x").text == "x"
    assert sanitise("\x9b31mX").text == "X"
    assert sanitise("tail\x1b").text == "tail"


def test_bidi_controls_are_removed():
    assert sanitise("x\u202eabc\u202cy\u2067z\u2069\u200f\u061c").text == "xabcyz"


def test_other_controls_are_shown_as_pictures():
    assert sanitise("a\x07b\x00c\x7f").text == "a\u2407b\u2400c\u2421"
    assert sanitise("a\x85b").text == "a\nb"  # NEL is a line break
    assert sanitise("a\x80b").text == "a\ufffdb"


def test_tabs_newlines_and_crlf():
    assert sanitise("a\tb").text == "a b"
    assert sanitise("a\r\nb\rc\u2029d").text == "a\nb\u240dc\nd"


def test_offsets_point_back_into_the_original():
    original = "\x1b[1mقال\u202e المصدر"
    clean = sanitise(original)
    assert clean.text == "قال المصدر"
    assert [original[i] for i in clean.offsets[:-1]] == list(clean.text)
    assert clean.offsets[-1] == len(original)
    assert clean.original_span(4, 10) == (original.index("المصدر"), len(original))


def test_clean_text_is_unchanged():
    text = "قال «المصدر» (CENTCOM) 2025"
    assert sanitise(text).text == text and sanitise(text).offsets == tuple(range(len(text) + 1))


@settings(max_examples=200)
@given(st.text())
def test_sanitised_text_is_safe_and_mapped(text: str):
    clean = sanitise(text)
    assert not unsafe(clean.text)
    assert len(clean.offsets) == len(clean.text) + 1
    assert list(clean.offsets) == sorted(set(clean.offsets))


controls = st.sampled_from(["\x1b[31m", "\x1b", "\u202e", "\u2066", "\x00", "\x9b1m", "\x07", "\t"])


@settings(max_examples=60)
@given(st.lists(st.text() | controls, max_size=8).map("".join), st.sampled_from(MODES))
def test_rows_never_carry_controls(text: str, mode: str):
    for row in layout(text, 9, mode):  # type: ignore[arg-type]
        assert not unsafe(row.text)
    assert not unsafe(cell(text, 9, mode).text)  # type: ignore[arg-type]


def test_markup_like_text_is_drawn_as_it_is():
    text = "[bold]x[/] [link=https://e.example]y[/link]"
    (row,) = layout(text, 60)
    assert row.text.rstrip() == text
    assert cell(text, 60).text.rstrip() == text


def test_control_text_is_inert():
    (row,) = layout("قال \x1b[31mالمصدر\u202e اليوم", 30)
    assert "\x1b" not in row.text and "\u202e" not in row.text and "[31m" not in row.text


def test_highlights_given_against_the_raw_text_survive_sanitising():
    text = "\x1b[31m\u202eقال المصدر\x1b[0m اليوم"
    start = text.index("المصدر")
    (row,) = layout(text, 30, highlights=[(start, start + len("المصدر"), "hit")])
    hit = "".join(s.text for s in row.segments if s.tag == "hit")
    assert unicodedata.normalize("NFKC", hit)[::-1] == "المصدر"
