"""Short quotations that are names, not quoted words: a body's name in quotation marks
('قيادي في "كتائب حزب الله" العراقية، إن …', 'جماعة تُعرف بـ"أصحاب الكهف"'), read where a
cue's complement is looked for (`SentenceCues.marker`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as lx
from .groups import NAMING, NAMING_LINKS
from .quotes import Quote
from .speakers import definite, is_date_word

if TYPE_CHECKING:
    from .cues import SentenceCues

_SHORT = 4  # words: a name in quotation marks is at most this long


def quoted_name(c: SentenceCues, j: int, k: int, quote: Quote) -> bool:
    """Whether the quotation opening at token k (the complement looked for from token j)
    is a name within the subject rather than the words reported."""
    before = c.f(k - 1)
    if k == j and _set_off(c, quote):
        return True  # 'دعت "تنسيقية المقاومة"، الخميس، …': the subject's quoted name
    if before.removeprefix("ل") in lx.ORGANISATIONS and quote.words <= _SHORT:
        return True  # 'تقرير لموقع "ميدل ايست آي"': a body's quoted name
    if (before in lx.TITLES or before == "باسم") and _named_after(c, quote):
        return True  # 'زعيم "قوات سوريا الديمقراطية" (قسد) فلان': the title's body
    if before in NAMING_LINKS and any(c.f(m) in NAMING for m in range(max(0, k - 4), k)):
        return True  # 'جماعة تُعرف بـ"أصحاب الكهف العراقية"': the name the group goes by
    if before in ("في", "ب") and k >= 2 and c.f(k - 2) in lx.UNNAMED and quote.words <= _SHORT:
        return True  # 'عن قيادي في "كتائب حزب الله" (لم تسمّه)': where the source is
    return quote.words <= _SHORT and _that_follows(c, quote)  # a name, then "إن"


def _after(c: SentenceCues, quote: Quote) -> int:
    """The token after the quotation's closing mark, past the name's adjectives
    ('"كتائب حزب الله" العراقية') and an aside in brackets ("(لم تسمّه)")."""
    after = c.index_at(quote.close + 1) if quote.close is not None else c.n
    while after < c.n and definite(c.f(after)) and c.f(after).endswith(("ي", "يه")):
        after += 1
    if after < c.n and c.toks[after].text == "(":
        close = next((m for m in range(after, min(c.n, after + 6)) if c.toks[m].text == ")"), None)
        after = after if close is None else close + 1
    return after


def _that_follows(c: SentenceCues, quote: Quote) -> bool:
    """Whether "إن"/"أن" opens a clause right after a short quotation (after its comma)."""
    if quote.close is None:
        return False
    after = _after(c, quote)
    if after < c.n and c.toks[after].is_comma:
        after += 1
    return after < c.n and c.f(after) in lx.THAT


def _set_off(c: SentenceCues, quote: Quote) -> bool:
    """Whether a short quotation right after a verb is a name set off by a comma."""
    if quote.close is None or quote.words > _SHORT:
        return False
    after = c.index_at(quote.close + 1)
    while after < c.n and is_date_word(c.f(after)):
        after += 1  # 'أعلنت "المقاومة الإسلامية في العراق" الأربعاء، شن …': when, then what
    return after < c.n and c.toks[after].is_comma


def _named_after(c: SentenceCues, quote: Quote) -> bool:
    """Whether a short quotation goes on with the name it belongs to: a word or an
    acronym in brackets follows it, not the end of a sentence or a comma."""
    if quote.close is None or quote.words > _SHORT:
        return False
    after = c.index_at(quote.close + 1)
    return after < c.n and (c.toks[after].is_word or c.toks[after].text == "(")
