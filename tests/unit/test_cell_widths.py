"""Every row is as wide for a terminal that measures code point by code point (tmux, xterm)
as for one that measures whole emoji sequences (Rich, kitty): emoji with variation
selectors, skin tones and joiners never make a row overflow."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from helpers import terminal_cells
from tui.arabic import cell, layout, sanitise
from tui.arabic.display import MODES

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"
WARNING = "\u26a0\ufe0f"


def test_the_measures_disagree_on_raw_emoji_sequences():
    # What made tmux draw the pane border twice: Rich took ⚠️ for two cells, tmux for one.
    assert cell_len(WARNING) == 2 and terminal_cells(WARNING) == 1
    assert cell_len("\U0001f44d\U0001f3fd") == 2 and terminal_cells("\U0001f44d\U0001f3fd") == 4


def test_presentation_selectors_and_skin_tones_are_not_sent():
    clean = sanitise(f"«{WARNING} خطر \U0001f44d\U0001f3fd» \u263a\ufe0e")
    assert clean.text == "«\u26a0 خطر \U0001f44d» \u263a"
    assert clean.offsets[1:3] == (1, 3)  # the sign maps back to itself, past its selector


def test_the_emoji_case_fills_every_row_exactly_in_every_mode():
    text = (CASES / "e-emoji.ar.txt").read_text(encoding="utf-8")
    for mode in MODES:
        for width in (20, 33, 40, 80, 120):
            rows = [row.text for row in layout(text, width, mode)]
            assert any("\u26a0" in row for row in rows) and any("\U0001f1ee" in row for row in rows)
            for row in rows:
                assert cell_len(row) == terminal_cells(row), (mode, width, row)
                assert mode == "raw" or cell_len(row) == width, (mode, width, row)
            for line in text.splitlines():
                one = cell(line, width, mode).text
                assert cell_len(one) == terminal_cells(one), (mode, width, one)
                assert mode == "raw" or cell_len(one) == width, (mode, width, one)


emoji = st.sampled_from([
    "\u26a0", "\ufe0f", "\ufe0e", "\U0001f44d", "\U0001f3fd", "\u200d", "\U0001f468",
    "\U0001f469", "\U0001f1ee", "\U0001f1f6", "1", "\u20e3", "\u263a", "\U0001f3f4",
    "\U000e0067", "\U000e007f", "\u00ad", "\u200c", "ب", "ل", "ا", " ", "x",
])  # fmt: skip


@settings(max_examples=300, deadline=None)
@example(text="ل\u200cا⚠", mode="visual", width=2)  # a ZWNJ keeps lam and alef apart
@example(text="⚠ل\u20e3ا", mode="visual", width=2)  # an enclosing keycap does not
@given(st.lists(emoji, max_size=24).map("".join), st.sampled_from(MODES),
       st.integers(min_value=2, max_value=12))  # fmt: skip
def test_any_mix_of_emoji_joiners_and_arabic_measures_alike(text, mode, width):
    for row in [*layout(text, width, mode), cell(text, width, mode)]:
        assert cell_len(row.text) == terminal_cells(row.text), repr(row.text)
        assert mode == "raw" or cell_len(row.text) == width, repr(row.text)
