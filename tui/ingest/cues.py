"""Attribution cues in a sentence: who is reported as saying what, and where the words are."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .named import named_subject
from .quoted_names import quoted_name
from .quotes import Quote, Sentence, narrated_within
from .speakers import Mention, adverbial_at, bare, definite, is_date_word

MIN_QUOTE_WORDS = 3  # a shorter quotation is a scare quote or a name ("داعش"، «الرافدين نيوز»)
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")
_TIME_QUALIFIERS = frozenset({"سابق", "لاحق", "مبكر", "متاخر", "قريب"})  # "في وقت سابق"
# Where words were posted ("عبر موقع "إكس" (تويتر سابقاً)", "على حسابه في فيسبوك"): the
# channel, not what was said. Folded stems of the channel, then names of platforms.
_CHANNELS = ("موقع", "منص", "حساب", "صفح", "تغريد", "تدوين", "منشور", "قنا")
_PLATFORMS = frozenset(
    {
        "اكس",
        "إكس",
        "x",
        "تويتر",
        "فيسبوك",
        "فيس",
        "بوك",
        "تلغرام",
        "تيليغرام",
        "تليغرام",
        "انستغرام",
        "يوتيوب",
        "الرسمي",
        "الرسميه",
        "في",
        "علي",
        "منصه",
        "موقع",
    }
)


@dataclass(frozen=True, slots=True)
class Found:
    """A statement found in a sentence, before its source is resolved: its content span
    (`start`, `end`), its cue and the source it names (Citron's cue, source, content)."""

    start: int
    end: int
    form: str  # direct_quote, paraphrase, reported_by_outlet, or "introduce" (a speaker only)
    cue: str  # the cue as written ("وأضاف", "مشيراً", "بحسب")
    source: Mention | None  # None: the source of the previous statement ("وتابع:")
    at: int  # offset of the cue, to order statements
    # "nested": said inside someone's quotation; "report": a quotation that is nothing but
    # this report of someone else's words, and is replaced by it.
    inner: str = ""
    rule: str = ""  # the name of the rule that found it (tui/ingest/rules.RULES)


class SentenceCues:
    """The attribution rules run over one sentence's tokens."""

    def __init__(self, text: str, sentence: Sentence) -> None:
        self.text = text
        self.s = sentence
        # "د. أحمد": the full stop of a one-letter title abbreviates it; it ends nothing.
        self.toks = tuple(t for k, t in enumerate(sentence.tokens) if not (
            t.text == "." and k and (sentence.tokens[k - 1].f in lx.ABBREVIATED
                                     or len(sentence.tokens[k - 1].f) == 1)  # "لويد ج. أوستن"
            and sentence.tokens[k - 1].end == t.start))  # fmt: skip
        self.n = len(self.toks)
        self.found: list[Found] = []

    # -- small helpers -------------------------------------------------------------------
    def f(self, i: int) -> str:
        return self.toks[i].f if 0 <= i < self.n else ""

    def quoted(self, i: int) -> bool:
        return self.s.inside_quote(self.toks[i].start)

    def quote_at(self, i: int) -> Quote | None:
        return self.s.quote_at(self.toks[i].start) if 0 <= i < self.n else None

    def index_at(self, offset: int) -> int:
        return next((k for k in range(self.n) if self.toks[k].start >= offset), self.n)

    def skip_adverbs(self, j: int) -> int:
        while j < self.n and self.f(j) in lx.VERB_ADVERBS:
            j += 1
        return j

    def verb_at(self, i: int) -> lx.Verb | None:
        hit = lx.lookup_verb(self.f(i)) if 0 <= i < self.n else None
        return hit[0] if hit and not self._superlative(i) else None

    def _superlative(self, i: int) -> bool:
        """Whether "أبرز" after a comma is the superlative before a definite noun ('"النجباء"،
        أبرزُ الجماعات …'), which describes the name before it, not the verb "highlighted"."""
        return (
            self.f(i) == "ابرز"
            and i > 0
            and self.toks[i - 1].is_comma
            and i + 1 < self.n
            and definite(self.f(i + 1))
        )

    def cue_start(self, i: int) -> int:
        """The offset of the cue word without its و or ف prefix."""
        hit = lx.lookup_verb(self.f(i))
        token = self.toks[i]
        skip = 1 if (hit and hit[1]) or (self.f(i)[:1] == "و" and self.f(i)[1:] in lx.VERBS) else 0
        return token.start + skip

    def content_start(self, k: int, end: int) -> int:
        """The offset where a reported position's content begins, from its object at token k:
        the adverbials of the report are not its content ("في 27 أيلول، رسمياً عن انتهاء …" →
        "عن انتهاء …"). The cue and the source stay out of it, as in BBC Citron's quote model."""
        first = k
        while k < self.n and self.toks[k].start < end:
            if self.toks[k].is_comma or self.f(k) in lx.VERB_ADVERBS:
                k += 1  # "رسمياً", "مجدداً": how it was said
                continue
            channel = self._channel(k)
            if channel:
                k += channel
                continue
            if adverbial_at(self.toks, k) and self.f(k) not in lx.SOURCE_CLAUSE:
                comma = next((m for m in range(k, self.n) if self.toks[m].is_comma), None)
                if comma is None or self.toks[comma].start >= end:
                    dated = self._date_words(k + 1) if self.f(k) == "في" else 0
                    if dated:
                        k += 1 + dated  # "في أيلول/ سبتمبر 2024 على إنهاء …": when, no comma
                        continue
                    day = 0 if self.f(k).isdigit() else self._date_words(k)
                    if day and k + day < self.n and self.toks[k + day].start < end:
                        k += day  # "قد أعلن الخميس انتهاء …": the day it was said
                        continue
                    break
                k = comma + 1  # "في 27 أيلول 2024،": when it was said
                continue
            break
        if k >= self.n or self.toks[k].start >= end:
            k = first
        return self.toks[k].start if k < self.n else end  # nothing left: an empty span

    def _channel(self, k: int) -> int:
        """How many tokens from k on say where words were posted ("عبر موقع "إكس" (تويتر
        سابقاً)", "على حسابه في منصة اكس"), or 0."""
        if self.f(k) not in ("عبر", "علي", "في") or not bare(self.f(k + 1)).startswith(_CHANNELS):
            return 0
        m = k + 2
        while m < self.n:
            quote = self.quote_at(m)
            if quote is not None and quote.close is not None and quote.words <= 3:
                m = self.index_at(quote.close + 1)
            elif self.toks[m].text == "(":
                m = next((x + 1 for x in range(m, min(self.n, m + 8))
                          if self.toks[x].text == ")"), m + 1)  # fmt: skip
            elif self.f(m) in _PLATFORMS or bare(self.f(m)).startswith(_CHANNELS):
                m += 1
            else:
                break
        return m - k if m < self.n else 0

    def dated(self, k: int) -> bool:
        """Whether the words from token k on write a date ("11 سبتمبر 2025")."""
        return self._date_words(k) > 1

    def _date_words(self, k: int) -> int:
        """How many tokens from k on write a date ("أيلول/ سبتمبر 2024", "27 أيلول")."""
        m = k
        while m < self.n and (is_date_word(self.f(m).strip("/-")) or self.toks[m].text in "/-"):
            m += 1
        return m - k if m > k and is_date_word(self.f(k).strip("/-")) else 0

    # -- clause ends ---------------------------------------------------------------------
    def boundary_after_comma(self, k: int) -> bool:
        word, nxt = self.f(k), self.f(k + 1)
        if (word, nxt) == ("في", "وقت") and self.f(k + 2) in _TIME_QUALIFIERS:
            return False  # "، في وقت سابق، أن …": when, not "while"
        if word in lx.FRAMING or (word, nxt) in lx.FRAMING_PAIRS:
            return True
        if (word, nxt) == ("في", "اشاره"):
            # "…، في إشارة إلى …": the outlet's gloss ends the words, unless "أن" is still to
            # come ("وقال فلان، في إشارة إلى …، إن …": an aside before them)
            return not any(self.f(m) in lx.THAT for m in range(k + 2, min(self.n, k + 30)))
        if word in lx.PRONOUN_CONJUNCTIONS:
            return True
        if word in lx.ACCORDING:
            # "، وفقاً للبيان": the outlet names its source; "، ووفقاً للاتفاقات، تغادر …" is
            # the speaker's own adverbial, and the clause goes on.
            source = nxt[2:] if nxt.startswith("لل") else nxt.removeprefix("ل")
            return nxt in ("ل", "لما", "ما") or bare_source(source)
        hit = lx.lookup_verb(word) if not self._superlative(k) else None
        if hit and (hit[0].form == "participle" or hit[1]):
            return True
        if hit and hit[0].form == "past" and self._speaker_at(k + 1):
            return True  # "…، أعلن وزير الدفاع العباسي أن": a new report, its own speaker
        if word in lx.SEQUENCE_ADVERBS and self.verb_at(k + 1) is not None:
            return True  # "، ولاحقاً أشار المسؤول إلى أن": the next report
        if word in ("مع", "بعد", "عقب") and nxt in lx.ANNOUNCEMENT_NOUNS:
            return self._speaker_at(k + 2)  # "…، مع إعلان السفارة أن": another's report
        return word == "كما" and self.verb_at(k + 1) is not None

    def _speaker_at(self, k: int) -> bool:
        """Whether token k plainly begins a speaker: a title, a body, an unnamed source, a
        place that speaks for its government."""
        if k >= self.n or not self.toks[k].is_word:
            return False
        word = self.f(k)
        heads = lx.TITLES | lx.ORGANISATIONS | lx.UNNAMED
        return word in heads or bare(word) in heads or word in lx.PLACES

    def clause_end(self, j: int, stop: int | None = None) -> int:
        """The end offset of the clause that starts at token j (at most `stop`)."""
        last = j - 1
        k = j
        while k < self.n and (stop is None or self.toks[k].end <= stop):
            token = self.toks[k]
            quote = self.quote_at(k) if stop is None else None
            if quote is not None:
                k = self.index_at(quote.close + 1) if quote.close is not None else self.n
                last = k - 1
                continue
            if token.is_comma and self.boundary_after_comma(k + 1):
                break
            if self.f(k) in lx.TAIL_HEADS and self.f(k + 1) in lx.TAIL_WORDS:
                break
            if token.is_dash and self.f(k + 1) in lx.SITE_HEADS:
                break  # a page's title: "… يحذر من … - صحيفة الأفق، الاثنين": the site's name
            hit = lx.lookup_verb(self.f(k)) if k > j else None
            if hit is not None and hit[1] and hit[0].form != "participle" and not self.quoted(k):
                break  # "تحذر من … وتطالب بانسحاب …": a second verb, a second statement
            if (
                hit is not None
                and hit[0].form == "participle"
                and k > j + 2
                and (
                    not self.quoted(k)
                    and self.toks[k - 1].is_word
                    and self.f(k - 1) not in lx.KANA
                    and (
                        self.f(k + 1) in lx.PARTICIPLE_LINKS
                        or (k + 1 < self.n and self.toks[k + 1].text == ":")
                    )
                )
            ):
                break  # "… هدية لإيران والصين محذراً من …": the report goes on, a new statement
            if token.is_word or token.text in ')»”"':
                last = k
            k += 1
        return self.toks[last].end if last >= j else -1

    # -- complements ---------------------------------------------------------------------
    def complement(self, k: int, stop: int | None = None) -> tuple[int, int, str] | None:
        """The words reported from token k on: a quotation, or a "that" clause."""
        k = self.skip_adverbs(k)
        if self.f(k) in lx.BIL_QAWL:
            k += 1
        form = "paraphrase"
        if k < self.n and self.toks[k].text in (":", "："):
            k += 1
            form = "direct_quote"  # "قوله: لدينا ..." is the speaker's words, marks or not
            if self.f(k) in lx.THAT:
                k, form = k + 1, "paraphrase"  # "قوله: إن ..."
        elif self.f(k) in lx.THAT_PREPOSITIONS and self.f(k + 1) in lx.THAT:
            k += 2
        elif self.f(k) in lx.THAT:
            k += 1
        elif self.quote_at(k) is None:
            return None
        if k < self.n and self.toks[k].text in (":", "："):
            k += 1
        quote = self.quote_at(k) if stop is None else None
        if quote is not None and quote.start < quote.end:
            after = self.index_at(quote.close + 1) if quote.close is not None else self.n
            hit = lx.lookup_verb(self.f(after)) if after < self.n else None
            if (
                quote.words <= 4
                and after < self.n
                and self.toks[after].is_word
                and self.f(after) not in lx.DISCOURSE
                and not (hit and (hit[1] or hit[0].form == "participle"))
            ):
                # 'بأنه "قنبلة موقوتة" تهدد استقرار العراق': the marks quote a phrase of a
                # clause that goes on; the clause is what was reported
                return self.toks[k].start, self.clause_end(k), "paraphrase"
            return quote.start, quote.end, "direct_quote"
        if k >= self.n:
            return None
        end = self.clause_end(k, stop)
        start = self.toks[k].start
        return (start, end, form) if end > start else None

    def marker(self, j: int, limit: int = 30) -> int | None:
        """The first token from j on where a complement starts, within `limit` tokens."""
        for k in range(j, min(self.n, j + limit)):
            if self.quoted(k):
                continue
            word = self.f(k)
            if word in lx.THAT and k > j and self.f(k - 1) in lx.TEMPORAL:
                continue  # "أعلنت … إغلاق المعبر، بعد أن تولى …": when, not what was said
            if word in lx.THAT or word in lx.BIL_QAWL or self.toks[k].text == ":":
                return k - 1 if self.f(k - 1) in lx.THAT_PREPOSITIONS and k > j else k
            quote = self.quote_at(k)
            if (
                quote is not None
                and quote.words >= MIN_QUOTE_WORDS
                and self.f(k - 1) != "ل"
                and not quoted_name(self, j, k, quote)
            ):
                return k
            if self.toks[k].text in ".!?؟" or (k > j and self.verb_at(k) and self.initial(k)):
                return None
            comma = self.toks[k].is_comma and self.boundary_after_comma(k + 1)
            if comma and self.f(k + 1) not in lx.ACCORDING:  # "، وفقاً للوكالة، أن": a relay
                return None
        return None

    def initial(self, i: int) -> bool:
        """Whether token i starts a clause (after a comma, a colon, or a connective)."""
        if i == 0:
            return True
        prev = self.toks[i - 1]
        if prev.is_comma or prev.is_dash or prev.text in (":", "(") or prev.f in lx.DISCOURSE:
            return True
        if i <= 3 and prev.text.endswith(("-", "–", "—")) and len(prev.text) > 1:
            return True  # "المركزية- أعلنت …": an outlet's dateline glued to its dash
        if prev.f[:1] == "و" and prev.f[1:] in lx.DISCOURSE:
            return True  # "وبينما تؤكد واشنطن أن"
        if prev.text == ")" and self.toks[0].text == "(" and i <= 5:
            return True  # "(واشنطن) أعلنت …": a dateline in brackets
        issued = prev.f in lx.ISSUED or (i > 1 and self.f(i - 2) in lx.ISSUED)
        if issued and self.f(i + 1) in ("فيه", "فيها"):
            return True  # "أصدرت الوزارة بياناً (مشتركاً) قالت فيه"
        if prev.f in lx.PRONOUN_CONJUNCTIONS or (self.f(i - 2), prev.f) in lx.DISCOURSE_PAIRS:
            return True
        if prev.f in ("عاد", "عادت", "ثم"):
            return True  # "إذ عاد وقال إنه": the same speaker again
        if prev.f in lx.SEQUENCE_ADVERBS and (i == 1 or self.toks[i - 2].is_comma):
            return True  # "، ولاحقاً أشار المسؤول إلى أن": the next report
        if (
            i <= 5
            and self.f(0) in lx.WHEN_FIRST
            and not any(self.verb_at(k) for k in range(1, i))
            and all(self.toks[k].is_word for k in range(i))
        ):
            return True  # "وقبل نحو أسبوع أعلنت دمشق …": when, then the verb
        if (
            prev.f in lx.QAD
            and i >= 2
            and self.f(i - 2) in lx.KANA
            and (i == 2 or self.initial(i - 2))
        ):
            return True  # "وكانت قد نقلت …": what was reported before, the same cue
        if (
            i <= 8
            and self.f(0) in ("في", "وفي", "خلال", "وخلال")
            and (bare(self.f(1)) in lx.OCCASIONS or self.f(1) in lx.OCCASIONS)
            and not any(self.verb_at(k) for k in range(1, i))
        ):
            return True  # "وفي تصريحات له أشار …": the occasion first, then the verb
        if (
            i <= 6
            and bare(self.f(0)) in lx.OUTLET_HEADS
            and all(self.toks[k].is_word and self.verb_at(k) is None for k in range(i))
        ):
            return True  # "شبكة أخبار العراق رأى فلان …": a dateline's outlet glued on
        return prev.text in '»”"' and i >= 2

    def emit(
        self,
        span: tuple[int, int, str] | None,
        verb: str,
        who: Mention | None,
        at: int,
        inner: str = "",
    ) -> None:
        if span is None or span[1] <= span[0]:
            return
        if span[2] != "direct_quote" and len(_ARABIC_WORD.findall(self.text, span[0], span[1])) < 2:
            return  # one word is no position: a name cut out of the page, a stray verb
        if span[2] == "direct_quote":
            narrator = narrated_within(self.text, span[0], span[1])
            if narrator is not None:
                # 'وأضاف أن "…، مبيناً أن …"': the outlet's participle inside the marks
                # parts the speaker's words in two, both his
                cut, resume = narrator
                self.found.append(Found(span[0], cut, span[2], verb, who, at, inner))
                self.found.append(Found(resume, span[1], span[2], verb, who, at, inner))
                return
        self.found.append(Found(span[0], span[1], span[2], verb, who, at, inner))

    def subject(self, a: int, b: int) -> tuple[Mention | None, bool]:
        """The speaker named by tokens a..b-1, and whether anything but adverbials stood
        there (`named.named_subject`)."""
        return named_subject(self.text, self.toks, a, b)


def bare_source(word: str) -> bool:
    """Whether a folded word names a source an outlet cites ("بيان", "وكالة", "مصدر")."""
    head = bare(word)
    return head in lx.SOURCE_HEADS or head in lx.ORGANISATIONS or word in lx.SOURCE_HEADS
