"""The ISIS-threat level a sentence's words carry: a threat word said of ISIS, asserted,
strong, negated, receded or contained (the rules stance.py's docstring sets out)."""

from __future__ import annotations

from typing import Final

from .stance_words import Sentence, Tally, Words, has

_GROWTH: Final = frozenset({"توسيع", "يتوسع", "توسع", "تمدد", "يتمدد", "ازدياد", "ازديادا",
                           "تزايد", "تزايدا", "استولي", "تصاعد", "تصاعدا", "يتصاعد", "متصاعد",
                           "متصاعدا", "انتعاش", "ينتعش"})  # fmt: skip
# (folded: ISIS grows)
_POTENTIAL: Final = frozenset({"محتمل", "محتملا", "محتمله"})  # folded: "a potential danger"
# Fighting or hunting words before "فلول" make the phrase that names a task.
_FIGHTING: Final = frozenset({"مكافحه", "محاربه", "تعقب", "مطارده", "ملاحقه", "جهود"})


# Words of stopping before ISIS's growth or activity: "منع تمدد", "وقف تقدم".
_STOPPING: Final = frozenset(
    {"منع", "لمنع", "ايقاف", "لايقاف", "وقف", "لوقف", "احباط", "لاحباط", "صد", "لصد"}
)


# folded: allowing, which a resolve denies ISIS ("لن نسمح لداعش بالعودة")
_ALLOWING: Final = frozenset({"يسمح", "نسمح", "تسمح", "السماح", "بالسماح"})
# folded: its defeat, which "not yet" denies ("لم يتم تدميرها بعد", "لم يُقضَ عليه")
_DEFEAT: Final = frozenset({"تدمير", "تدميره", "تدميرها", "القضاء", "هزيمه", "هزيمته", "دحر"})


def stopped(s: Sentence, i: int) -> bool:
    """Whether word i (a danger or growth word) is the object of stopping it."""
    # "الحد من أنشطة التنظيم" is not among them: ISIS held down is contained (moderate).
    return i > 0 and has(s.forms[i - 1], _STOPPING) is not None


def read_threat(s: Sentence, w: Words, tally: Tally) -> None:
    """Add to `tally` the ISIS-threat level sentence `s` carries (see stance.py's docstring)."""
    if not any(has(forms, w.topic) for forms in s.forms):
        return
    found: set[str] = set()
    denied = -10  # the last negated assertion ("لم يعد … يشكل"): its object is denied with it
    for i in range(len(s.words)):
        forms = s.forms[i]
        up, down, contained = has(forms, w.up), has(forms, w.down), has(forms, w.contained)
        if not up and has(forms, w.assertive) and s.negated(i, w):
            denied = i  # "لم يعد التنظيم يشكل تهديداً": what it no longer poses is denied
            continue
        if up and stopped(s, i):
            continue  # "إيقاف تمدد داعش": a task against it, no assessment of its strength
        if up and s.near(i, _ALLOWING, 4, 0) is not None:
            continue  # "لن نسمح لداعش بالعودة": a resolve, not an assessment of its strength
        if has(forms, _DEFEAT) and s.negated(i, w) and s.near(i, w.topic, 6, 0) is not None:
            found.update(("not gone", "not over"))  # "داعش لم يتم تدميرها بعد": not yet
            continue
        if up and any(s.words[k] in ("ليس", "وليس") and has(s.forms[k + 1], w.topic)
                      for k in range(i + 1, min(i + 5, len(s.words) - 1))):  # fmt: skip
            continue  # "المخدرات هي الخطر الأكبر وليس داعش": the danger is something else
        if up:
            receded = has(s.forms[i - 1], w.down) if i > 0 else None
            if receded:
                # "تراجع نشاط داعش": its activity is what receded; "لم يتراجع": it did not
                if s.negated(i - 1, w):
                    found.add("high")
                    tally.glosses.append(f"ISIS: {w.up[up]}, not {w.down[receded]}")
                else:
                    found.add("low")
                    tally.glosses.append(f"ISIS: {w.down[receded]}")
                continue
            if s.negated(i, w) or 0 <= i - denied <= 2:
                if has(forms, w.assertive):
                    denied = i
                # "لم يعد يشكل تهديداً": no longer a threat; "لا تملك القدرة": a weakness
                found.add("denied" if s.near(i, w.no_longer, 4, 0) is not None else "low")
                tally.glosses.append(f"ISIS: not {w.up[up]}")
                continue
            if s.near(i, w.contained, 0, 2) is not None:
                continue  # "تشكل خطراً محدوداً": a danger said to be limited is contained
            if s.near(i, _POTENTIAL, 0, 2) is not None:
                found.add("moderate")  # "تمثل تهديداً محتملاً": a danger that may come
                tally.glosses.append("ISIS: a potential danger")
                continue
            still = s.near(i, w.still, 5, 0) is not None
            # "توسيع نشاطه", "شهدت ازدياداً": growth is a strong danger by itself
            strong = still or s.near(i, w.strong, 4, 3) is not None or has(forms, _GROWTH)
            # "داعش يشكل تهديداً": a verb that asserts the danger, just before it
            asserted = has(forms, w.assertive) or s.near(i, w.assertive, 2, 0) is not None
            if strong or asserted:
                found.add("high")
                tally.intense |= s.near(i, w.strong - w.still, 4, 3) is not None
                tally.glosses.append(f"ISIS: {'still ' if still else ''}{w.up[up]}")
            elif s.near(i, w.down, 0, 3) is None:
                found.add("weak")  # "خطر داعش تراجع": the danger is what receded
        elif down:
            if s.negated(i, w):
                found.add("not gone")  # "لم يختف", "لم ينته"
                if s.near(i, w.topic, 4, 0) is not None:
                    found.add("not over")  # "داعش لم ينته بعد": ISIS itself is not finished
                continue
            if i + 1 < len(s.words) and (
                has(s.forms[i + 1], w.presence) or has(s.forms[i + 1], w.forces)
            ):
                continue  # "تراجع الوجود العسكري": what receded is the presence, not ISIS
            found.add("low")
            tally.glosses.append(f"ISIS: {w.down[down]}")
        elif contained:
            if i > 0 and has(s.forms[i - 1], _FIGHTING):
                continue  # "مكافحة فلول داعش": the set phrase of a mission, no assessment
            if contained == "تبقي" and (i == 0 or s.words[i - 1] not in ("ما", "مما", "وما")):
                continue  # "ما تبقى من داعش" is remnants; "ستبقى القوات" is a stay
            found.add("moderate")
            tally.glosses.append(f"ISIS: {w.contained[contained]}")
        elif has(forms, w.exists) and s.negated(i, w) and i - s.clause_start(i) <= 4:
            found.add("denied")  # "لا وجود لداعش", "داعش غير موجود"
            tally.glosses.append("ISIS: does not exist")
    # A threat denied outright ("لم يعد يشكل تهديداً") stays low beside the remnants it
    # leaves; a threat that receded but is "not gone" is contained, moderate.
    if "high" in found:
        tally.threat.add("high")
    elif "denied" in found:
        tally.threat.add("low")
    elif "moderate" in found or ("low" in found and "not gone" in found):
        tally.threat.add("moderate")
    elif "low" in found:
        tally.threat.add("low")
    elif "not over" in found:
        tally.threat.add("moderate")  # "خطر داعش لم يختف": still there, no more is said
        tally.glosses.append("ISIS: not finished")


def denied_before(folded: str, at: int, end: int, w: Words) -> bool:
    """Whether a word among the four before offset `at`, or inside the phrase up to `end`,
    negates it ("لم يعد يمثل خطراً كبيراً", "التنظيم لا يخطط لضرب"); "لا يزال", "ما زال"
    mean "still" and negate nothing."""
    before = folded[max(0, at - 40) : at].split()[-4:] + folded[at:end].split()
    for k, word in enumerate(before):
        after = before[k + 1] if k + 1 < len(before) else ""
        bare = word[1:] if word[:1] in "وف" and word[1:] in w.negators else word
        if bare in w.negators and after not in w.still:
            return True
    return False
