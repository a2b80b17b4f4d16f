"""What an analyst may correct on each kind of item, and the stored shape of each correction.

A correction (a "fix") is a mapping from field name to the value the analyst gave; it lives
in the item's annotation in the review file, never in the corpus. Statements and actors that
the analyst added carry every field they need in their fix (an added statement names its
article, an added actor its Arabic name). Only the shape is checked here (types, codebook
labels, due dates): whether spans lie inside their article, cues inside their quote, and
referenced actors and events exist is decided against the corpus, by `corrections.correct`
and `mawqif check`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, Final

from .dates import due_problem, precision_of, published_problem, said_problem
from .model import ACTOR_KINDS, FORMS, PRECISIONS, THREAT, WITHDRAWAL, Deadline

# Fields a statement's fix may hold. `article` marks a statement the analyst added.
STATEMENT_FIELDS: Final = ("article", "actor", "span", "form", "summary_en", "withdrawal",
                           "threat", "deadlines", "said_on", "rejected")  # fmt: skip
# Fields an article's fix may hold: what an import read from the page or was told.
ARTICLE_FIELDS: Final = ("outlet", "published", "title")
# Fields an actor's fix may hold. `name_ar` marks an actor the analyst added.
ACTOR_FIELDS: Final = ("name_ar", "name_en", "role", "kind", "affiliation", "country",
                       "merged_into")  # fmt: skip
# What a statement the analyst added must give; the rest take a default.
ADDED_STATEMENT_NEEDS: Final = ("article", "actor", "span")
ADDED_ACTOR_NEEDS: Final = ("name_ar", "name_en")
DEADLINE_KEYS: Final = ("event", "due", "cue_start", "cue_end", "derivation")
# A corrected date said: the date (None when unknown), its precision and, when it was worked
# out from the article's words (a corrected publication date), those words ("أمس").
SAID_KEYS: Final = ("date", "precision")
SAID_OPTIONAL: Final = ("basis",)

Fix = Mapping[str, Any]


class FixError(ValueError):
    """A correction whose shape is wrong: an unknown field, a value of the wrong type."""


# Control characters and escape sequences would act on the terminal, and bidi embeddings,
# overrides and isolates would reorder what mawqif draws: none may come from a correction,
# which the detail and the lists show as plain text (README, "Arabic display").
_UNSAFE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain_text(value: Any) -> bool:
    """Whether `value` is a string without control, escape or bidi-override characters."""
    return isinstance(value, str) and _UNSAFE.search(value) is None


def _text(value: Any) -> bool:
    return plain_text(value)


def _name(value: Any) -> bool:
    return plain_text(value) and bool(value.strip())


def _offset(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _span(value: Any) -> bool:
    return (isinstance(value, (list, tuple)) and len(value) == 2
            and all(_offset(v) for v in value) and value[0] < value[1])  # fmt: skip


def _deadlines(value: Any) -> bool:
    if not isinstance(value, (list, tuple)):
        return False
    for d in value:
        if not isinstance(d, Mapping) or set(d) != set(DEADLINE_KEYS):
            return False
        if not (_name(d["event"]) and _name(d["due"]) and _text(d["derivation"])):
            return False
        if not _span((d["cue_start"], d["cue_end"])):
            return False
    return True


def _said(value: Any) -> bool:
    if not isinstance(value, Mapping) or not set(SAID_KEYS) <= set(value) <= {
        *SAID_KEYS,
        *SAID_OPTIONAL,
    }:
        return False
    date, precision = value["date"], value["precision"]
    if precision not in PRECISIONS or not _text(value.get("basis", "")):
        return False
    return (date is None) == (precision == "unknown") and (
        date is None or isinstance(date, str) and precision_of(date) == precision
    )


def said_fix(typed: str, basis: str = "") -> dict[str, Any]:
    """The correction of a date said from its text ("2025-03", "" for unknown), which
    `said_problem` has passed; `basis`, the words it was worked out from."""
    precision = precision_of(typed) or "unknown"
    fix: dict[str, Any] = {"date": None if precision == "unknown" else typed,
                           "precision": precision}  # fmt: skip
    return {**fix, "basis": basis} if basis else fix


def deadline_records(deadlines: tuple[Deadline, ...]) -> tuple[dict[str, Any], ...]:
    """Deadlines in the form a fix stores them (the cue's words come from the article)."""
    return tuple({"event": d.event, "due": d.due, "cue_start": d.cue_start, "cue_end": d.cue_end,
                  "derivation": d.derivation} for d in deadlines)  # fmt: skip


_PLAIN: Final = "text without control characters"
_CHECKS: Final[dict[str, tuple[Callable[[Any], bool], str]]] = {
    "article": (_name, "an article id"),
    "actor": (_name, "an actor id"),
    "span": (_span, "[start, end] with start < end"),
    "form": (lambda v: v in FORMS, f"one of {', '.join(FORMS)}"),
    "summary_en": (_text, _PLAIN),
    "withdrawal": (lambda v: v in WITHDRAWAL, "in the codebook"),
    "threat": (lambda v: v in THREAT, "in the codebook"),
    "deadlines": (
        _deadlines,
        f"a list of {{{', '.join(DEADLINE_KEYS)}}} with cue_start < cue_end and {_PLAIN}",
    ),
    "said_on": (
        _said,
        "{date, precision[, basis]}: a date YYYY, YYYY-MM or YYYY-MM-DD with "
        "its precision (year, month, day), or null with unknown",
    ),
    "rejected": (lambda v: v is True, "true"),
    "outlet": (_name, f"a name, {_PLAIN}"),
    "published": (lambda v: isinstance(v, str), "a date YYYY-MM-DD"),
    "title": (_text, _PLAIN),
    "name_ar": (_name, f"a name, {_PLAIN}"),
    "name_en": (_name, f"a name, {_PLAIN}"),
    "role": (_text, _PLAIN),
    "kind": (lambda v: v in ACTOR_KINDS, f"one of {', '.join(ACTOR_KINDS)}"),
    "affiliation": (_text, _PLAIN),
    "country": (_text, _PLAIN),
    "merged_into": (_name, "an actor id"),
}


def fields_for(target: str) -> tuple[str, ...]:
    """The fields a fix of `target` ("statement:ID", "actor:ID", "article:ID") may hold."""
    kind = target.partition(":")[0]
    if kind == "statement":
        return STATEMENT_FIELDS
    if kind == "actor":
        return ACTOR_FIELDS
    if kind == "article":
        return ARTICLE_FIELDS
    return ()


def clean_fix(target: str, fix: Fix) -> dict[str, Any]:
    """`fix` checked for `target` and in its stored form (lists, not tuples), or FixError."""
    allowed = fields_for(target)
    out: dict[str, Any] = {}
    for name, value in fix.items():
        if name not in allowed:
            what = target.partition(":")[0]
            article = "an" if what[:1] in "aeiou" else "a"
            raise FixError(f"{name!r} cannot be corrected on {article} {what}")
        check, wanted = _CHECKS[name]
        if not check(value):
            raise FixError(f"corrected {name} must be {wanted}, not {value!r}"[:160])
        if name == "deadlines":
            for d in value:
                wrong = due_problem(d["due"])
                if wrong is not None:
                    raise FixError(f"corrected deadline {d['event']}: {wrong}"[:160])
        wrong = _date_problem(name, value)
        if wrong is not None:
            raise FixError(f"corrected {name}: {wrong}"[:160])
        out[name] = _stored(value)
    return out


def _date_problem(name: str, value: Any) -> str | None:
    """What is wrong with a corrected date said or publication date that has the right shape."""
    if name == "said_on" and value["date"] is not None:
        return said_problem(value["date"])
    if name == "published":
        return published_problem(value)
    return None


def _stored(value: Any) -> Any:
    """A value as JSON holds it: tuples become lists, mappings plain dicts."""
    if isinstance(value, (list, tuple)):
        return [_stored(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _stored(v) for k, v in value.items()}
    return value
