"""A news page's article: its paragraphs, headline and dateline, its date, site name and address.

The main text comes from trafilatura, made for the job: it leaves out menus, related-article
lists, comment sections, share bars and ads between paragraphs. Attribution needs two things
trafilatura may leave out, so they are put back deliberately: the headline (a headline that
attributes with a colon, "مصدر أمني: …", is a statement) when the page keeps it outside the
article's container, and the dateline ("أربيل – شبكة نينوى الإخبارية"), which pages often
mark up as a byline and trafilatura then reads as the author.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any, Final

# An article has a sentence of at least this many words; a front page or a list of links,
# whose lines trafilatura may hand back as one paragraph, has only headlines (4 to 9).
MIN_SENTENCE_WORDS: Final = 10
# Words a dateline holds at most: a place, maybe a date, the outlet.
_DATELINE_WORDS: Final = 12
# How many page elements after the headline may stand before the first paragraph and still
# be read as its dateline (a byline, a time, a share bar, a picture and its caption).
_DATELINE_REACH: Final = 40
_SEPARATOR = re.compile(r"[-–—/:()_]")
_HOST_LIKE = re.compile(r"^[\w.-]+\.[a-z]{2,}$", re.I)

# These libraries log what they could not parse; with no handler of theirs, Python would
# print it on standard error, over the app's screen or among the command's own lines.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass(frozen=True, slots=True)
class Page:
    """An article read from a web page: paragraphs (logical order), headline, date (YYYY-MM-DD
    or ""), site name ("" when the page names none) and canonical address ("" if none)."""

    paragraphs: tuple[str, ...]
    headline: str = ""
    published: str = ""
    site_name: str = ""
    url: str = ""
    headlines_only: bool = False  # text, but no sentence of an article: a front page


def _lines(element: Any) -> str:
    """The text of one block, a line break (`lb`) kept as a new line, spaces folded."""
    parts: list[str] = []
    for node in element.iter():
        if node is not element and node.tag == "lb":
            parts.append("\n")
        if node.text and (node is element or node.tag != "lb"):
            parts.append(node.text)
        if node is not element and node.tail:
            parts.append(node.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _blocks(body: Any) -> list[str]:
    """The paragraphs of trafilatura's body: a list item is one each."""
    out: list[str] = []
    for child in body:
        if child.tag == "list":
            out.extend(_lines(item) for item in child.iter("item"))
        else:
            out.append(_lines(child))
    return [b for b in out if b]


def _looks_like_dateline(text: str) -> bool:
    """Whether a short block reads as a dateline: a place, a dash (or brackets), an outlet."""
    from .text import dateline_outlet

    if not text or len(text.split()) > _DATELINE_WORDS or not _SEPARATOR.search(text):
        return False
    return bool(dateline_outlet(text))


def _dateline(tree: Any, headline: str, first: str) -> str:
    """A dateline the page shows between its headline and its first paragraph, or ""."""
    h1 = next((h for h in tree.iter("h1") if " ".join(h.text_content().split())), None)
    if h1 is None:
        return ""
    start, found = first[:40], ""
    for node in h1.xpath("following::*")[:_DATELINE_REACH]:
        if node.tag in ("script", "style", "noscript", "template"):
            continue
        text = " ".join(node.text_content().split())
        if start and text.startswith(start):
            return found  # a dateline counts only before the first paragraph
        if not found and _looks_like_dateline(text) and text != headline:
            found = text
    return ""  # the first paragraph is not in reach: a footer is no dateline


def _metadata_date(value: str | None) -> str:
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return ""


def read_page(html: str) -> Page:
    """The article of the web page `html` (already decoded), or a Page without paragraphs
    when it has none (a page of links, an empty page)."""
    import lxml.html
    import trafilatura

    if not re.search(r"<(?:html|body)[\s>]", html[:4096], re.I):
        html = f"<html><body>{html}</body></html>"  # a fragment: trafilatura wants a page
    doc: Any = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_images=False,
        include_links=False, deduplicate=False,
        # Tables hold figures, not statements, and old layouts put their menus in tables.
        include_tables=False,
        # Precision drops short list items of the article ("its tasks include: …"); the
        # noise around articles goes all the same (tests/fixtures/pages).
        favor_recall=True,
        # The date the page states (its metadata, a <time>, the address), never a date
        # guessed from the article's words: those are dates said, not of publication.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )  # fmt: skip
    paragraphs = _blocks(doc.body) if doc is not None and doc.body is not None else []
    if not any(len(line.split()) >= MIN_SENTENCE_WORDS
               for p in paragraphs for line in p.split("\n")):  # fmt: skip
        return Page((), headlines_only=bool(paragraphs))  # a front page, a list of links
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        tree = None
    h1 = ""
    if tree is not None:
        h1 = next((" ".join(h.text_content().split()) for h in tree.iter("h1")
                   if h.text_content().strip()), "")  # fmt: skip
    title = (doc.title or "") if doc is not None else ""
    headline = h1 or " ".join(title.split())
    if h1 and h1 not in paragraphs[:3]:
        paragraphs.insert(0, h1)  # kept outside the article's container: put back on top
    if tree is not None:
        body_first = next((p for p in paragraphs if p != h1), "")
        dateline = _dateline(tree, h1, body_first)
        if dateline and dateline not in paragraphs:
            at = 1 if paragraphs[0] == h1 else 0
            paragraphs.insert(at, dateline)
    site = " ".join((doc.sitename or "").split()) if doc is not None else ""
    if _HOST_LIKE.match(site):
        site = ""  # trafilatura's fallback to the address's host: not a name the page gives
    return Page(
        paragraphs=tuple(paragraphs),
        headline=headline,
        published=_metadata_date(doc.date if doc is not None else None),
        site_name=site,
        url=(doc.url or "") if doc is not None else "",
    )
