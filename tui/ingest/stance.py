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
from dataclasses import dataclass
from typing import Final

from ..arabic.normalise import fold
from .deadlines import countries
from .stance_frames import expected_stay, no_exit, occupation, poses_threat, until_exit
from .stance_words import (
    _CUTTING,
    _DETAINEES,
    _ELSEWHERE,
    _ENDING,
    _LENGTHEN,
    _NEED,
    _UNTIL,
    _VOIDED,
    Cue,
    Sentence,
    Tally,
    Words,
    has,
    sentences,
    words,
)
from .threat import denied_before, read_threat

__all__ = ["Cue", "Suggestion", "lexicon", "suggest"]

# folded: what follows an event ("تداعيات الانسحاب"); warning of it is concern, not a stance
_AFTERMATH: Final = frozenset(
    {"تداعيات", "تبعات", "مخاطر", "انعكاسات", "تحديات", "اثار", "مرحله", "بعد"}
)
# folded: what the forces themselves may be called ("القوات … ضرورية", "لم تعد مطلوبة")
_OF_FORCES: Final = frozenset({"ضروري", "ضروريه", "ضروريا", "مطلوب", "مطلوبه"})
_OWN: Final = frozenset({"العراقيه", "العراقي", "الامنيه", "المسلحه", "الوطنيه", "الاتحاديه"})
_BASES: Final = frozenset({"قواعد", "القواعد", "قاعده", "القاعده"})  # the bases are the presence


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The labels a statement's words suggest, and the glosses of the cues behind them."""

    withdrawal: str
    threat: str
    glosses: tuple[str, ...]


def _target(s: Sentence, i: int, w: Words) -> str | None:
    """Whether word i names the exit ("انسحاب", "إنهاء المهمة") or the foreign presence."""
    forms = s.forms[i]
    if s.near(i, w.postponed, 5, 0) is not None:
        return None  # "تأجيل الإعلان عن إنهاء المهمة": a delay, no position on the exit
    if has(forms, w.exit) and s.near(i, _LENGTHEN, 5, 0) is not None:
        return "presence"  # "رفضنا إضافة سنة أخرى لمدة الانسحاب": a longer stay refused
    if has(forms, _CUTTING) and s.near(i, _DETAINEES, 0, 5) is not None:
        return None  # "نقل قوات التحالف لعناصر داعش": prisoners moved, no exit
    if has(forms, w.exit):
        ending = s.words[i].startswith(_ENDING) or has(forms, _CUTTING)
        if (
            ending
            and s.near(i, w.ending_objects, 0, 3) is None
            and s.near(i, w.forces, 0, 3) is None
        ):
            return None  # "إنهاء", "ينتهي": an exit only when the mission or the presence ends
        return "exit"
    if has(forms, w.presence) and i + 1 < len(s.words) and has(s.forms[i + 1], w.topic):
        return None  # "وجود داعش": ISIS's presence, not the foreign forces'
    if has(forms, w.presence) and (
        s.near(i, w.forces, 0, 3) is not None
        or (s.words[i].endswith(("ها", "هم", "هما", "ه")) and not s.words[i].startswith("ال"))
    ):
        return "presence"  # "وجود القوات", "وجودها": the presence of the forces
    if (
        has(forms, _BASES)
        and s.near(i, w.forces, 0, 3) is not None
        or (has(forms, _BASES) and s.words[i - 1 if i else 0] in ("هذه", "تلك"))
    ):
        return "presence"  # "القواعد الأمريكية", "هذه القواعد": the bases are the presence
    return None


def _withdrawal(s: Sentence, w: Words, tally: Tally) -> None:
    targets = {i: t for i in range(len(s.words)) if (t := _target(s, i, w))}
    for i in range(len(s.words)):
        forms = s.forms[i]
        good, bad = has(forms, w.good), has(forms, w.bad)
        if good and _object_of_bad(s, i, w):
            continue  # "القوات المعتدية على سيادة العراق": the sovereignty is what is wronged
        if (good or bad) and i + 1 < len(s.words) and s.words[i + 1] in ("فيه", "فيها"):
            continue  # "في الوقت الذي تطالب فيه الحكومة بخروج …": another's, as background
        if good and i + 1 < len(s.words) and has(s.forms[i + 1], w.third_parties):
            continue  # "من مصلحة أمريكا تبرير تواجدها": their interest, not the speaker's
        if bad and occupation(s, i, w, targets, tally):
            continue  # "رحيل قوات الاحتلال": the forces named occupiers, not the exit judged
        if (good or bad) and i not in targets:
            near = [k for k in targets if abs(k - i) <= 10 and s.related(i, k)]
            if not near:
                if has(forms, _NEED):
                    _need(s, i, w, tally)
                elif has(forms, _OF_FORCES) and _foreign_forces_before(s, i, w):
                    # "القوات الأمريكية لم تعد ضرورية": the forces themselves called needed
                    negated = s.negated(i, w)
                    gloss = f"the forces: {'not ' if negated else ''}needed"
                    tally.stance("supports" if negated else "opposes", gloss)
                continue
            # the nearest target in the same clause, else the nearest at all
            k = min(near, key=lambda k: (s.clauses[k] != s.clauses[i], abs(k - i)))
            if good and has(forms, w.wishes) and s.near(i, w.third_parties, 4, 0) is not None:
                continue  # "واشنطن تريد بقاء قواتها": their wish, reported, not the speaker's
            sign = (1 if good else -1) * (1 if targets[k] == "exit" else -1)
            voided = has(forms, _NEED) and s.near(i, _VOIDED, 1, 1) is not None
            if s.negated(i, w) or voided:  # "الحاجة انتفت إلى وجود القوات": none left
                sign = -sign
            gloss = w.good[good] if good else w.bad[bad]  # type: ignore[index]
            what = "the exit" if targets[k] == "exit" else "the foreign presence"
            negation = "not " if s.negated(i, w) or voided else ""
            tally.stance("supports" if sign > 0 else "opposes", f"{what}: {negation}{gloss}")
    for i, kind in targets.items():
        if (
            kind == "exit"
            and i > 0
            and s.words[i - 1] in ("لا", "ولا")
            and not any(
                has(s.forms[k], w.good) or has(s.forms[k], w.bad) for k in range(i, len(s.words))
            )
        ):
            tally.stance("opposes", "no withdrawal")  # "لا انسحاب حالياً"
        if kind == "exit" and s.words[0] in ("علي", "يجب") and i <= 4:
            tally.stance("supports", "the forces must leave")  # "على القوات الأجنبية مغادرة"
        if kind == "exit" and s.near(i, w.announce, 3, 0) is not None and not s.negated(i, w):
            tally.stance("supports", "announces the end of the mission")  # "نعلن إنهاء مهمة"
    for i in range(len(s.words)):
        if has(s.forms[i], w.stay) and not s.negated(i, w):
            subject = s.near(i, w.forces, 4, 0 if s.words[i].startswith("قائم") else 3)
            if subject is None:
                subject = next(
                    (k for k, t in targets.items() if t == "presence" and 0 < i - k <= 7), None
                )  # "وجودهم (الولايات المتحدة) في هذه المنطقة سيستمر"
            until = s.near(i, _UNTIL, 0, 8)
            elsewhere = s.near(i, _ELSEWHERE, 0, 6)  # staying in Syria is not staying in Iraq
            if subject is not None and until is None and elsewhere is None:
                tally.stance("opposes", "the forces will stay")
    poses_threat(s, w, targets, tally)
    until_exit(s, targets, tally)
    expected_stay(s, w, targets, tally)
    no_exit(s, w, targets, tally)


def _foreign_forces_before(s: Sentence, i: int, w: Words) -> bool:
    """Whether the forces named within five words before word i are foreign, not Iraq's own
    ("القوات الأمريكية", not "القوات العراقية" or "قواتنا الأمنية")."""
    k = s.near(i, w.forces, 5, 0)
    if k is None or k > i or s.words[k].endswith("نا"):
        return False
    after = s.words[k + 1] if k + 1 < len(s.words) else ""
    return after not in _OWN


def _object_of_bad(s: Sentence, i: int, w: Words) -> bool:
    """Whether word i is what a bad word up to three words before it wrongs ("انتهاك
    السيادة", "المعتدية على سيادة العراق", "انتهاك صارخ للسيادة")."""
    start = max(0, i - 3, s.clause_start(i))
    return any(has(s.forms[k], w.bad) is not None for k in range(start, i))


def _need(s: Sentence, i: int, w: Words, tally: Tally) -> None:
    """ "نحتاج إلى قوات التحالف": a need for the forces, or only for some of their roles."""
    if not any(has(f, w.forces) for f in s.forms):
        return  # "يحتاج إلى مزيد من الدعم المالي": a need, but not of foreign forces
    voided = s.near(i, _VOIDED, 1, 1) is not None  # "انتفت الحاجة", "الحاجة انتفت إلى …"
    if s.negated(i, w) or voided:
        if s.near(i, w.combat, 0, 5) is not None:
            tally.stance("conditional", "no need for combat forces")
        elif s.near(i, w.forces, 0, 5) is not None:
            tally.stance("supports", "no need for foreign forces")
        return
    if s.near(i, w.roles, 0, 5) is not None:
        tally.stance("conditional", "needed for air power, intelligence or training")
    elif s.near(i, w.forces, 0, 5) is not None:
        tally.stance("opposes", "the forces are needed")


def _conditional(s: Sentence, w: Words, tally: Tally) -> None:
    for i in range(len(s.words)):
        if has(s.forms[i], w.only) and s.near(i, w.roles, 6, 4) is not None:
            tally.stance("conditional", "for some roles only")  # "فقط في مجالي التدريب"
            return
        # "دعم جوي واستخباري دون قوات قتالية": some roles wanted, combat forces not.
        if (
            has(s.forms[i], w.combat)
            and s.negated(i, w)
            and s.near(i, w.roles, 8, 0)
            and (
                s.near(i, _NEED, 12, 0) is not None  # wanted, not a mission described as it is
            )
        ):
            tally.stance("conditional", "some roles, no combat forces")
            return


def _cue_stance(quote: str, cue: str, w: Words, tally: Tally) -> None:
    """What the cue itself says of its content: "أعلنت … انتهاء مهمة التحالف" (the exit made
    firm), "تطالب بانسحاب …" (wanted), "حذّر من انسحاب …" (feared; its aftermath is only a
    concern), "حذر من خطورة
    هروب عناصر داعش" (a danger)."""
    verb = fold(cue).text
    stem = verb[1:] if verb[:1] in "وف" and len(verb) > 3 else verb
    approves = stem in w.announce or stem in w.demand_cues
    warns = stem in w.warning_cues
    parts = sentences(quote)
    if not cue or not parts or not (approves or warns):
        return
    first = parts[0]
    found = [
        (i, t)
        for i in range(min(len(first.words), 14))
        if (t := _target(first, i, w)) is not None and not first.negated(i, w)
    ]
    # "أعلن … مهمة تواجد البعثة ستنتهي": the presence that ends is the exit announced; and
    # announcing a presence is no call for it.
    exits = [(i, t) for i, t in found if t == "exit"]
    if stem in w.announce and stem not in w.demand_cues:
        # Announcing the end of the mission makes the exit firm; announcing that troops left a
        # base, or will, reports a move (analysts leave such news unlabelled).
        exits = [(i, t) for i, t in exits if any(f.startswith(_ENDING) for f in first.forms[i])]
    chosen = exits or [(i, t) for i, t in found if not (stem in w.announce and not warns)]
    if chosen and warns and first.near(chosen[0][0], _AFTERMATH, 3, 0) is not None:
        return  # "حذر من تداعيات الانسحاب": a concern for what follows, not a position on it
    if chosen:
        target = chosen[0][1]
        what = "the exit" if target == "exit" else "the presence"
        said = "called for" if approves else "warned of"
        tally.stance("supports" if (target == "exit") == approves else "opposes", f"{what}: {said}")
        return
    danger = any(has(f, w.up) for f in first.forms)
    if warns and danger and any(has(f, w.topic) for f in first.forms):
        tally.threat.add("high")  # "حذر من خطورة هروب عناصر داعش"
        tally.glosses.append("ISIS: warned of")


_PRIORITY: Final = {"high": 3, "moderate": 2, "low": 1}
_THIRD: Final = re.compile(
    "|".join(re.escape(w) for w in sorted(words().third_parties, key=len, reverse=True))
)


def suggest(quote: str, cue: str = "") -> Suggestion:
    """The withdrawal stance and ISIS-threat labels `quote`'s words suggest, with glosses.

    `cue` is the verb that reports them: "أعلن" before "انتهاء مهمة التحالف" announces it.
    """
    w = words()
    tally = Tally()
    _cue_stance(quote, cue, w, tally)
    for sentence in sentences(quote):
        _withdrawal(sentence, w, tally)
        _conditional(sentence, w, tally)
        read_threat(sentence, w, tally)
    folded = fold(quote).text
    for phrase in w.cues:
        match = phrase.pattern.search(folded)
        if match is None:
            continue
        if phrase.axis == "withdrawal" and _THIRD.search(
            folded, max(0, match.start() - 40), match.start()
        ):
            continue  # "محاولات واشنطن … بقاء قواتها لفترة أطول": their aim, not the speaker's
        if phrase.axis == "withdrawal":
            tally.stance(phrase.label, phrase.gloss)
        elif phrase.label == "high" and denied_before(folded, match.start(), match.end(), w):
            continue  # "لم يعد يمثل خطراً كبيراً": the danger denied, read by the word rules
        else:
            tally.threat.add(phrase.label)
            tally.glosses.append(phrase.gloss)
    withdrawal = "unspecified"
    if countries(quote) == {"syria"}:
        tally.supports = tally.opposes = 0  # the codebook's stance is on leaving Iraq
        tally.conditional = False
    if tally.conditional:
        withdrawal = "conditional"
    elif tally.supports != tally.opposes:
        withdrawal = "supports" if tally.supports > tally.opposes else "opposes"
    if "high" in tally.threat and tally.threat & {"moderate", "low"} and not tally.intense:
        # "لا يزال يمثل تهديداً … على الرغم من تراجعه": still there, but receded or contained
        tally.threat = {"moderate"}
    threat = max(tally.threat, key=_PRIORITY.__getitem__, default="unspecified")
    return Suggestion(withdrawal, threat, tuple(dict.fromkeys(tally.glosses)))


def lexicon() -> tuple[Cue, ...]:
    """The fixed phrases of `tui/ingest/data/stance.json`, compiled."""
    return words().cues
