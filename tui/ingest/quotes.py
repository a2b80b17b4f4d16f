"""Tokens, quotation marks and sentences of a paragraph, as offsets into the article text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ..arabic.normalise import fold
from .lexicon import ACCORDING, RELAY_VERBS, SAYING_NOUNS, THAT, lookup_verb

# Quotation marks: guillemets nest and have a direction; curly and straight double quotes are
# paired in turn, because Arabic copy uses “ ” in either order (”...“ is as common as “...”).
OPENING: Final = "«‹"
CLOSING: Final = "»›"
# Pages mix them ("… غير دقيقة”" opened with a straight mark): one kind, paired in turn or by
# the letters beside each mark.
TOGGLES: Final = {'"': "double", "“": "double", "”": "double", "„": "double", "＂": "double",
                  "'": "single", "‘": "single", "’": "single"}  # fmt: skip
# Single marks are apostrophes too ("O'Brien"): one quotes only where it plainly opens or shuts.
_SINGLE: Final = frozenset("'‘’")
QUOTE_CHARS: Final = OPENING + CLOSING + "".join(TOGGLES)
PUNCTUATION: Final = "،,:;؛.!?؟()[]"
_BEFORE_OPENING: Final = "(«:：،,؛—-–[" + OPENING
_BEFORE_CLOSING: Final = ".!?؟…)»]" + CLOSING
_AFTER_CLOSING: Final = ".،,:;؛)»!?؟…]-–—" + CLOSING
# A clock time ("06:34", "18:05:12") is one word: its colon introduces nothing. Ta marbuta
# and alef maksura end a word: "المنطقةكما", glued by a page's markup, is two words.
_TOKEN = re.compile(
    r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
    rf"|[{re.escape(QUOTE_CHARS)}]|[{re.escape(PUNCTUATION)}]"
    rf"|[^\s{re.escape(QUOTE_CHARS)}{re.escape(PUNCTUATION)}]+?(?:[ةى](?=[\u0621-\u064a])|"
    rf"(?=[\s{re.escape(QUOTE_CHARS)}{re.escape(PUNCTUATION)}]|$))"
)
# A sentence ends at . ! ? ؟ … followed by space or the end, or at a line break; wire copy
# and pages pasted from the web glue the next sentence on (".وأضاف", "».وقال"), so a full
# stop straight before an Arabic letter or an opening quotation mark ends one too; and a
# page's date line glued to its lead ("31 ديسمبر 2023أعلن جهاز …") ends at the year.
_SENTENCE_END = re.compile(
    r"[.!?؟…]+(?=\s|$|[\u0621-\u064a«“])|\n|(?<=[0-9]{4})(?=[\u0621-\u064a]{2})"
)
# A full stop after one letter is an abbreviation ("د." for doctor), not a sentence end.
_ABBREVIATION = re.compile(r"(?:^|\s)\w$")
# Text without full stops (a list, a transcript, a hostile file) is cut into pieces this long
# at a comma or space, so that the rules' work stays linear in the length of the article.
MAX_SENTENCE = 2000


@dataclass(frozen=True, slots=True)
class Token:
    """A word, punctuation mark or quotation mark, with its folded form."""

    start: int
    end: int
    text: str
    f: str  # folded text (tatweel, harakat and hamza variants gone)

    @property
    def is_word(self) -> bool:
        """Whether this is a word rather than punctuation, a dash or a quotation mark."""
        return (
            self.text[0] not in QUOTE_CHARS and self.text[0] not in PUNCTUATION and not self.is_dash
        )

    @property
    def is_dash(self) -> bool:
        """Whether this is a dash set apart by spaces ("ــ ابنا ــ", " - "): a clause break."""
        return all(c in "ـ-–—" for c in self.text)

    @property
    def is_comma(self) -> bool:
        """Whether this is a comma (Arabic or Latin) or a semicolon."""
        return self.text in ("،", ",", "؛", ";")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: its marks' offsets and the words inside, trimmed of spaces."""

    open: int
    close: int | None  # None when the quote runs unclosed to the paragraph's end
    start: int
    end: int
    words: int

    def contains(self, position: int) -> bool:
        """Whether `position` lies inside the quotation marks."""
        end = self.close if self.close is not None else self.end
        return self.open < position < end or (self.close is None and position >= self.open)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a paragraph: its span, tokens, and the quotations that begin in it."""

    paragraph: int
    start: int
    end: int
    tokens: tuple[Token, ...]
    quotes: tuple[Quote, ...]

    def quote_at(self, position: int) -> Quote | None:
        """The top-level quotation whose opening mark is at `position`."""
        for quote in self.quotes:
            if quote.open == position:
                return quote
        return None

    def inside_quote(self, position: int) -> bool:
        """Whether `position` lies inside one of the sentence's quotations."""
        return any(q.contains(position) for q in self.quotes)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokens of `text`, their offsets shifted by `offset`."""
    return [
        Token(m.start() + offset, m.end() + offset, m.group(), fold(m.group()).text)
        for m in _TOKEN.finditer(text)
    ]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """The top-level quotations in text[start:end]; nested marks stay inside their quote."""
    stack: list[tuple[str, int]] = []  # (kind, offset of the opening mark)
    found: list[Quote] = []
    second: list[Quote] = []  # closed one level down: top-level if the one above never shuts

    def close(kind: str, at: int) -> None:
        while stack:
            top_kind, top_at = stack.pop()
            if top_kind == kind:
                if len(stack) <= 1:
                    inner = _trimmed(text, top_at + 1, at)
                    quote = Quote(top_at, at, *inner, len(text[inner[0] : inner[1]].split()))
                    (second if stack else found).append(quote)
                return

    for at in range(start, end):
        char = text[at]
        if char in OPENING:
            stack.append(("guillemet", at))
        elif char in CLOSING:
            if any(kind == "guillemet" for kind, _ in stack):
                close("guillemet", at)
        elif char in TOGGLES:
            kind = TOGGLES[char]
            before = text[at - 1] if at > start else " "
            after = text[at + 1] if at + 1 < end else " "
            # Straight and curly marks look the same open and shut; the letters beside one
            # tell: «قاعدة "عين الأسد" ومطار» nests a name inside the quotation.
            opens = (before.isspace() or before in _BEFORE_OPENING) and (
                after.isalnum() or after in OPENING
            )
            shuts = (before.isalnum() or before in _BEFORE_CLOSING) and (
                after.isspace() or after in _AFTER_CLOSING
            )
            open_here = any(k == kind for k, _ in stack)
            if char in _SINGLE and not (shuts if open_here else opens):
                continue  # an apostrophe, or a mark the letters beside it cannot place
            if open_here and (shuts or not opens):
                close(kind, at)
            else:
                stack.append((kind, at))
    if stack:
        # An unclosed quote (a quote that goes on in the next paragraph) ends with its paragraph,
        # unless the narrator plainly speaks inside it: a mark left open by mistake.
        _, at = stack[0]
        shut = _narrator_after(text, at + 1, end)
        inner = _trimmed(text, at + 1, end if shut is None else shut)
        words = len(text[inner[0] : inner[1]].split())
        found.append(Quote(at, None if shut is None else shut, *inner, words))
        if shut is not None:
            # "أنه “… البلاد، موضحاً أن: “…”": the narrator shut the first; the next is its own
            found.extend(q for q in second if q.open > shut)
    return sorted(found, key=lambda q: q.open)


# A comma, a speech participle and its "that": "…، مبيناً أن", "…، مشيراً إلى أن".
_PARTICIPLE_THAT = re.compile(r"[،,]\s*(\S+)\s+(?:(?:إلى|الى|على)\s+)?(?:أن|ان|أنّ|إن)(?=[\s:])")


def _narrator_after(text: str, start: int, end: int) -> int | None:
    """Where the narrator takes over inside a quote never closed (`text[start:end]`): the
    comma before "مبيناً أن", a participle that reports the speaker's next words; else None."""
    for match in _PARTICIPLE_THAT.finditer(text, start, end):
        hit = lookup_verb(fold(match.group(1)).text)
        if hit is not None and hit[0].form == "participle":
            return match.start()
    return None


def narrated_within(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the narrator speaks inside a closed quotation (`text[start:end]`, its words): the
    comma before "مبيناً أن" and where the words resume after "أن"; else None."""
    for match in _PARTICIPLE_THAT.finditer(text, start, end):
        hit = lookup_verb(fold(match.group(1)).text)
        if hit is not None and hit[0].form == "participle":
            resume = match.end()
            while resume < end and text[resume] in " :":
                resume += 1
            if len(text[resume:end].split()) >= 2 and len(text[start : match.start()].split()) >= 2:
                return match.start(), resume
    return None


def split_sentences(text: str, paragraph: int, start: int, end: int,
                    wrapped: bool = False) -> list[Sentence]:  # fmt: skip
    """The sentences of the paragraph text[start:end], never broken inside a quotation; in
    a `wrapped` paragraph (a page's lines joined back) a line break ends no sentence."""
    quotes = find_quotes(text, start, end)
    cuts: list[int] = []
    for match in _SENTENCE_END.finditer(text, start, end):
        at = match.start()
        if wrapped and match.group() == "\n":
            continue
        if any(q.contains(at) for q in quotes):
            continue
        if match.group() == "." and _ABBREVIATION.search(text, max(start, at - 3), at):
            continue
        cuts.append(match.end())
    bounded: list[int] = []
    begin = start
    for cut in [*cuts, end]:
        while cut - begin > MAX_SENTENCE:
            window = text[begin : begin + MAX_SENTENCE]
            at = max(window.rfind("،"), window.rfind(","), window.rfind(" "))
            begin += at + 1 if at > 0 else MAX_SENTENCE
            bounded.append(begin)
        bounded.append(cut)
        begin = cut
    sentences: list[Sentence] = []
    begin = start
    for cut in bounded:
        s, e = _trimmed(text, begin, cut)
        if s < e:
            tokens = tuple(tokenize(text[s:e], s))
            inside = tuple(q for q in quotes if q.open < e and (q.close or end) >= s)
            sentences.append(Sentence(paragraph, s, e, tokens, inside))
        begin = cut
    return sentences


# A dateline opens a report: "بغداد/ وكالة الرافد-", "أربيل - شبكة نينوى:", "شفق نيوز/ ",
# "بغداد (رويترز) -". What comes before its separator is a place or an outlet, never a speaker.
_DATELINE_SEPARATOR = re.compile(r"\s*(?:[:：\-–—/|_]|\([^)\n]{1,40}\))\s*")
_DATELINE_WORDS: Final = 8
RELAY_OR_THAT: Final = RELAY_VERBS | SAYING_NOUNS | THAT
# Latin words, digits and dashes before the first Arabic letter of a paragraph.
_LEADING_NOISE = re.compile(
    r"[ \t]*(?=[^\n\u0600-\u06ff«“\"]*[A-Za-z0-9])[^\n\u0600-\u06ff«“\"(]+(?=[\u0621-\u064a])"
)


def _cue_word(word: str) -> bool:
    folded = fold(word.strip(":：-–—/|")).text
    return lookup_verb(folded) is not None or folded in RELAY_OR_THAT or folded in ACCORDING


def dateline_end(
    text: str, start: int, end: int, places: frozenset[str], outlet: re.Pattern[str]
) -> int:
    """Where the text of a paragraph begins after its dateline (`start` if it has none).

    A dateline is at most eight words cut by ":" "-" "–" "—" "_" "/" "|" or brackets, the last
    of them right before the text, that names an outlet (`outlet`), begins with a place
    (`places`, folded), or is cut by a "/" or brackets.
    """
    noise = _LEADING_NOISE.match(text, start, end)
    if noise is not None and noise.end() < end:
        start = noise.end()  # "date 2025-09-19 كشف ...": a page's metadata left before the text
    best = start
    window = min(end, start + 160)
    for match in _DATELINE_SEPARATOR.finditer(text, start, window):
        head = text[start : match.start()]
        words = head.split()
        if not words or len(words) > _DATELINE_WORDS or "\n" in head or match.end() >= end:
            break
        if any(c in head for c in QUOTE_CHARS) or any(_cue_word(w) for w in words):
            break  # "ونقلت وكالة … عن X قوله:" is attribution, not a dateline
        if not text[match.start() : match.end()].strip() or head.rstrip()[-1:] in "،,.":
            continue
        first = fold(words[0].strip(":：-–—/|")).text
        cut = text[start : match.end()]
        if best > start:  # a later part must name the outlet: "بغداد - وكالة الاختبار:"
            part = text[best : match.start()]
            after_slash = (
                text[:best].rstrip().endswith("/")
                and len(part.split()) <= 4
                and not any(lookup_verb(fold(word).text) for word in part.split())
            )
            if not part.strip() or after_slash or outlet.search(text[best : match.end()]):
                best = match.end()
            continue
        slashed = "/" in cut or "(" in cut
        if outlet.search(cut) or first in places or (slashed and len(words) <= 5):
            best = match.end()
    return best
