"""Snapshots of the correction dialogs and the article's word mark, at 80×24 and 120×40."""

from __future__ import annotations

import pytest

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]

# The keys that open each, on the bundled corpus's first statement.
DIALOGS = {
    "speaker-picker": ["S"],
    "new-actor": ["S", "ctrl+n"],
    "actor-edit": ["A"],
    "statement-form": ["E"],
    "deadline": ["D", "left", "space", "left", "left"],
    "quote": ["Q", "right"],
    "article-mark": ["o", "left", "space", "left", "left"],
}


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_correction_dialog(snap_compare, make_app, dialog, size):
    assert snap_compare(make_app(), terminal_size=size, press=DIALOGS[dialog])
