"""The words of stance and threat (tui/ingest/data/stance.json) as the rules read them: the
lists loaded and checked, each word with the stems news clitics hide, a quote as sentences of
clauses whose negations are known.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final

from ..arabic import wordlists as wl
from ..arabic.normalise import fold


@dataclass(frozen=True, slots=True)
class Cue:
    """A fixed phrase: which axis and label it suggests, and what it means in English."""

    axis: str  # "withdrawal" or "threat"
    label: str
    pattern: re.Pattern[str]
    gloss: str


_PROCLITICS: Final = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_ENCLITICS: Final = ("هما", "ها", "هم", "ه", "نا")
_SENTENCE = re.compile(r"[.!?؟؛;\n]+")
_WORD = re.compile(r"[^\s،,:«»\"“”()\[\].!?؟؛;]+")
NEGATION_REACH: Final = 5  # words a negation governs ("لا تملك القدرة على شن هجمات")
# Folded words for ending and cutting, which name an exit only with what they end.
_ENDING: Final = ("انه", "انت", "ينت", "ستنت", "سينت", "تنت")
_CUTTING: Final = frozenset({"سحب", "تقليص", "جدوله", "نقل", "تحويل", "انتقال"})
# folded: whom forces move when they move prisoners ("نقل قوات التحالف لعناصر داعش"), not an exit
_DETAINEES: Final = frozenset(
    {"عناصر", "لعناصر", "معتقلي", "لمعتقلي", "المعتقلين", "سجناء", "السجناء", "الدواعش",
     "الارهابيين", "محتجزي", "المحتجزين"}
)  # fmt: skip
_NEED: Final = frozenset({"حاجه", "بحاجه", "نحتاج", "يحتاج", "تحتاج"})
_UNTIL: Final = frozenset({"حتي", "لغايه", "لحين"})
_VOIDED: Final = frozenset({"انتفت", "انتفي", "انتفاء"})  # folded: "الحاجة انتفت": no need left
# folded: "إضافة سنة لمدة الانسحاب", "تمديد الانسحاب": a longer stay, not the exit
_LENGTHEN: Final = frozenset({"اضافه", "باضافه", "تمديد", "بتمديد", "اطاله", "باطاله"})
_ELSEWHERE: Final = frozenset({"سوريا", "سوريه"})  # folded: both spellings of Syria
# folded: words after "لا" that make it affirm ("لا بد من", "لا شك أن", "لا سيما")
_AFFIRMING: Final = frozenset({"بد", "شك", "ريب", "سيما", "محاله", "محال"})
_STILL_STEMS: Final = ("زال", "يزال", "تزال", "نزال")  # "ما زالا", "لا نزال": still


def _group(data: Mapping[str, Any], *path: str) -> Mapping[str, Any]:
    node: Any = data
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            raise wl.WordListError(f"stance.json: {'/'.join(path)} must be an object")
    found: Mapping[str, Any] = node
    return found


@dataclass(frozen=True)
class Words:
    exit: frozenset[str]
    ending_objects: frozenset[str]
    presence: frozenset[str]
    forces: frozenset[str]
    stay: frozenset[str]
    good: dict[str, str]
    bad: dict[str, str]
    roles: frozenset[str]
    only: frozenset[str]
    combat: frozenset[str]
    announce: frozenset[str]
    demand_cues: frozenset[str]
    warning_cues: frozenset[str]
    third_parties: frozenset[str]
    wishes: frozenset[str]
    postponed: frozenset[str]
    topic: frozenset[str]
    up: dict[str, str]
    assertive: frozenset[str]
    strong: frozenset[str]
    down: dict[str, str]
    contained: dict[str, str]
    exists: frozenset[str]
    negators: frozenset[str]
    still: frozenset[str]
    no_longer: frozenset[str]
    cues: tuple[Cue, ...] = field(default=())


# Threat words that assert a danger by themselves ("يشكل تهديداً", "نشطة"), unlike a noun that
# only names one ("خطر عودة داعش").
_ASSERTIVE: Final = (
    "يشكل تشكل يشكلون يشكلان تشكلان يمثل تمثل يمثلون يهدد يهددون نشطة نشط "
    "ينشط تنشط يستغل تستغل سيستغل تنذر يملك يمتلك نخشى يخشى تخشى نخاف يخاف تخاف"
)


def _cues(data: Mapping[str, Any]) -> tuple[Cue, ...]:
    rows = _group(data, "phrases").get("cues")
    out = []
    for row in rows if isinstance(rows, list) else []:
        if not (isinstance(row, list) and len(row) == 4 and all(isinstance(x, str) for x in row)):
            raise wl.WordListError(f"stance.json: phrase cue {row!r} is not [axis, label, …]")
        axis, label, pattern, gloss = row
        out.append(Cue(axis, label, wl.pattern(pattern), gloss))
    return tuple(out)


@lru_cache(maxsize=1)
def words() -> Words:
    data = wl.load("tui.ingest", "stance.json")

    def ws(*path: str) -> frozenset[str]:
        return wl.words(_group(data, *path), "words")

    def gl(*path: str) -> dict[str, str]:
        return wl.table(_group(data, *path), "words", str)

    return Words(
        ws("withdrawal", "exit"), ws("withdrawal", "ending_objects"),
        ws("withdrawal", "presence"), ws("withdrawal", "forces"), ws("withdrawal", "stay"),
        gl("withdrawal", "good"), gl("withdrawal", "bad"), ws("withdrawal", "roles"),
        ws("withdrawal", "only"), ws("withdrawal", "combat"), ws("withdrawal", "announce"),
        ws("withdrawal", "demand_cues"), ws("withdrawal", "warning_cues"),
        ws("withdrawal", "third_parties"), ws("withdrawal", "wishes"),
        ws("withdrawal", "postponed"), ws("threat", "topic"),
        gl("threat", "up"), frozenset(wl.f(w) for w in _ASSERTIVE.split()),
        ws("threat", "strong"), gl("threat", "down"), gl("threat", "contained"),
        ws("threat", "none"),
        ws("negators"), ws("still"), ws("no_longer"), _cues(data),
    )  # fmt: skip


def forms(word: str) -> tuple[str, ...]:
    """A folded word and its stems without the clitics news attaches ("بانسحابها" → انسحاب);
    a hamza after alef on its case's seat is written bare ("بقائها", "بقاؤها" → بقاءها)."""
    forms = [word]
    seated = word.replace("ائ", "اء").replace("اؤ", "اء")
    if seated != word:
        forms.append(seated)
        word = seated
    for pre in _PROCLITICS:
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            forms.append(word[len(pre) :])
    for form in list(forms):
        if form[:1] == "س" and form[1:2] in ("ي", "ت", "ن") and len(form) >= 5:
            forms.append(form[1:])  # "وستضعف", "سيعيد": the future's prefix before the verb
    if word.startswith("لل") and len(word) >= 5:
        forms.append("ال" + word[2:])  # "للإسراع": ل before ال drops its alef
    for form in list(dict.fromkeys(forms)):
        for post in _ENCLITICS:
            if form.endswith(post) and len(form) - len(post) >= 3:
                forms.append(form[: -len(post)])
        if form.endswith("ا") and len(form) >= 5:
            forms.append(form[:-1])  # "خروجاً": the accusative, its tanween folded away
    return tuple(dict.fromkeys(forms))


def has(forms: tuple[str, ...], words: AbstractSet[str] | Mapping[str, str]) -> str | None:
    return next((f for f in forms if f in words), None)


@dataclass
class Sentence:
    """One sentence of a quote as folded words with their stems, and where its clauses begin."""

    words: list[str]
    forms: list[tuple[str, ...]]
    clauses: list[int]  # the index of the clause (between commas) each word is in

    def clause_start(self, i: int) -> int:
        k = i
        while k > 0 and self.clauses[k - 1] == self.clauses[i]:
            k -= 1
        return k

    def related(self, a: int, b: int) -> bool:
        """Whether words a and b can be said of each other: one clause, or a clause that opens
        with what is said of the one before ("انسحاب القوات …، خطوة هامة")."""
        if self.clauses[a] == self.clauses[b]:
            return True
        later = max(a, b)
        return abs(self.clauses[a] - self.clauses[b]) == 1 and later - self.clause_start(later) <= 2

    def near(
        self, i: int, words: AbstractSet[str] | Mapping[str, str], before: int, after: int
    ) -> int | None:
        for k in range(max(0, i - before), min(len(self.words), i + after + 1)):
            if k != i and has(self.forms[k], words):
                return k
        return None

    def negated(self, i: int, w: Words) -> bool:
        """Whether a negation governs word i ("لا", "لم يعد", "غير"), "لا يزال" excepted."""
        for k in range(max(0, i - NEGATION_REACH, self.clause_start(i)), i):
            word = self.words[k]
            if word in w.negators or (word[:1] in "وف" and word[1:] in w.negators):
                nxt = self.words[k + 1] if k + 1 < len(self.words) else ""
                if nxt in w.still or nxt.startswith(_STILL_STEMS):
                    continue  # "لا يزال", "ما زالا": still, not a negation
                if nxt in _AFFIRMING:
                    continue  # "لا بد", "لا شك أن": a must, a certainty
                if any(
                    _glued_still(self.words[m]) or self._still_at(m, w) for m in range(k + 1, i)
                ):
                    continue  # "لم ينته بعد وما يزال يشكل خطراً": "still" begins anew
                return True
        return False

    def _still_at(self, m: int, w: Words) -> bool:
        """Whether words m-1, m say "still" ("وما يزال", "ولا تزال")."""
        before = self.words[m - 1] if m > 0 else ""
        before = before[1:] if before[:1] in "وف" and len(before) > 2 else before
        return before in ("ما", "لا") and self.words[m].startswith(_STILL_STEMS)


def _glued_still(word: str) -> bool:
    """Whether a word is "still" written as one ("مايزال", "ولازالت")."""
    word = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    return word[:2] in ("ما", "لا") and word[2:].startswith(_STILL_STEMS)


def sentences(text: str) -> list[Sentence]:
    out = []
    for part in _SENTENCE.split(fold(text).text):
        words: list[str] = []
        clauses: list[int] = []
        for number, clause in enumerate(re.split(r"[،,]", part)):
            found = _WORD.findall(clause)
            words += found
            clauses += [number] * len(found)
        if words:
            out.append(Sentence(words, [forms(word) for word in words], clauses))
    return out


@dataclass
class Tally:
    """What a statement's words were found to say, counted as the sentences are read."""

    supports: int = 0
    opposes: int = 0
    conditional: bool = False
    threat: set[str] = field(default_factory=set)
    glosses: list[str] = field(default_factory=list)
    intense: bool = False  # a danger called real, great, growing: not only "still" there

    def stance(self, label: str, gloss: str) -> None:
        if label == "conditional":
            self.conditional = True
        elif label == "supports":
            self.supports += 1
        else:
            self.opposes += 1
        self.glosses.append(gloss)
