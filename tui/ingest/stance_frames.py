"""Frames of withdrawal stance that an evaluation word next to the exit does not carry.

Each reads one sentence (stance_words.Sentence) with its exit and presence targets, as
stance.py's rules find them, and adds to the tally what a reader takes from it:

- calling the foreign forces occupiers ("قوات الاحتلال", "المحتل الأمريكي") disapproves of
  their presence, whatever else the sentence says of the exit (the issue's codebook: an
  "occupation" is `supports`); Israel's occupation is another matter;
- the exit or the presence as the subject of "poses a threat" ("بقاء القوات يشكل تهديداً");
- a struggle that goes on "until" the exit ("سنواصل الضغط حتى خروج آخر جندي");
- a stay expected ("يتوقع بقاء القوات"), an exit denied with a light verb ("لا تقوم بانسحاب").
"""

from __future__ import annotations

from typing import Final

from ..arabic.wordlists import f
from .stance_words import Sentence, Tally, Words, has


def _folded(text: str) -> frozenset[str]:
    """The words of `text` (space-separated, as reporters write them), folded."""
    return frozenset(f(word) for word in text.split())


# folded: names for the foreign forces as occupiers
OCCUPATION: Final = _folded("احتلال محتل محتلة المحتلين محتلين")
# folded: an occupation that is Israel's, not the foreign forces' in Iraq
_ISRAEL: Final = _folded("الإسرائيلي الإسرائيلية إسرائيل الصهيوني الصهيونية فلسطين غزة الجولان")
# folded: a threat the subject poses ("يشكل تهديداً", "يمثل خطراً")
_DANGER: Final = _folded("تهديد تهديدا تهديدات خطر خطرا خطورة")
# folded: what goes on until the forces leave: pressure, resistance, attacks, a vow
_STRUGGLE: Final = _folded(
    "ضغط ضغوط مقاومة هجمات ضربات استهداف قتال جهاد نضال كفاح تصعيد "
    "سنواصل نواصل سنستمر نستمر مستمرون ماضون نتوقف تتوقف سنبقى"
)
_MOVES: Final = _folded("نقل سحب تقليص تحويل انتقال")
_UNTIL: Final = _folded("حتى لحين")
# folded: expecting what is to come ("يتوقع بقاء القوات")
_EXPECT: Final = _folded("نتوقع يتوقع أتوقع تتوقع متوقع المتوقع يرجح نرجح")
# folded: light verbs that carry a verbal noun ("لا تقوم بانسحاب")
_LIGHT: Final = _folded("تقوم يقوم نقوم أقوم")


def occupation(s: Sentence, i: int, w: Words, targets: dict[int, str], tally: Tally) -> bool:
    """Whether word i calls the forces occupiers; if so, tally what that says of them."""
    if not has(s.forms[i], OCCUPATION):
        return False
    if any(has(forms, _ISRAEL) for forms in s.forms) or any("2003" in x for x in s.words):
        return True  # Israel's occupation, or the invasion of 2003 named as history
    # Said where the exit or the presence is judged, not where a move is reported ("قوات
    # الاحتلال بدأت بنقل معداتها"): the name alone is the speaker's usage, not a position.
    if any(not has(s.forms[k], _MOVES) for k in targets):
        negated = s.negated(i, w)  # "ليست قوات احتلال": the presence defended
        gloss = "the forces: not occupiers" if negated else "the forces: called occupiers"
        tally.stance("opposes" if negated else "supports", gloss)
    return True


def poses_threat(s: Sentence, w: Words, targets: dict[int, str], tally: Tally) -> None:
    """ "بقاء القوات الأجنبية يشكل تهديداً": the exit or the presence as what poses a threat."""
    for i in range(1, len(s.words) - 1):
        if not (has(s.forms[i], w.assertive) and has(s.forms[i + 1], _DANGER)):
            continue
        before = [k for k in targets if i - 5 <= k < i and s.clauses[k] == s.clauses[i]]
        if not before:
            continue
        k = max(before)
        if targets[k] == "presence" and s.near(k, w.forces, 0, 3) is None:
            continue  # "استمرار وجودهم يشكل تهديداً": whose presence, the words do not say
        if any(has(s.forms[m], w.topic) for m in range(k, i)):
            continue  # "وجود عناصر داعش يشكل خطراً": ISIS is what poses it
        sign = (1 if targets[k] == "presence" else -1) * (-1 if s.negated(i, w) else 1)
        what = "the foreign presence" if targets[k] == "presence" else "the exit"
        tally.stance("supports" if sign > 0 else "opposes", f"{what}: a threat")


def until_exit(s: Sentence, targets: dict[int, str], tally: Tally) -> None:
    """ "سنواصل الضغط حتى خروج آخر جندي": a struggle that ends only with the exit."""
    for i, word in enumerate(s.words):
        if word not in _UNTIL:
            continue
        exits = [k for k, t in targets.items() if t == "exit" and i < k <= i + 2]
        struggle = any(has(s.forms[m], _STRUGGLE) for m in range(i))
        dated = any(x.isdigit() for x in s.words[exits[0] :]) if exits else False
        if exits and struggle and not dated:  # a date after it: a schedule, not a vow
            tally.stance("supports", "the struggle goes on until the forces leave")
            return


def expected_stay(s: Sentence, w: Words, targets: dict[int, str], tally: Tally) -> None:
    """ "نتوقع بقاء القوات الأمريكية": the presence expected to go on (the codebook's "will
    stay"), unless the expectation is denied or its end is dated."""
    for i in range(len(s.words)):
        if not has(s.forms[i], _EXPECT) or s.negated(i, w):
            continue
        after = [k for k, t in targets.items() if t == "presence" and 0 < k - i <= 2]
        named = bool(after) and s.near(after[0], w.forces, 0, 3) is not None
        if named and not any(x.isdigit() for x in s.words[after[0] :]):
            tally.stance("opposes", "the forces are expected to stay")
            return


def no_exit(s: Sentence, w: Words, targets: dict[int, str], tally: Tally) -> None:
    """ "الولايات المتحدة لا تقوم بانسحاب من العراق": an exit denied with a light verb."""
    for i, word in enumerate(s.words[:-2]):
        if word not in w.negators or not has(s.forms[i + 1], _LIGHT):
            continue
        k = i + 2
        if targets.get(k) == "exit" and s.words[k].startswith("ب"):
            tally.stance("opposes", "no withdrawal")
            return
