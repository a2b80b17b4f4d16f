"""Stance on the withdrawal and the ISIS-threat level a statement's words carry, with glosses.

The words are data (`tui/ingest/data/stance.json`); this module composes them, one sentence at
a time, the way a reader does:

- Withdrawal: an evaluation ("إنجاز", "خطأ", "غير شرعي") said of the exit or of the foreign
  presence. Approving the exit or disapproving the presence is `supports`; the reverse is
  `opposes`; a negation before the evaluation turns it. Demands and obligations laid on the
  exit ("على القوات الأجنبية مغادرة"), a need for the forces ("نحتاج إلى قوات التحالف"), a
  presence that goes on ("وجودها سيستمر") and "no withdrawal" ("لا انسحاب") count too; a need
  for some roles only (air support, intelligence, training) is `conditional`.
- Threat: a threat word said of ISIS (its name, its cells, its remnants). Asserted ("يشكل
  تهديداً", "نشطة") or strong ("ما زال", "حقيقي", expected attacks) it is `high`; negated ("لم
  يعد يشكل") or a defeat ("فقد القدرة", "تراجع") it is `low`; remnants, siege and pursuit are
  `moderate`, as is a threat both asserted weakly and denied.
- Fixed phrases the words do not compose are kept as patterns with their labels.

When the signals disagree, or none is found, the label stays `unspecified`: a wrong label is
worse than none (README, "The codebook"). Each label comes with English glosses of what set it.
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


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The labels a statement's words suggest, and the glosses of the cues behind them."""

    withdrawal: str
    threat: str
    glosses: tuple[str, ...]


_PROCLITICS: Final = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_ENCLITICS: Final = ("هما", "ها", "هم", "ه", "نا")
_SENTENCE = re.compile(r"[.!?؟؛;\n]+")
_WORD = re.compile(r"[^\s،,:«»\"“”()\[\].!?؟؛;]+")
NEGATION_REACH: Final = 5  # words a negation governs ("لا تملك القدرة على شن هجمات")
# Folded words for ending and cutting, which name an exit only with what they end.
_ENDING: Final = ("انه", "انت", "ينت", "ستنت", "سينت", "تنت")
_CUTTING: Final = frozenset({"سحب", "تقليص", "جدوله"})
_NEED: Final = frozenset({"حاجه", "بحاجه", "نحتاج", "يحتاج", "تحتاج"})
_UNTIL: Final = frozenset({"حتي", "لغايه", "لحين"})
_ELSEWHERE: Final = frozenset({"سوريا"})
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
class _Words:
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
    third_parties: frozenset[str]
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
_ASSERTIVE: Final = "يشكل تشكل يهدد نشطة نشط ينشط تنشط يستغل تستغل سيستغل تنذر يملك يمتلك"


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
def _words() -> _Words:
    data = wl.load("tui.ingest", "stance.json")

    def ws(*path: str) -> frozenset[str]:
        return wl.words(_group(data, *path), "words")

    def gl(*path: str) -> dict[str, str]:
        return wl.table(_group(data, *path), "words", str)

    return _Words(
        ws("withdrawal", "exit"), ws("withdrawal", "ending_objects"),
        ws("withdrawal", "presence"), ws("withdrawal", "forces"), ws("withdrawal", "stay"),
        gl("withdrawal", "good"), gl("withdrawal", "bad"), ws("withdrawal", "roles"),
        ws("withdrawal", "only"), ws("withdrawal", "combat"), ws("withdrawal", "announce"),
        ws("withdrawal", "third_parties"),
        ws("threat", "topic"),
        gl("threat", "up"), frozenset(wl.f(w) for w in _ASSERTIVE.split()),
        ws("threat", "strong"), gl("threat", "down"), gl("threat", "contained"),
        ws("threat", "none"),
        ws("negators"), ws("still"), ws("no_longer"), _cues(data),
    )  # fmt: skip


def _forms(word: str) -> tuple[str, ...]:
    """A folded word and its stems without the clitics news attaches ("بانسحابها" → انسحاب)."""
    forms = [word]
    for pre in _PROCLITICS:
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            forms.append(word[len(pre) :])
    for form in list(forms):
        for post in _ENCLITICS:
            if form.endswith(post) and len(form) - len(post) >= 3:
                forms.append(form[: -len(post)])
        if form.endswith("ا") and len(form) >= 5:
            forms.append(form[:-1])  # "خروجاً": the accusative, its tanween folded away
    return tuple(dict.fromkeys(forms))


def _has(forms: tuple[str, ...], words: AbstractSet[str] | Mapping[str, str]) -> str | None:
    return next((f for f in forms if f in words), None)


@dataclass
class _Sentence:
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

    def near(self, i: int, words: AbstractSet[str] | Mapping[str, str], before: int,
             after: int) -> int | None:
        for k in range(max(0, i - before), min(len(self.words), i + after + 1)):
            if k != i and _has(self.forms[k], words):
                return k
        return None

    def negated(self, i: int, w: _Words) -> bool:
        """Whether a negation governs word i ("لا", "لم يعد", "غير"), "لا يزال" excepted."""
        for k in range(max(0, i - NEGATION_REACH, self.clause_start(i)), i):
            word = self.words[k]
            if word in w.negators or (word[:1] in "وف" and word[1:] in w.negators):
                nxt = self.words[k + 1] if k + 1 < len(self.words) else ""
                if nxt in w.still or nxt.startswith(_STILL_STEMS):
                    continue  # "لا يزال", "ما زالا": still, not a negation
                return True
        return False


def _sentences(text: str) -> list[_Sentence]:
    out = []
    for part in _SENTENCE.split(fold(text).text):
        words: list[str] = []
        clauses: list[int] = []
        for number, clause in enumerate(re.split(r"[،,]", part)):
            found = _WORD.findall(clause)
            words += found
            clauses += [number] * len(found)
        if words:
            out.append(_Sentence(words, [_forms(word) for word in words], clauses))
    return out


@dataclass
class _Tally:
    supports: int = 0
    opposes: int = 0
    conditional: bool = False
    threat: set[str] = field(default_factory=set)
    glosses: list[str] = field(default_factory=list)

    def stance(self, label: str, gloss: str) -> None:
        if label == "conditional":
            self.conditional = True
        elif label == "supports":
            self.supports += 1
        else:
            self.opposes += 1
        self.glosses.append(gloss)


def _target(s: _Sentence, i: int, w: _Words) -> str | None:
    """Whether word i names the exit ("انسحاب", "إنهاء المهمة") or the foreign presence."""
    forms = s.forms[i]
    if _has(forms, w.exit):
        ending = s.words[i].startswith(_ENDING) or _has(forms, _CUTTING)
        if ending and s.near(i, w.ending_objects, 0, 3) is None and s.near(
            i, w.forces, 0, 3
        ) is None:
            return None  # "إنهاء", "ينتهي": an exit only when the mission or the presence ends
        return "exit"
    if _has(forms, w.presence) and (
        s.near(i, w.forces, 0, 3) is not None or forms[-1] != s.words[i]
    ):
        return "presence"
    return None


def _withdrawal(s: _Sentence, w: _Words, tally: _Tally) -> None:
    targets = {i: t for i in range(len(s.words)) if (t := _target(s, i, w))}
    for i in range(len(s.words)):
        forms = s.forms[i]
        good, bad = _has(forms, w.good), _has(forms, w.bad)
        if (good or bad) and i not in targets:
            near = [k for k in targets if abs(k - i) <= 10 and s.related(i, k)]
            if not near:
                if _has(forms, _NEED):
                    _need(s, i, w, tally)
                continue
            k = min(near, key=lambda k: abs(k - i))
            if good and s.near(i, w.third_parties, 4, 0) is not None:
                continue  # "واشنطن تريد بقاء قواتها": their wish, reported, not the speaker's
            sign = (1 if good else -1) * (1 if targets[k] == "exit" else -1)
            if s.negated(i, w):
                sign = -sign
            gloss = w.good[good] if good else w.bad[bad]  # type: ignore[index]
            what = "the exit" if targets[k] == "exit" else "the foreign presence"
            negation = "not " if s.negated(i, w) else ""
            tally.stance("supports" if sign > 0 else "opposes", f"{what}: {negation}{gloss}")
    for i, kind in targets.items():
        if kind == "exit" and i > 0 and s.words[i - 1] in ("لا", "ولا") and not any(
            _has(s.forms[k], w.good) or _has(s.forms[k], w.bad) for k in range(i, len(s.words))
        ):
            tally.stance("opposes", "no withdrawal")  # "لا انسحاب حالياً"
        if kind == "exit" and s.words[0] in ("علي", "يجب") and i <= 4:
            tally.stance("supports", "the forces must leave")  # "على القوات الأجنبية مغادرة"
        if kind == "exit" and s.near(i, w.announce, 3, 0) is not None and not s.negated(i, w):
            tally.stance("supports", "announces the end of the mission")  # "نعلن إنهاء مهمة"
    for i in range(len(s.words)):
        if _has(s.forms[i], w.stay) and not s.negated(i, w):
            subject = s.near(i, w.forces, 4, 3)
            if subject is None:
                subject = next(
                    (k for k, t in targets.items() if t == "presence" and abs(k - i) <= 4), None)
            until = s.near(i, _UNTIL, 0, 8)
            elsewhere = s.near(i, _ELSEWHERE, 0, 6)  # staying in Syria is not staying in Iraq
            if subject is not None and until is None and elsewhere is None:
                tally.stance("opposes", "the forces will stay")


def _need(s: _Sentence, i: int, w: _Words, tally: _Tally) -> None:
    """ "نحتاج إلى قوات التحالف": a need for the forces, or only for some of their roles."""
    if s.negated(i, w):
        if s.near(i, w.combat, 0, 5) is not None:
            tally.stance("conditional", "no need for combat forces")
        elif s.near(i, w.forces, 0, 5) is not None:
            tally.stance("supports", "no need for foreign forces")
        return
    if s.near(i, w.roles, 0, 5) is not None:
        tally.stance("conditional", "needed for air power, intelligence or training")
    elif s.near(i, w.forces, 0, 5) is not None:
        tally.stance("opposes", "the forces are needed")


def _conditional(s: _Sentence, w: _Words, tally: _Tally) -> None:
    for i in range(len(s.words)):
        if _has(s.forms[i], w.only) and s.near(i, w.roles, 6, 2) is not None:
            tally.stance("conditional", "for some roles only")
            return


def _threat(s: _Sentence, w: _Words, tally: _Tally) -> None:
    if not any(_has(forms, w.topic) for forms in s.forms):
        return
    found: set[str] = set()
    denied = -10  # the last negated assertion ("لم يعد … يشكل"): its object is denied with it
    for i in range(len(s.words)):
        forms = s.forms[i]
        up, down, contained = _has(forms, w.up), _has(forms, w.down), _has(forms, w.contained)
        if up:
            if s.negated(i, w) or 0 <= i - denied <= 2:
                if _has(forms, w.assertive):
                    denied = i
                found.add("low")
                tally.glosses.append(f"ISIS: not {w.up[up]}")
                continue
            still = s.near(i, w.still, 3, 0) is not None
            strong = still or s.near(i, w.strong, 4, 3) is not None
            if strong or _has(forms, w.assertive):
                found.add("high")
                tally.glosses.append(f"ISIS: {'still ' if still else ''}{w.up[up]}")
            elif s.near(i, w.down, 0, 3) is None:
                found.add("weak")  # "خطر داعش تراجع": the danger is what receded
        elif down:
            if s.negated(i, w):
                found.add("weak")  # "لم يختف", "لم ينته": not gone
                continue
            found.add("low")
            tally.glosses.append(f"ISIS: {w.down[down]}")
        elif contained:
            found.add("moderate")
            tally.glosses.append(f"ISIS: {w.contained[contained]}")
        elif _has(forms, w.exists) and s.negated(i, w) and i - s.clause_start(i) <= 4:
            found.add("low")  # "لا وجود لداعش", "داعش غير موجود"
            tally.glosses.append("ISIS: does not exist")
    if "high" in found:
        tally.threat.add("high")
    elif "moderate" in found or ("low" in found and "weak" in found):
        tally.threat.add("moderate")
    elif "low" in found:
        tally.threat.add("low")


def _announced(quote: str, cue: str, w: _Words, tally: _Tally) -> None:
    """ "أعلنت الحكومتان انتهاء مهمة التحالف": a party announcing the exit makes it firm."""
    verb = fold(cue).text
    if not cue or not (_has(_forms(verb), w.announce) or verb.lstrip("وف") in w.announce):
        return
    sentences = _sentences(quote)
    if not sentences:
        return
    first = sentences[0]
    for i in range(min(len(first.words), 14)):
        if _target(first, i, w) == "exit" and not first.negated(i, w):
            tally.stance("supports", "announces the end of the mission")
            return


_PRIORITY: Final = {"high": 3, "moderate": 2, "low": 1}
_THIRD: Final = re.compile("|".join(re.escape(w) for w in sorted(
    _words().third_parties, key=len, reverse=True)))


def suggest(quote: str, cue: str = "") -> Suggestion:
    """The withdrawal stance and ISIS-threat labels `quote`'s words suggest, with glosses.

    `cue` is the verb that reports them: "أعلن" before "انتهاء مهمة التحالف" announces it.
    """
    w = _words()
    tally = _Tally()
    _announced(quote, cue, w, tally)
    for sentence in _sentences(quote):
        _withdrawal(sentence, w, tally)
        _conditional(sentence, w, tally)
        _threat(sentence, w, tally)
    folded = fold(quote).text
    for phrase in w.cues:
        match = phrase.pattern.search(folded)
        if match is None:
            continue
        if phrase.axis == "withdrawal" and _THIRD.search(folded, max(0, match.start() - 40),
                                                         match.start()):
            continue  # "محاولات واشنطن … بقاء قواتها لفترة أطول": their aim, not the speaker's
        if phrase.axis == "withdrawal":
            tally.stance(phrase.label, phrase.gloss)
        else:
            tally.threat.add(phrase.label)
            tally.glosses.append(phrase.gloss)
    withdrawal = "unspecified"
    if tally.conditional:
        withdrawal = "conditional"
    elif tally.supports != tally.opposes:
        withdrawal = "supports" if tally.supports > tally.opposes else "opposes"
    threat = max(tally.threat, key=_PRIORITY.__getitem__, default="unspecified")
    return Suggestion(withdrawal, threat, tuple(dict.fromkeys(tally.glosses)))


def lexicon() -> tuple[Cue, ...]:
    """The fixed phrases of `tui/ingest/data/stance.json`, compiled."""
    return _words().cues
