"""Letters take the forms GNU FriBidi gives them, by Unicode joining type, Sorani letters and
soft hyphens included."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from oracle import check_paragraphs, reorder
from tui.arabic import layout
from tui.arabic.joining import joining_type
from tui.arabic.shape import shape, shaped_width

REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "tests" / "fixtures" / "cases"
FILL = "\ufeff"  # what FriBidi leaves where a ligature took a second letter


def quote(case: str) -> str:
    """The words inside «» of a case's text."""
    text = (CASES / case).read_text(encoding="utf-8")
    return text[text.index("«") + 1 : text.index("»")]


def arabic_words(texts: list[str]) -> list[str]:
    """Distinct words of `texts` made only of Arabic letters, marks and joiners."""
    words = {w.strip('«»،.:؛؟!"()') for text in texts for w in text.split()}
    return sorted(
        w for w in words if w and any(joining_type(c) in "DRLC" for c in w)
        and all(unicodedata.bidirectional(c) in ("AL", "NSM", "BN") for c in w)
    )  # fmt: skip


def fribidi_glyphs(words: list[str]) -> list[dict[int, str]]:
    """For each word, the glyph FriBidi draws for each of its logical characters."""
    return [{index: answer.visual[at] for at, index in enumerate(answer.vtol)}
            for answer in reorder(words, rtl=True)]  # fmt: skip


def mismatches(words: list[str]) -> list[str]:
    """Words whose glyphs are not FriBidi's, letter by letter (lam-alef and all)."""
    wrong = []
    for word, theirs in zip(words, fribidi_glyphs(words), strict=True):
        glyphs, sources = shape(word)
        for glyph, shown in zip(glyphs, sources, strict=True):
            expected = {theirs[i] for i in shown} - {FILL}
            if len(expected) != 1:
                wrong.append(word)
                break
            (want,) = expected
            if joining_type(word[shown[0]]) == "U":
                # A letter that never joins (hamza): FriBidi leaves it nominal, mawqif
                # draws its isolated form, the same glyph.
                want, glyph = unicodedata.normalize("NFKC", want), unicodedata.normalize(
                    "NFKC", glyph)  # fmt: skip
            if glyph != want:
                wrong.append(word)
                break
    return wrong


def test_sorani_letters_and_their_neighbours_join_as_fribidi_joins_them():
    words = arabic_words([quote("d-sorani.ar.txt"), "كاوە ڕەشید ساڵی"])
    assert len(words) >= 10
    assert mismatches(words) == []


def test_a_letter_before_sorani_yeh_is_initial_and_ae_joins_only_on_its_right():
    glyphs, _ = shape("هێزەکانی")
    assert glyphs[0] == "\ufeeb"  # heh initial: ێ joins on both sides
    assert glyphs[1] == "\u06ce"  # ێ has no presentation forms: drawn as itself
    assert glyphs[2] == "\ufeb0"  # zain final
    assert glyphs[3] == "\u06d5"  # ە joins the zain before it...
    assert glyphs[4] == "\ufb90"  # ...but not the keheh after it, which starts afresh
    assert shape("ساڵی")[0][-1] == "\ufbfd"  # farsi yeh final after ڵ


def test_the_soft_hyphen_is_transparent_and_never_drawn():
    word = "الانس\u00adحاب"
    glyphs, sources = shape(word)
    assert glyphs == shape("الانسحاب")[0]
    assert "\u00ad" not in glyphs and 5 not in {i for shown in sources for i in shown}
    assert shaped_width(word) == shaped_width("الانسحاب") == 7
    assert mismatches(arabic_words([quote("c-softhyphen.ar.txt")])) == []


def test_harakat_and_zwj_are_transparent_and_zwnj_breaks_the_join():
    assert shape("بَب")[0] == "\ufe91\u064e\ufe90"
    assert shape("ب\u200d")[0] == "\ufe91"  # ZWJ asks for the joining form, then goes
    assert shape("\u200dب")[0] == "\ufe90"
    glyphs, _ = shape("می\u200cشود")
    assert glyphs == "\ufee3\ufbfd\ufeb7\ufeee\ufea9"  # yeh final, sheen initial
    assert mismatches(arabic_words([quote("j-zwnj.ar.txt"), "بَب ب\u200d\u200dب"])) == []


def test_every_word_of_the_corpus_article_takes_fribidis_forms():
    corpus = json.loads((REPO / "data" / "corpus.json").read_text(encoding="utf-8"))
    words = arabic_words([a["text"] for a in corpus["articles"].values()])
    assert len(words) > 500
    assert mismatches(words) == []


@pytest.mark.parametrize("case", ["c-softhyphen.ar.txt", "d-sorani.ar.txt", "j-zwnj.ar.txt"])
@pytest.mark.parametrize("width", [20, 40, 80])
def test_the_case_paragraphs_read_in_fribidis_order_at_any_width(case, width):
    paragraphs = [p for p in (CASES / case).read_text(encoding="utf-8").splitlines() if p]
    rows = [[row.text for row in layout(p, width)] for p in paragraphs]
    check_paragraphs(paragraphs, rows)
    folded = "".join(unicodedata.normalize("NFKC", r) for rs in rows for r in rs)
    assert "\u00ad" not in folded and "\u200c" not in folded
