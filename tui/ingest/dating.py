"""When each statement was made: the date its own part of the sentence gives, else the date
of the occasion its speaker was last dated at ("وتابع:" goes on at the same press conference).

Relative dates ("أمس الجمعة", "الثلاثاء الماضي") are worked out from the publication date
(tui/arabic/dates); a date inside the words said is what they are about, not when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..arabic.dates import find_dates
from .attribution import Quotation


def _said(
    text: str, raw: Quotation, region: tuple[int, int], published: dt.date
) -> tuple[str | None, str, str] | None:
    """When a statement was made, from the dates its part of the sentence gives."""
    s = raw.sentence
    best: tuple[int, str, str, str] | None = None
    for mention in find_dates(text[s.start : s.end], published):
        a, b = s.start + mention.start, s.start + mention.end
        if not region[0] <= a < region[1] or s.inside_quote(a):
            continue  # another statement's date, or a date inside the words said
        if raw.form != "reported_by_outlet" and raw.start <= a < raw.end:
            continue  # a date inside a paraphrase is what it is about, not when
        if mention.value > published.isoformat()[: len(mention.value)]:
            continue
        distance = abs(a - raw.cue_at)
        if best is None or distance < best[0]:
            basis = text[a:b]
            if mention.relative:
                basis += f" — relative to publication on {published.isoformat()}"
            best = (distance, mention.value, mention.precision, basis)
    return (best[1], best[2], best[3]) if best else None


def date_quotations(text: str, quotations: Sequence[Quotation], published: dt.date) -> None:
    """Set each quotation's `said` (ISO value, precision, the words that date it)."""
    previous: dict[int, Quotation] = {}
    ordered = sorted(quotations, key=lambda q: q.cue_at)
    for k, raw in enumerate(ordered):
        # A statement's dates lie between the statement before it and the next one's cue.
        before_end = max((r.end for r in ordered[:k] if r.sentence is raw.sentence), default=0)
        later = [r.cue_at for r in ordered[k + 1 :] if r.sentence is raw.sentence]
        region = (max(raw.sentence.start, before_end), min(later, default=raw.sentence.end))
        said = _said(text, raw, region, published)
        before = previous.get(raw.source.key)
        near = before is not None and raw.sentence.paragraph - before.sentence.paragraph <= 1
        if said is None and before is not None and near and before.said[0]:
            said = before.said  # "وتابع:" goes on at the occasion dated before
        raw.said = said or (None, "unknown", "")
        previous[raw.source.key] = raw
