"""ArabicText and cell_text in a running Textual app: wrapping, height, highlights, no markup."""

from __future__ import annotations

import unicodedata

import pytest
from rich.style import Style
from textual.app import App, ComposeResult

from tui.arabic import layout
from tui.widgets.arabic import ArabicText, cell_text

QUOTE = (
    "وقال المتحدث إن «قوات التحالف» ستنهي مهمتها في سبتمبر 2025، "
    "بينما أكد مسؤول آخر أن الانسحاب الكامل سيكون في سبتمبر 2026 وفق CENTCOM"
)
FIRST = QUOTE.index("سبتمبر 2025")
SECOND = QUOTE.index("سبتمبر 2026")
CUES = (
    (FIRST, FIRST + len("سبتمبر 2025"), "cue-a"),
    (SECOND, SECOND + len("سبتمبر 2026"), "cue-b"),
)


class Paragraph(App[None]):
    """One ArabicText and nothing else."""

    def __init__(self, text: str = QUOTE, highlights=CUES) -> None:
        super().__init__()
        self.text, self.highlights = text, highlights

    def compose(self) -> ComposeResult:
        yield ArabicText(self.text, highlights=self.highlights)


def drawn(widget: ArabicText) -> list[str]:
    """The text of every row the widget draws."""
    return [widget.render_line(y).text for y in range(widget.size.height)]


def styled(widget: ArabicText, predicate) -> str:
    """The characters the widget draws with a style that satisfies `predicate`."""
    return "".join(
        segment.text
        for y in range(widget.size.height)
        for segment in widget.render_line(y)
        if segment.style is not None and predicate(segment.style)
    )


async def test_rewraps_on_resize_and_reports_its_height():
    app = Paragraph()
    async with app.run_test(size=(30, 20)) as pilot:
        widget = app.query_one(ArabicText)
        narrow = widget.size.height
        assert narrow == len(layout(QUOTE, 30)) > 3
        assert drawn(widget) == [row.text for row in layout(QUOTE, 30)]
        await pilot.resize_terminal(100, 20)
        await pilot.pause()
        assert widget.size.height == len(layout(QUOTE, 100)) < narrow
        assert drawn(widget) == [row.text for row in layout(QUOTE, 100)]


async def test_height_follows_the_text():
    app = Paragraph(text="قال")
    async with app.run_test(size=(40, 20)) as pilot:
        widget = app.query_one(ArabicText)
        assert widget.size.height == 1
        widget.text = QUOTE + "\n" + QUOTE
        await pilot.pause()
        assert widget.size.height == 2 * len(layout(QUOTE, 40))
        widget.text = ""
        await pilot.pause()
        assert widget.size.height == 0


async def test_cues_are_styled_distinctly_even_without_colour():
    app = Paragraph()
    async with app.run_test(size=(40, 20)):
        widget = app.query_one(ArabicText)
        cue_a = widget.get_component_rich_style("ArabicText--cue-a", partial=True)
        cue_b = widget.get_component_rich_style("ArabicText--cue-b", partial=True)
        assert cue_a.color != cue_b.color
        assert cue_a.bold and cue_a.reverse and cue_b.bold and cue_b.reverse
        assert cue_b.underline and not cue_a.underline  # still two looks under NO_COLOR
        first = styled(widget, lambda s: s.reverse and not s.underline)
        second = styled(widget, lambda s: s.reverse and s.underline)
        fold = lambda text: sorted(unicodedata.normalize("NFKC", text).replace(" ", ""))  # noqa: E731
        assert fold(first) == fold("سبتمبر 2025")
        assert fold(second) == fold("سبتمبر 2026")


async def test_hits_and_unknown_tags_are_styled():
    start = QUOTE.index("التحالف")
    marks = ((start, start + len("التحالف"), "hit"), (0, 4, "something-else"))
    app = Paragraph(highlights=marks)
    async with app.run_test(size=(120, 10)):
        widget = app.query_one(ArabicText)
        hit = widget.get_component_rich_style("ArabicText--hit", partial=True)
        assert hit.bold and hit.reverse
        shown = styled(widget, lambda s: s.reverse)
        assert sorted(unicodedata.normalize("NFKC", shown)) == sorted("التحالف" + "وقال")


async def test_text_is_never_parsed_as_markup():
    text = "[bold]x[/] [link=https://e.example]y[/link] \x1b[31mred"
    app = Paragraph(text=text, highlights=())
    async with app.run_test(size=(60, 5)):
        widget = app.query_one(ArabicText)
        (row,) = drawn(widget)
        assert row.rstrip() == "[bold]x[/] [link=https://e.example]y[/link] red"
        assert not styled(widget, lambda s: s.bold or s.link)


async def test_mode_switches_live_and_refuses_nonsense():
    app = Paragraph(highlights=())
    async with app.run_test(size=(200, 5)) as pilot:
        widget = app.query_one(ArabicText)
        widget.mode = "terminal"
        await pilot.pause()
        assert drawn(widget)[0].strip() == QUOTE  # logical, for a terminal that does bidi
        widget.mode = "raw"
        await pilot.pause()
        assert drawn(widget)[0].rstrip() == QUOTE
        with pytest.raises(ValueError, match="unknown Arabic display mode"):
            widget.mode = "sideways"  # type: ignore[assignment]


def test_cell_text_is_right_aligned_and_styled_without_markup():
    start = QUOTE.index("وقال")
    cell = cell_text(QUOTE, 20, "visual", [(start, start + 4, "hit")], {"hit": Style(bold=True)})
    assert cell.cell_len == 20 and cell.plain.endswith(cell.plain.strip())
    assert cell.plain.startswith("…")  # the logical end, drawn leftmost: the start is kept
    bold = "".join(cell.plain[span.start : span.end] for span in cell.spans if span.style)
    assert sorted(unicodedata.normalize("NFKC", bold)) == sorted("وقال")
    markup = cell_text("[red]x[/red]", 15)
    assert markup.plain == "[red]x[/red]   " and not markup.spans
    fallback = cell_text("abc", 5, highlights=[(0, 1, "hit")])
    assert fallback.spans[0].style == Style(bold=True, reverse=True)
