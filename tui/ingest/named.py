"""Who a reporting verb's subject names before its "that": a title and a name, a name and
its title after a comma, or no one (an object, whom the words were told to, the verb's own
complement)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import lexicon as lx
from .quotes import Token
from .speakers import Mention, allegiance, bare, definite, parse_np, segments


def named_subject(text: str, toks: Sequence[Token], a: int, b: int) -> tuple[Mention | None, bool]:
    """The speaker named by tokens a..b-1 of a sentence, and whether anything but adverbials
    stood there.

    Only a title followed by a name (or by "في ..." that completes the title) reads as a
    subject; a longer run of clauses means the "that" belongs to something else.
    """
    while (
        b - 1 >= a
        and toks[b - 1].f[:1] == "ل"
        and len(toks[b - 1].f) > 3
        and (toks[b - 1].f not in lx.THAT_PREPOSITIONS)
        and not (b - 2 >= a and allegiance(toks[b - 2]))  # "فصيل موالٍ لطهران"
    ):
        b -= 1  # "قال لرووداو: …": whom it was told to, right before the words
    if b - 1 >= a and toks[b - 1].f == "ب":
        b -= 1  # "وأوصت بـ"…"": the verb's preposition, glued to the quotation
    parts = segments(toks[a:b])
    if not parts:
        return None, False
    lead_word = parts[0][0].f
    if len(parts) == 1 and lead_word[:1] == "ل" and lead_word[1:] in lx.SITE_HEADS:
        return None, False  # "وأضاف لجريدة "الأخبار" اللبنانية، أن": whom it was told to
    participle = lx.lookup_verb(lead_word)
    if participle is not None and participle[0].form == "participle" and len(parts[0]) == 1:
        return None, False  # "وأضاف محذراً: …": how he went on, not who
    first = next((t for t in parts[0] if t.is_word), None)
    if first is not None and first.f in _DESCRIBES_BEFORE:
        return None, False  # "قال خلال برنامج "…"، المذاع على قناة …، إن": the programme's
    if first is not None and lx.is_preposition(first.f, first.text):
        return None, False  # "أثنى على دور …": the verb's object; the last speaker says it
    if (
        first is not None
        and first.f.endswith(("ها", "هم", "هما"))
        and len(first.f) > 5
        and (not definite(first.f) and bare(first.f) not in lx.ORGANISATIONS)
    ):
        return None, False  # "وأكدت استمرارها في …": her own doing, said by the last speaker
    lead = first.f if first is not None else ""
    titled = lead in lx.TITLES or lead in lx.HONORIFICS or lead in lx.UNNAMED
    named = _known_name(parts[0]) or _named_by_title(parts)
    aside: list[list[Token]] = []  # parts that say how it was said, not who said it
    for part in parts[1:]:
        words = [t for t in part if t.is_word]
        if words[0].f in _TOPICS:
            aside.append(part)  # "قال بارزاني، …، بشأن انسحاب القوات، …": what about
            continue
        if words[0].f in _DESCRIBED_AS and part is not parts[0]:
            # 'قالت حركة "النجباء"، أبرز الجماعات المسلحة الحليفة لطهران، إنها': what the
            # named body is, set after it, not a second speaker
            aside.append(part)
            continue
        if lx.is_preposition(words[0].f, words[0].text):
            continue  # "ورد ...، على هذه التصريحات": the verb's own complement
        if words[0].f in lx.ACCORDING and bare(lead) in lx.NOT_SOURCES | _NOT_SPEAKERS:
            # "وتشير تحركات التحالف، وفق مصادر ميدانية، إلى أن": movements speak for no one;
            # the sources cited do
            cited = [t for t in part[1:] if t.is_word]
            if cited and cited[0].f in ("ل", "لـ"):
                cited = cited[1:]
            found = parse_np(text, segments(cited)) if cited else None
            if found is not None:
                return found, True
        relayed = words[0].f in lx.RELAY_ADVERBS and len(words) > 2 and words[1].f == "عن"
        if relayed and bare(lead) in lx.SITE_HEADS:
            # "وقالت وكالة رويترز، نقلاً عن مصادر مطلعة، إن": the agency relays; they speak
            found = parse_np(text, segments([t for t in part if t.start >= words[2].start]))
            if found is not None:
                return found, True
        if words[0].f in lx.ACCORDING or all(t.f in lx.PLATFORM_WORDS for t in words):
            aside.append(part)
            continue  # "…، وفقاً لوكالة الأنباء، أن": the relay; "…، تويتر سابقاً:"
        if (
            part is parts[-1]
            and words[0].f[:1] == "ل"
            and len(words) <= 4
            and (words[0].f not in lx.THAT_PREPOSITIONS)
        ):
            aside.append(part)
            continue  # "ويقول الكناني، لنورث برس: …": whom it was told to
        if named and (words[0].f in lx.TITLES or bare(words[0].f) in lx.TITLES):
            continue  # "قال بابكر زيباري، مستشار رئيس الإقليم: …": the name, then the title
        if (named or titled) and part is parts[-1] and definite(words[0].f) and (len(words) <= 6):
            continue  # "قال فلان، المرشح لقيادة …، إن": what the speaker is, then the words
        if titled and definite(words[0].f) and len(words) <= 6 and _name_follows(parts, part):
            continue  # "مدير البرنامج، التابع لمستشارية …، فلان، أن": the office, its holder
        name_like = len(words) <= 4 and not any(t.f in lx.NAME_STOP for t in words)
        # "عضو اللجنة القانونية، النائب أحمد فواز": a second title with the name
        named_title = words[0].f in lx.TITLES and _known_name(part)
        if not titled or not (name_like or named_title or words[0].f in ("في", "ب")):
            return None, True
    return parse_np(text, [p for p in parts if not any(p is q for q in aside)]), True


# folded: words that describe the noun before them (a programme aired, a page published), so
# a clause they open is no subject
_DESCRIBES_BEFORE = frozenset(
    lx.f(w) for w in ("المذاع", "المذاعة", "المبثوث", "المعروض", "المنشور", "المنشورة", "الذي",
                      "التي")
)  # fmt: skip
# folded: superlatives and "one of" that open an apposition describing the one just named
_DESCRIBED_AS = frozenset({"ابرز", "اكبر", "اهم", "اقوي", "اقدم", "احد", "احدي", "كبري"})
# What a remark was about, set between commas after its speaker: never part of who spoke.
_TOPICS = frozenset(lx.f(w) for w in ("بشأن", "حول", "إزاء", "حيال", "تجاه", "وبشأن", "وحول"))
# Subjects that are events or things, not speakers: what sources say is read into them.
_NOT_SPEAKERS = frozenset(lx.f(w) for w in ("تحركات", "تطورات", "معطيات", "مؤشرات", "أرقام"))


def _name_follows(parts: list[list[Token]], part: list[Token]) -> bool:
    """Whether a part after `part` is a known name ("… ، علي عبد الله، الجمعة، أن")."""
    later = parts[parts.index(part) + 1 :]
    return any(_known_name(p) for p in later)


def _named_by_title(parts: list[list[Token]]) -> bool:
    """Whether two or three words no dictionary knows are a name because a title follows them
    after a comma ("ماريانا كوستا، المتحدثة باسم …"): a foreign name, then who she is."""
    if len(parts) < 2:
        return False
    words = [t for t in parts[0] if t.is_word]
    after = [t for t in parts[1] if t.is_word]
    return (
        2 <= len(words) <= 3
        and bool(after)
        and bare(after[0].f) in _TITLE_STEMS
        and not any(
            (definite(t.f) and not (t is words[-1] and _family_form(t.f)))
            or t.f in lx.NAME_STOP
            or lx.is_preposition(t.f, t.text)
            for t in words
        )
    )


def _family_form(word: str) -> bool:
    """Whether a folded word has the shape of a family name with its article, a nisba
    ("الحجي", "العامري"), the last of a name a title then follows ("شكري الحجي، مسؤول …")."""
    return (
        definite(word) and word.endswith("ي") and len(word) >= 5 and bare(word) not in _TITLE_STEMS
    )


_TITLE_STEMS: Final = frozenset(bare(w) for w in lx.TITLES)


def _known_name(part: list[Token]) -> bool:
    """Whether a phrase is two to four words with a given or family name the dictionary knows."""
    from .names import known_word

    words = [t for t in part if t.is_word]
    return 2 <= len(words) <= 4 and any(known_word(t.text) for t in words)
