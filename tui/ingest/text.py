"""Input for import: read a file or standard input, check it, and turn HTML into text."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

from . import lexicon as lx
from .page import MIN_SENTENCE_WORDS

# News articles hold a few thousand characters. The limit is on the text, once a web page's
# markup is removed; a file (or standard input) is not even read past MAX_BYTES, room for
# a page's markup around the longest article, so a wrong file never fills the memory. The
# README states both, and every refusal says them in the same words (LIMITS).
MAX_CHARS: Final = 500_000
MAX_BYTES: Final = 8 * 1024 * 1024
LIMITS: Final = (f"an article holds at most {MAX_CHARS:,} characters of text, in a file "
                 f"(markup and all) of at most {MAX_BYTES // 2**20} MB")  # fmt: skip
MIN_ARABIC_LETTERS: Final = 20
MIN_ARABIC_SHARE: Final = 0.5

_MAGIC: Final = (
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or a Word/ODF document)"),
    (b"\x1f\x8b", "a gzip archive"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"\x7fELF", "a program"), (b"{\\rtf", "an RTF document"),
)  # fmt: skip
# Words that name a news outlet in a dateline ("شفق نيوز/", "بغداد - الرافدين نيوز:").
OUTLET_WORDS: Final = re.compile(
    r"نيوز|وكالة|شبكة|صحيفة|قناة|موقع|مدونة|بوست|تايمز|برس|الإخبارية|الإخباري|نت\b|24"
)
# "أربيل (كوردستان24) –", "بغداد 18 يناير 2026 (وكالة المربد) _": a place, maybe a date, and
# the outlet in brackets before a dash.
_BRACKETED = re.compile(
    r"[^\s()]{2,20}(?:\s+[^\s()]{1,12}){0,3}\s*\(\s*([^()\n]{2,30}?)\s*\)\s*[-–—_:]"
)
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<article|<p[\s>])", re.I)


class InputError(Exception):
    """An input that cannot be imported, with a one-line reason for the user."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """An article's text, and what an HTML page says about it (title, date, address, outlet,
    or that it holds headlines but no article)."""

    text: str
    is_html: bool = False
    title: str = ""
    published: str = ""
    url: str = ""
    outlet: str = ""
    headlines_only: bool = False


def read_input(name: str, stdin: BinaryIO | None = None) -> bytes:
    """The bytes of file `name` ("-" for standard input), refused if larger than MAX_BYTES."""
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(f"standard input: holds more than {MAX_BYTES // 2**20} MB; {LIMITS}")
        return data
    path = Path(name)
    try:
        size = os.stat(path).st_size
        if path.is_dir():
            raise InputError(f"{name}: is a folder, not an article")
        if size > MAX_BYTES:
            raise InputError(f"{name}: is {size / 2**20:.0f} MB; {LIMITS}")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: cannot be read (permission denied)") from None
    except OSError as err:
        raise InputError(f"{name}: cannot be read ({err.strerror})") from None
    if len(data) > MAX_BYTES:  # the file grew while we looked, or is a device
        raise InputError(f"{name}: holds more than {MAX_BYTES // 2**20} MB; {LIMITS}")
    return data


def _a_place(words: str) -> bool:
    """Whether the words before a dateline's brackets can be a place and a date: no speech
    verb among them ("قال وزير الخارجية (فؤاد حسين) -" is a report, not a dateline)."""
    return not any(lx.lookup_verb(lx.f(w)) for w in re.findall(r"[\u0600-\u06ff]+", words))


def dateline_outlet(text: str) -> str:
    """The outlet a report's dateline names ("بغداد/ دجلة بوست" → دجلة بوست), or ""."""
    for paragraph in [p for p in text.split("\n\n") if p.strip()][:3]:
        head = paragraph.strip()[:100]
        bracket = _BRACKETED.match(head)
        if bracket is not None and _a_place(head[: bracket.start(1)]):
            return " ".join(bracket.group(1).split())  # "أربيل (كوردستان24) –"
        cut = re.search(r"[:/]", head)
        if len(paragraph.split()) > 8:
            if cut is None or cut.start() > 60:
                continue
            head = head[: cut.start()]
        for part in re.split(r"[/:\-–—|]", head):
            if OUTLET_WORDS.search(part) and 0 < len(part.split()) <= 5:
                return " ".join(part.split())
    return ""


# "<meta charset="windows-1256">" or "<meta http-equiv="Content-Type" content="…; charset=…">"
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


def _declared_charset(raw: bytes) -> str | None:
    """The charset a web page declares in its first 4 KB, as Python names it; None for UTF-8
    or none declared. A page in windows-1256 is read as a browser reads it."""
    match = _CHARSET.search(raw[:4096])
    return None if match is None else _codec(match.group(1).decode("ascii"))


def _codec(label: str) -> str | None:
    """The codec Python knows by the charset `label`; None for UTF-8 or an unknown label."""
    import codecs

    try:
        codec = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return None if codec == "utf-8" else codec


def _decode(raw: bytes, name: str, charset: str | None = None) -> str:
    if not raw.strip():
        raise InputError(f"{name}: is empty")
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise InputError(f"{name}: is {what}, not text; save the article as UTF-8 text or HTML")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: is UTF-16 text; convert it to UTF-8 first")
    if b"\x00" in raw:
        raise InputError(f"{name}: is a binary file, not text")
    declared = _declared_charset(raw) if looks_like_html(raw, name) else None
    if charset:  # what the server said in its Content-Type header comes first, as in a browser
        declared = _codec(charset) or declared
    try:
        text = raw.decode(declared or "utf-8")
    except (UnicodeDecodeError, LookupError) as err:
        if declared is not None:
            raise InputError(f"{name}: does not decode as the {declared} it declares") from None
        assert isinstance(err, UnicodeDecodeError)
        hint = ""
        try:
            if _arabic_share(raw.decode("cp1256")) >= MIN_ARABIC_SHARE:
                hint = "; it looks like Windows-1256 Arabic: iconv -f WINDOWS-1256 -t UTF-8"
        except UnicodeDecodeError:
            pass
        raise InputError(f"{name}: is not UTF-8 text (byte {err.start}){hint}") from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\f\x1b")
    if controls > max(8, len(text) // 50):
        raise InputError(f"{name}: is a binary file, not text ({controls} control characters)")
    return text


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f")
    return arabic / len(letters) if letters else 0.0


def looks_like_html(raw: bytes, name: str) -> bool:
    """Whether the input is a web page: by its name, or by how it begins."""
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return bool(_HTML_SNIFF.match(raw[:2048].lstrip(b"\xef\xbb\xbf")))


def decode_article(
    raw: bytes, name: str, charset: str | None = None, html: bool | None = None
) -> Decoded:
    """The article in `raw`, checked: UTF-8 (or `charset`, the server's, or the page's own),
    text, Arabic, not too long; HTML (by its name or first bytes, or `html`) made text;
    InputError with a one-line reason otherwise."""
    is_html = looks_like_html(raw, name) if html is None else html
    text = _decode(raw, name, charset)
    decoded = html_to_text(text) if is_html else Decoded(text)
    body = decoded.text
    if decoded.headlines_only:
        raise InputError(f"{name}: holds no article (no paragraph of {MIN_SENTENCE_WORDS} words "
                         "or more: a front page or a list of links?)")  # fmt: skip
    if not body.strip():
        where = " outside its markup" if decoded.is_html else ""
        raise InputError(f"{name}: has no text{where}")
    if len(body) > MAX_CHARS:
        raise InputError(f"{name}: holds {len(body):,} characters of text; {LIMITS}")
    letters = [c for c in body if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f")
    if arabic < MIN_ARABIC_LETTERS or arabic < MIN_ARABIC_SHARE * len(letters):
        share = f"{100 * arabic / len(letters):.0f}%" if letters else "no letters"
        raise InputError(f"{name}: is not Arabic text ({share} Arabic letters); mawqif imports "
                         "Arabic news")  # fmt: skip
    return decoded


# -- HTML -------------------------------------------------------------------------------------


def html_to_text(page: str) -> Decoded:
    """The article of a web page (see page.py): one paragraph per block, the headline and the
    dateline kept, with its title, date, address and site name."""
    from .page import read_page

    found = read_page(page)
    return Decoded(
        text="\n\n".join(found.paragraphs) + ("\n" if found.paragraphs else ""),
        is_html=True,
        title=found.headline,
        published=found.published,
        url=found.url,
        outlet=found.site_name,
        headlines_only=found.headlines_only,
    )
