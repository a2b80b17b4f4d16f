"""Who is speaking: noun phrases after a speech verb, and the speakers an article has named."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from . import lexicon as lx
from .adverbials import adverbial_at as adverbial_at  # re-exported: the rules import it here
from .adverbials import is_date_word as is_date_word  # re-exported, as adverbial_at
from .groups import PARTIES, counted_head, name_of, named_as
from .lexicon import bare as bare  # re-exported: the rules import it from here
from .lexicon import definite as definite  # re-exported, as bare
from .names import glossed_place_or_body, known_word
from .quotes import QUOTE_CHARS, Token
from .titles import after_honorifics, embedded_name, first_conjunct, looks_titled, rank_apart


def titled(word: str) -> bool:
    """Whether a folded word is a title, with or without its article ("السفيرة", "سفيرة")."""
    return word in lx.TITLES or bare(word) in lx.TITLES


ORG_HEADS = frozenset(bare(w) for w in lx.ORGANISATIONS | lx.STATEMENT_HEADS)
TITLE_HEADS = frozenset(bare(w) for w in lx.TITLES) - frozenset(bare(w) for w in lx.UNNAMED)
_SOURCE_WORDS = frozenset(bare(w) for w in lx.TITLES | lx.UNNAMED | lx.PLACES | lx.SOURCE_HEADS)


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker as one phrase names them: a name, a title, or a reference to someone earlier."""

    kind: str  # person, office, unnamed, organisation, statement, reference
    name: str  # the name as written (honorifics dropped); for others the phrase itself
    title: str = ""
    surface: str = ""  # every word of the phrase as written
    head: str = ""  # folded head noun without its article, for references ("الوزارة" → وزاره)
    joint: bool = False


_ABOUT = frozenset({"علي", "عن", "الي", "حول", "بشان"})  # what a body spoke on, not its name
_HONOURED = frozenset(lx.f(w) for w in ("الإمام", "الامام", "السيد", "الشيخ", "أبو", "ابو"))
_SAME = frozenset(lx.f(w) for w in ("ذاته", "ذاتها", "ذاتهم", "نفسه", "نفسها", "نفسهم", "أنفسهم"))


def segments(tokens: Sequence[Token]) -> list[list[Token]]:
    """The comma-separated parts of a phrase, each cut before any adverbial it ends with."""
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.is_comma:
            parts.append([])
        else:
            parts[-1].append(token)
    out = []
    for number, part in enumerate(parts):
        if number and part and part[0].f in lx.SOURCE_CLAUSE:
            continue  # "، متحفظاً على ذكر اسمه،", "، نشرت يوم الاثنين،": about the source
        cut = next((k for k in range(len(part)) if adverbial_at(part, k)), len(part))
        words = [t for t in part[:cut] if t.text not in "()"]
        if any(t.is_word for t in words):
            out.append(part[:cut])
    return out


def _text(text: str, tokens: Sequence[Token]) -> str:
    return text[tokens[0].start : tokens[-1].end] if tokens else ""


def stem(word: str) -> str:
    """A folded word without its article or a "لـ" ("لوزارة" → وزاره), to compare titles."""
    word = bare(word)
    return word[1:] if word[:1] == "ل" and len(word) > 4 else word


# Titles whose post goes on through "إلى"/"لدى" ("المبعوث إلى سوريا", "السفير لدى بغداد").
_POSTED: Final = frozenset({"مبعوث", "سفير", "سفيره", "ممثل", "موفد", "مندوب", "منسق"})


def _phrase_not_name(words: Sequence[Token]) -> bool:
    """Whether words a title ends with are a place or body the glossary names, not a person."""
    return glossed_place_or_body(" ".join(t.text for t in words))


def _body_named(words: Sequence[Token], begin: int) -> bool:
    """Whether the word at `begin` finishes the name of the body named before it ("لمنظمة"
    + "بدر" is the glossary's "منظمة بدر")."""
    if begin == 0 or not words[begin - 1].f.startswith("ل"):
        return False
    body = words[begin - 1].text[1:]
    return glossed_place_or_body(f"{body} {words[begin].text}")


def _surname(word: str) -> bool:
    """Whether one definite word can be a family name: known, or a nisba ("الساعدي")."""
    return known_word(word) or word.endswith("ي")


# Adjectives of whose side a source is on; the preposition they take stays in the subject.
_ALLEGIANCE: Final = ("موال", "مقرب", "تابع", "محسوب", "مدعوم", "مرتبط")


def allegiance(token: Token) -> bool:
    """Whether a word says whose side a source is on ("موالية", "المقربة", "التابعة")."""
    return bare(token.f).startswith(_ALLEGIANCE)


def bare_title_then_object(words: Sequence[Token]) -> bool:
    """Whether one title word is followed by its verb's preposition, not by more of the title:
    "وأشار الوزير إلى تعاون الدول", "وحذر المتحدث من خطر …"; an envoy's post goes on
    ("المبعوث إلى سوريا")."""
    if len(words) < 2:
        return False
    head = bare(words[0].f)
    if words[0].f not in lx.TITLES and head not in lx.TITLES:
        return False
    after = words[1]
    if not lx.is_preposition(after.f, after.text):
        return False  # "النائب علي حسين": the name Ali, not "على"
    # Not "عن": "النائب عن كتلة …" is whom the deputy sits for.
    return after.f in ("من", "علي") or (after.f == "الي" and head not in _POSTED)


def parse_np(text: str, parts: list[list[Token]]) -> Mention | None:
    """The speaker that comma-separated noun phrases name, or None if they name no one."""
    parts = [p for p in parts if p]
    if parts and len(parts[0]) > 1 and parts[0][-1].f in _SAME:
        parts[0] = parts[0][:-1]  # "المصادر ذاتها": the sources named before
    if not parts:
        return None
    surface = text[parts[0][0].start : parts[-1][-1].end]
    marks = [k for k, t in enumerate(parts[0]) if t.text in QUOTE_CHARS]
    if marks[:1] == [0] and len(marks) >= 2 and 1 < marks[1] <= 6:
        # '"المقاومة الإسلامية في العراق" الأربعاء': a body's name in quotation marks
        inner, end = parts[0][1 : marks[1]], marks[1] + 1
        while end < len(parts[0]) and definite(parts[0][end].f) and parts[0][end].f[-1] in "يه":
            end += 1  # '«الدفاع» العراقية': the name's adjectives, marks and all
        span = inner if end == marks[1] + 1 else parts[0][:end]
        after = [t.f for t in parts[0][end : end + 2]]
        relaying = len(after) == 2 and after[0] in lx.RELAY_ADVERBS and after[1] == "عن"
        if all(t.is_word for t in inner) and not relaying:  # '"الجزيرة" نقلاً عن مصادر'
            return Mention("organisation", _text(text, span), surface=surface, head=inner[-1].f)
    first = [t for t in parts[0] if t.is_word]
    if not first or first[0].f in ("ب", "ل", "ك"):
        return None  # "وأوصت بـ"…"": a preposition glued to the quotation, no one
    if bare_title_then_object(first):
        # "الوزير من خطر المخيم …": the title alone speaks; the rest is the verb's object
        parts, first, surface = [first[:1]], first[:1], first[0].text
    head = first[0].f
    for n, part in enumerate(parts):
        words = [t for t in part if t.is_word]
        relays = (k for k in range(len(words) - 2) if words[k].f in lx.RELAY_ADVERBS)
        relayed = next((k for k in relays if words[k + 1].f == "عن"), None)
        if relayed is not None:
            # "نقلاً عن مصادر", "الصحيفة نقلاً عن مسؤولين": the source relayed is the speaker
            start = words[relayed + 2].start
            return parse_np(text, [[t for t in part if t.start >= start], *parts[n + 1 :]])
    if bare(head) in lx.NOT_SOURCES or head in lx.RELAY_ADVERBS:
        return None  # "التقديرات تشير إلى …": figures, not a speaker
    counted = counted_head(first)
    if counted is not None:
        # "أربعة مصادر عراقية", "أكثر من 20 مصدراً", "5 من مسؤولي مكافحة الإرهاب": a number
        # of unnamed sources
        return Mention("unnamed", _text(text, parts[0]), surface=surface, head=counted)
    if head in PARTIES and len(first) == 1:
        # "أكد الجانبان أهمية …": both parties of a meeting speak together
        return Mention("organisation", first[0].text, surface=surface, head=head, joint=True)
    if head in lx.DEMONSTRATIVES and len(first) > 1:
        return Mention("reference", _text(text, parts[0]), surface=surface, head=bare(first[1].f))
    if head in lx.STATEMENT_HEADS:
        return _statement(text, parts[0], surface)
    chosen = named_as(parts[0])
    if chosen is not None:
        # "جماعة تطلق على نفسها اسم "…"": the group speaks by the name it goes by
        name = name_of(parts[0], chosen)
        return Mention("organisation", name, surface=surface, head=bare(parts[0][chosen[1]].f))
    name_tokens: list[Token] = []
    titles: list[list[Token]] = []
    parts = [first_conjunct(p) for p in parts]
    onward = False  # "مبعوث الرئيس، دونالد ترامب، إلى العراق، …": the title goes on
    embedded: tuple[int, list[Token]] | None = None  # a title a name was found inside
    for part in parts:
        words = [t for t in part if t.is_word or t.text in '«»“”"()']
        lead = words[0].f if words[0].is_word else ""
        if onward and name_tokens and not (titled(lead) or lx.is_preposition(lead, words[0].text)):
            # … then "مارك سافايا": the name before was the title's (the president's);
            # this one holds it
            titles.append(name_tokens)
            name_tokens = []
        onward = bool(name_tokens) and lead in ("الي", "لدي")
        if lead in lx.UNNAMED and not definite(lead) and not titles:
            titles.append(part)  # "مسؤول عسكري عراقي": an unnamed source, no name inside
        elif lead in lx.HONORIFICS:
            name_tokens = [t for t in after_honorifics(words) if t.is_word]
        elif (
            titled(lead)
            or lead in lx.ORGANISATIONS
            or lead in lx.UNNAMED
            or lead in ("في", "ب", "عن")
            or not titles
            and not name_tokens
            and len(parts) > 1
            and looks_titled(words)
        ):
            if lead in lx.ORGANISATIONS:
                # "البنتاغون على موقف الكتائب": the body, then what it spoke about
                # ("كتائب الإمام علي": after an honorific "علي" is the imam's name, not "على")
                cut = next((k for k, t in enumerate(part) if k and t.f in _ABOUT
                            and part[k - 1].f not in lx.RELAY_ADVERBS
                            and part[k - 1].f not in _HONOURED), len(part))  # fmt: skip
                part = part[:cut]
            titles.append(part)
            found = embedded_name(words) if titled(lead) else None
            if found is not None and _phrase_not_name(words[found[0] :]):
                found = None  # "الأمين العام لحلف شمال الأطلسي": the body's name, not a person
            if found is not None and _body_named(words, found[0]):
                # "الأمين العام لمنظمة بدر هادي العامري": "بدر" names the body, not the man
                found = (found[0] + 1, found[1]) if len(words) - found[0] > 2 else None
            if found is not None and (len(parts) == 1 or not name_tokens):
                # "عضو اللجنة القانونية، النائب أحمد فواز": the name in a later title
                begin, _ = found
                name_tokens = words[begin:]
                titles[-1] = part[: part.index(words[begin])]
                embedded = len(titles) - 1, part
        elif titles and not name_tokens and definite(lead) and part is not parts[-1]:
            titles.append(part)  # "مدير البرنامج، التابع لمستشارية …، علي عبد الله": its office
        else:
            # "حسين على تصريحات نتنياهو": a name ends where a preposition begins its object
            cut = next((k for k, t in enumerate(words) if k and t.is_word
                        and (lx.is_preposition(t.f, t.text) or t.f in lx.DEMONSTRATIVES)),
                       len(words))  # fmt: skip
            words = words[:cut]
            split = next((k for k, t in enumerate(words) if k and t.f in lx.TITLES), None)
            lone = words[0].f if len(words) == 1 else ""
            if titles and not name_tokens and definite(lone) and not _surname(lone):
                # "قائد الجيش السوري الحر، المدعوم من …": what the office is, not a name
                titles.append(part)
            elif split is not None and not name_tokens:
                name_tokens, titles = words[:split], [*titles, words[split:]]
            elif not name_tokens:
                name_tokens = words
            elif embedded is not None and any(known_word(t.f) for t in words):
                # "النائب عن كتلة البناء، سعد الدليمي": the bloc's name was the title's
                titles[embedded[0]] = embedded[1]
                name_tokens, embedded = words, None
    titles = [piece for t in titles for piece in rank_apart(t)]
    title = "، ".join(_text(text, t) for t in titles if t)
    if name_tokens:
        name = _text(text, name_tokens)
        described = all(definite(t.f) and t.f.endswith(("ي", "يه")) for t in name_tokens[1:])
        if (
            described
            and definite(head)
            and not titles
            and (
                head in lx.TITLES
                or head in lx.ORGANISATIONS
                or head in lx.UNNAMED
                or bare(head) in lx.TITLES | lx.ORGANISATIONS | lx.UNNAMED
            )
        ):
            # "المصدر", "المصدر الحكومي", "الوزير الأمريكي": someone named before
            return Mention("reference", name, surface=surface, head=bare(head))
        kind = "organisation" if name_tokens[0].f in lx.PLACES else "person"

        return Mention(kind, name, title, surface, bare(name_tokens[-1].f))
    if not titles:
        return None
    lead_word = first[0].f
    whole = _text(text, parts[0])
    if len(first) == 1 and definite(lead_word):
        return Mention("reference", whole, surface=surface, head=bare(lead_word))
    if lead_word in lx.UNNAMED:
        return Mention("unnamed", whole, surface=surface, head=bare(lead_word))
    if lead_word in lx.ORGANISATIONS:
        named = _text(text, titles[0]) or whole  # cut where what it spoke about begins
        return Mention("organisation", named, surface=surface, head=bare(lead_word))
    # A title without a name ("وزير الخارجية العراقي"): an office, named by its title.
    return Mention("office", whole, title, surface, bare(lead_word))


def _statement(text: str, part: list[Token], surface: str) -> Mention | None:
    """The speaker of "بيان مشترك ..." (a joint statement), "بيان للمرصد ..." (the observatory)."""
    words = [t for t in part if t.is_word]
    folded = {t.f for t in words}
    if folded & {"مشترك", "المشترك", "حكومتي", "البلدين", "الحكومتين"}:
        return Mention("statement", _text(text, part), surface=surface, head="بيان", joint=True)
    rest = words[1:]
    while rest and rest[0].f in ("صادر", "الصادر", "عن", "من", "رسمي", "الرسمي", "ل", "لـ"):
        rest = rest[1:]
    cut = next((k for k, t in enumerate(rest) if k and t.f in lx.SOURCE_CLAUSE | lx.ISSUE_VERBS),
               len(rest))  # fmt: skip
    rest = rest[:cut]  # 'بيان لـ"X" نشر مساء الخميس': what follows X is about the statement
    if not rest:
        return Mention("reference", _text(text, part), surface=surface, head="بيان")
    if len(rest) == 1 and not definite(rest[0].f) and rest[0].f.endswith("ي"):
        # "تقرير بريطاني": a report described by where it comes from, no one named
        return Mention("unnamed", _text(text, words[:2]), surface=surface, head="بيان")
    opened = any(t.text in '“«"' and rest[0].start < t.start < rest[-1].start for t in part)
    closing = part[-1] if opened and part[-1].text in '”»"' else rest[-1]
    name = text[rest[0].start : closing.end]  # 'لصحيفة "وول ستريت جورنال"' keeps its marks
    if rest[0].f.startswith("لل"):
        name = "ال" + name[2:]  # "بيان للمرصد" names "المرصد"
    elif rest[0].f.startswith("ل") and rest[0].f[1:] in lx.ORGANISATIONS | lx.SITE_HEADS:
        name = name[1:]  # "بيان لوزارة الدفاع" names "وزارة الدفاع", "تقرير لشبكة …" the network
    lead = bare(fold_word(name.split()[0]))
    if len(rest) == 1 and definite(fold_word(name)):
        if lead not in ORG_HEADS and lead not in _SOURCE_WORDS:
            lead = "بيان"  # "البيان الختامي": the statement itself, not an issuer
        return Mention("reference", name, surface=surface, head=lead)
    # "بيان رئاسة الإقليم": the issuer, whom a later "البيان" refers back to
    return Mention("organisation", name, surface=surface, head="بيان")


def fold_word(word: str) -> str:
    """The folded form of one word."""
    return lx.f(word)
