"""Attribution that follows its content in a sentence of its own: "… بعد انسحاب القوات.
يقول الباحث في العلوم السياسية فلان." (broadcast copy, translated reports)."""

from __future__ import annotations

from typing import Final

from . import lexicon as lx
from .cues import Found
from .quotes import Sentence
from .speakers import parse_np, segments

# The cues that name, after the words, who said them.
_TRAILING: Final = frozenset(lx.f(w) for w in ("يقول", "تقول", "قال", "قالت", "يضيف", "تضيف"))
_LONGEST = 14  # words of the speaker's phrase, at most
_SHORTEST = 5  # words of the content, at least


def said_after(text: str, sentence: Sentence, before: Sentence) -> Found | None:
    """The statement `sentence` attributes to the sentence `before` it, when `sentence` is
    nothing but a speech verb and its speaker ("يقول الباحث فلان."); else None.

    The content is `before` whole (a paraphrase); `before` must hold words enough to be one.
    """
    tokens = [t for t in sentence.tokens if t.text not in ".!؟?…"]
    if len(tokens) < 2 or len(tokens) > _LONGEST or tokens[0].f not in _TRAILING:
        return None
    rest = tokens[1:]
    if any(not t.is_word or t.f in lx.THAT or t.text == ":" for t in rest):
        return None  # a comma, a quotation, "أن": the sentence says something itself
    who = parse_np(text, segments(rest))
    if who is None or who.kind == "reference":
        return None
    end = before.end
    while end > before.start and text[end - 1] in ".!؟?… ":
        end -= 1
    if len(text[before.start : end].split()) < _SHORTEST:
        return None
    return Found(before.start, end, "paraphrase", tokens[0].text, who, tokens[0].start,
                 rule="said_after")  # fmt: skip
