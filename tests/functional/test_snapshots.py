"""Snapshots of the main screen as an analyst sees it, at 80×24 and 120×40."""

from __future__ import annotations

import pytest

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_main_screen(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_filtered_opposes_withdrawal(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, press=["s", "s"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_search_hits_and_detail(snap_compare, make_app, size):
    keys = ["slash", *"سبتمبر", "enter", "enter"]
    assert snap_compare(make_app(), terminal_size=size, press=keys)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_help(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, press=["question_mark"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_filters_dialog_under_no_color(snap_compare, make_app, size, monkeypatch):
    # Ticked and unticked boxes must differ in text: [x] and [ ].
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(make_app(), terminal_size=size, press=["s", "f"])
