"""Stance and threat as a reader takes them from ways of saying it that no single cue word
carries: the forces called occupiers, the exit or presence as what poses a threat, a struggle
until the exit, "لا بد" and "لا شك" that affirm, the future's prefix, and the ways news says
ISIS is finished, regrouping, or may return. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tui.ingest.stance import suggest


@pytest.mark.parametrize(
    ("quote", "withdrawal"),
    [
        # The forces named occupiers: the presence disapproved, whatever is said of the exit.
        ("إن رحيل قوات الاحتلال مطلب شعبي", "supports"),
        ("القوات الأمريكية قوات احتلال ويجب مقاومتها حتى تخرج", "supports"),
        ("لا بد من إخراج المحتل الأمريكي", "supports"),
        ("القوات الأجنبية ليست قوات احتلال وبقاؤها ضمانة للاستقرار", "opposes"),
        # Israel's occupation, or a move reported with the name, says nothing of the exit.
        ("رحيل الاحتلال الإسرائيلي عن الأراضي المحتلة حق", "unspecified"),
        ("قوات الاحتلال بدأت بنقل معداتها من بغداد", "unspecified"),
        # The exit or the presence as what poses a threat.
        ("بقاء القوات الأجنبية يشكل تهديداً للأمن الوطني", "supports"),
        ("الانسحاب الكامل في هذه المرحلة يشكل خطراً على البلاد", "opposes"),
        ("استمرار وجودهم في المخيم يشكل تهديداً", "unspecified"),
        # A struggle that goes on until the forces leave; a date after it is a schedule.
        ("سنواصل الضغط حتى خروج آخر جندي أمريكي", "supports"),
        ("المقاومة ستستمر حتى طرد آخر جندي محتل", "supports"),
        ("ستستمر الهجمات حتى انسحاب القوات في أيلول 2026", "unspecified"),
        # Duties and demands said in words beyond "يجب".
        ("المطلوب اليوم هو خروج القوات الأجنبية كافة", "supports"),
        ("يتعين على القوات الأمريكية الرحيل من البلاد", "supports"),
        ("حان الوقت لإنهاء الوجود العسكري الأجنبي", "supports"),
        ("قرار إخراج القوات الأجنبية ملزم للحكومة", "supports"),
        ("على الحكومة أن تنهي الوجود الأمريكي فوراً", "supports"),
        # "لا شك" affirms; "ستضعف" is "تضعف" with the future's prefix.
        ("لا شك أن الانسحاب في هذا التوقيت خطأ", "opposes"),
        ("مغادرة القوات الأمريكية ستضعف العراق", "opposes"),
        ("الانسحاب الأمريكي سيكون هدية لإيران", "opposes"),
        ("نحذر من مغبة انسحاب قوات التحالف قبل اكتمال الجاهزية", "opposes"),
        # What a violation wrongs is not approved: "انتهاك صارخ للسيادة".
        ("الوجود العسكري الأجنبي انتهاك صارخ للسيادة العراقية", "supports"),
        ("أصبح لزاماً خروج القوات الأجنبية من البلاد", "supports"),
        # Another's interest is not the speaker's approval.
        ("الحديث عن داعش من مصلحة واشنطن لتبرير وجود قواتها", "unspecified"),
    ],
)
def test_withdrawal_frames(quote: str, withdrawal: str) -> None:
    assert suggest(quote).withdrawal == withdrawal


@pytest.mark.parametrize(
    ("quote", "threat"),
    [
        ("داعش أصبح من الماضي", "low"),
        ("تم القضاء على داعش نهائياً", "low"),
        ("بعد أن تم القضاء على داعش عادت الحياة إلى المدينة", "unspecified"),
        ("عودة داعش باتت احتمالاً واقعياً", "high"),
        ("عودة التنظيم مستبعدة في الوقت الحاضر", "low"),
        ("عودة داعش غير مستبعدة", "unspecified"),
        ("هناك مؤشرات على إعادة داعش ترتيب صفوفه", "high"),
        ("نخشى عودة داعش بقوة", "high"),
        ("نخشى أن ينشغل الشركاء عن محاربة التنظيم", "unspecified"),
        ("داعش لم ينته بعد", "moderate"),
        ("داعش ضعيف لكنه لم ينته", "moderate"),
        ("التنظيم في أضعف حالاته", "low"),
        ("انحسرت قدرات داعش بشكل كبير", "low"),
        ("التهديد الإرهابي موجود لكنه تحت السيطرة", "moderate"),
        # "ستبقى" is a stay, not "ما تبقى" (remnants); a mission that ends is not ISIS ending.
        ("القوات ستبقى لمكافحة تنظيم داعش", "unspecified"),
        ("ما تبقى من داعش فلول تلاحقها القوات", "moderate"),
        ("مهمة التحالف ضد تنظيم داعش ستنتهي في أيلول", "unspecified"),
        # A resolve is no assessment; a defeat "not yet" is; "will go on" is strong.
        ("لن نسمح لداعش بالعودة إلى مدننا", "unspecified"),
        ("داعش لم يتم تدميره بشكل كامل بعد", "moderate"),
        ("تهديد تنظيم داعش سيستمر بعد انسحاب التحالف", "high"),
        ("التنظيم اليوم يقتصر نشاطه على خلايا متنقلة في الصحراء", "moderate"),
        ("عدد العناصر المتبقية في العاصمة يقتصر على خمسة أفراد", "unspecified"),
        ("خطر داعش لا يقتصر على السلاح", "unspecified"),
        ("التنظيم يسعى إلى إيجاد موطئ قدم في البادية", "high"),
        ("تم الإعلان عن القضاء على تنظيم داعش منذ سنوات", "low"),
    ],
)
def test_threat_frames(quote: str, threat: str) -> None:
    assert suggest(quote).threat == threat


@pytest.mark.parametrize(
    ("quote", "cue", "withdrawal"),
    [
        ("الانسحاب المتسرع للقوات الأمريكية", "حذر", "opposes"),
        # Warning of what follows the exit is a concern for it, not a position on it.
        ("تداعيات الانسحاب الأمريكي على أمن البلاد", "حذر", "unspecified"),
        ("تحديات مرحلة ما بعد الانسحاب", "حذر", "unspecified"),
    ],
)
def test_what_a_warning_cue_says(quote: str, cue: str, withdrawal: str) -> None:
    assert suggest(quote, cue).withdrawal == withdrawal


@pytest.mark.parametrize(
    ("quote", "withdrawal"),
    [
        ("إن القوات الأمريكية لم تعد ضرورية في بلادنا اليوم", "supports"),
        ("قوات التحالف ما زالت ضرورية لمواجهة داعش", "opposes"),
        # Iraq's own forces are not the foreign presence.
        ("القوات العراقية ضرورية لحماية الحدود", "unspecified"),
        ("قواتنا ضرورية لحماية الحدود", "unspecified"),
    ],
)
def test_the_forces_themselves_called_needed_or_not(quote: str, withdrawal: str) -> None:
    assert suggest(quote).withdrawal == withdrawal


@pytest.mark.parametrize(
    ("quote", "withdrawal", "threat"),
    [
        # An exit denied with a light verb; a stay expected or said to go on.
        ("الولايات المتحدة لا تقوم بانسحاب من العراق", "opposes", "unspecified"),
        ("أشعر أن وجودهم (الأمريكيين) في هذه المنطقة سيستمر", "opposes", "unspecified"),
        ("يتوقع بقاء القوات الأمريكية في العراق خلال الإدارة الجديدة", "opposes", "unspecified"),
        ("لا نتوقع بقاء القوات الأمريكية بعد 2026", "unspecified", "unspecified"),
        # The occupation's presence goes on: the forces named occupiers where they stay.
        ("إن استمرار الاحتلال في التعدي على السيادة أمر مرفوض", "supports", "unspecified"),
        # Capable alone of preventing its emergence: low; lasting fears: high; revival: high.
        ("قدرة قواتنا المسلحة بمفردها على منع ظهور التنظيم", "supports", "low"),
        ("لدينا مخاوف دائمة من اقتحام السجون التي تضم عناصر داعش", "unspecified", "high"),
        ("تحدث عن انتعاش تنظيم داعش في البادية", "unspecified", "high"),
        # Defeated, and the borders under control: the control is not ISIS contained.
        ("داعش قد هزم بشكل حاسم، وجميع حدودنا تحت السيطرة", "unspecified", "low"),
    ],
)
def test_stays_expected_exits_denied_and_the_threat_in_more_words(
    quote: str, withdrawal: str, threat: str
) -> None:
    got = suggest(quote)
    assert (got.withdrawal, got.threat) == (withdrawal, threat)


def test_isis_presence_is_not_the_foreign_presence() -> None:
    assert suggest("وجود داعش يؤثر سلبًا على أمن المنطقة والعراق").withdrawal == "unspecified"
    assert suggest("وجودها في العراق يؤثر سلبًا على أمن المنطقة").withdrawal == "supports"
