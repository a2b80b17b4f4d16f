"""Word lists kept as JSON data files beside the code that reads them, checked when loaded.

Rules of Arabic text (month names, speech verbs, titles, stance cues) are data, not code: an
analyst or a linguist can read and extend them without reading Python. Each file is a JSON
object; the accessors below check one entry's shape and fold its Arabic keys the way the text
is folded (tui/arabic/normalise), so "أيلول" in a file matches "ايلول" in an article.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from .normalise import fold


class WordListError(ValueError):
    """A word-list file that is missing, not JSON, or has an entry of the wrong shape."""


@cache
def load(package: str, name: str) -> Mapping[str, Any]:
    """The JSON object in `name` inside `package`'s data folder; WordListError if unreadable."""
    where = f"{package.replace('.', '/')}/data/{name}"
    try:
        raw = resources.files(package).joinpath("data").joinpath(name).read_text(encoding="utf-8")
        value = json.loads(raw)
    except (OSError, ValueError) as err:
        raise WordListError(f"{where}: cannot be read as JSON ({err})") from None
    if not isinstance(value, dict):
        raise WordListError(f"{where}: must hold a JSON object")
    return value


def f(text: str) -> str:
    """The folded form of a word or phrase, its spaces made single."""
    return " ".join(fold(text).text.split())


def _entry(data: Mapping[str, Any], key: str, kind: type) -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise WordListError(f"word list entry {key!r} must be a {kind.__name__}")
    return value


def words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    """The folded words or phrases of a list entry (a JSON list, or one space-separated string)."""
    value = data.get(key)
    if isinstance(value, str):
        return frozenset(f(w) for w in value.split())
    if isinstance(value, list) and all(isinstance(w, str) for w in value):
        return frozenset(f(w) for w in value)
    raise WordListError(f"word list entry {key!r} must be a list of strings")


def phrases(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """The folded phrases of a list entry, in file order."""
    value = _entry(data, key, list)
    if not all(isinstance(w, str) for w in value):
        raise WordListError(f"word list entry {key!r} must be a list of strings")
    return tuple(dict.fromkeys(f(w) for w in value))


def table(data: Mapping[str, Any], key: str, kind: type = str) -> dict[str, Any]:
    """A mapping entry with folded keys; each value must be of `kind`."""
    value = _entry(data, key, dict)
    out: dict[str, Any] = {}
    for word, meaning in value.items():
        if not isinstance(meaning, kind) or isinstance(meaning, bool) != (kind is bool):
            raise WordListError(f"word list entry {key!r}: {word!r} must map to a {kind.__name__}")
        out[f(word)] = meaning
    return out


def pattern(regex: str) -> re.Pattern[str]:
    """A regular expression written as reporters write the words, compiled to match folded
    text: its Arabic is folded, its ASCII (escapes such as \\S, classes) left as written."""
    return re.compile(re.sub(r"[^\x00-\x7f]+", lambda m: fold(m.group()).text, regex))


def alternation(items: Any) -> str:
    """A regex alternation of folded phrases, longest first (so "تشرين الاول" beats a prefix)."""
    return "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True))
