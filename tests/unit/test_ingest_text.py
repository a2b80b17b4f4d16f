"""Input for import: what is refused and why, and web pages turned into paragraphs of text."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from tui.ingest.text import (
    MAX_BYTES,
    InputError,
    dateline_outlet,
    decode_article,
    html_to_text,
    read_input,
)

ARABIC = "قال المتحدث باسم الوزارة إن القوات العراقية قادرة على حفظ الأمن في البلاد.\n"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\x00\x01\x02binary\xff", "binary"),
        ("قال".encode("cp1256") * 20 + b"\xff", "not UTF-8"),
        ("هذا نص عربي".encode("utf-16"), "UTF-16"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"PK\x03\x04rest-of-zip", "ZIP"),
        (b"The coalition will leave Iraq by September 2025, officials said.", "not Arabic"),
        (b"<html><body><script>var x = 1;</script></body></html>", "no text"),
    ],
)
def test_bad_input_is_refused_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode_article(raw, "input")


def test_windows_1256_arabic_gets_a_conversion_hint() -> None:
    with pytest.raises(InputError, match="iconv -f WINDOWS-1256"):
        decode_article(ARABIC.encode("cp1256"), "old.txt")


def test_text_is_kept_as_written_but_for_line_endings_and_a_bom() -> None:
    raw = ("\ufeff" + ARABIC.replace("\n", "\r\n") + "\x1b[31m‮[bold red]x[/]\n").encode()
    text = decode_article(raw, "a.txt").text
    assert text == ARABIC + "\x1b[31m‮[bold red]x[/]\n"


def test_a_large_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB that never touches the disk
    started = time.perf_counter()
    with pytest.raises(InputError, match="50 MB"):
        read_input(str(big))
    assert time.perf_counter() - started < 0.5


def test_standard_input_is_read_up_to_the_limit_only() -> None:
    stream = io.BytesIO(b"x" * (MAX_BYTES + 10))
    with pytest.raises(InputError, match="standard input"):
        read_input("-", stream)
    assert stream.tell() == MAX_BYTES + 1


def test_missing_files_and_folders(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_input(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="folder"):
        read_input(str(tmp_path))


PAGE = """<!doctype html><html><head><title>عنوان الصفحة | الموقع</title>
<meta property="og:site_name" content="شبكة نينوى الإخبارية">
<meta property="article:published_time" content="2025-09-04T10:30:00+03:00">
<link rel="canonical" href="https://example.invalid/a">
<style>p::before { content: "قال"; }</style><script>var s = "قال إن";</script></head>
<body><nav><a href="/">الرئيسية</a></nav>
<article><h1>التحالف يكمل انسحابه</h1>
<p>وقال <strong>اللواء سعد الحمداني</strong> إن &ldquo;القوات العراقية باشرت مسك القاعدة&#8221;.</p>
<p>سطر أول<br>سطر ثان&nbsp;هنا</p></article>
<aside><p>قال مسؤول: "خبر آخر"</p></aside><footer>&copy; 2025</footer></body></html>"""


def test_html_keeps_the_article_and_drops_scripts_navigation_and_sidebars() -> None:
    page = html_to_text(PAGE)
    assert page.text == (
        "التحالف يكمل انسحابه\n\n"
        "وقال اللواء سعد الحمداني إن “القوات العراقية باشرت مسك القاعدة”.\n\n"
        "سطر أول\nسطر ثان هنا\n"
    )
    assert page.title == "التحالف يكمل انسحابه"
    assert page.published == "2025-09-04"
    assert page.url == "https://example.invalid/a"
    assert page.outlet == "شبكة نينوى الإخبارية"


def test_html_is_recognised_by_name_or_by_its_first_bytes() -> None:
    body = "<p>" + ARABIC + "</p>"
    assert decode_article(body.encode(), "page.html").is_html
    assert decode_article(("<!DOCTYPE html>" + body).encode(), "-").is_html
    assert not decode_article(ARABIC.encode(), "a.txt").is_html


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("شفق نيوز/ في ظل التوتر الأمني الذي تشهده المنطقة، تصاعدت التحذيرات.", "شفق نيوز"),
        ("بغداد - الرافدين نيوز: كشف مسؤول عسكري عراقي، اليوم الأحد، أن القوات ستغادر.",
         "الرافدين نيوز"),
        ("عنوان الخبر الطويل هنا عن التحالف والانسحاب من العراق\n\nبغداد/ دجلة بوست\n\nنص.",
         "دجلة بوست"),
        ("قال وزير الخارجية إن الانسحاب سيكتمل في موعده المحدد دون تأخير.", ""),
        ("أربيل (كوردستان 24) – قال وزير الداخلية إن القوات باقية حتى أيلول 2026 في الإقليم.",
         "كوردستان 24"),
        ("بغداد 18 يناير 2026 ( وكالة المربد ) _ أعلنت الوزارة أن الجيش سيتسلم القاعدة غداً.",
         "وكالة المربد"),
        ("قال وزير الخارجية (سامي العلي) - إن الانسحاب سيكتمل في موعده المحدد دون تأخير.", ""),
    ],
)  # fmt: skip
def test_the_dateline_names_the_outlet(text: str, outlet: str) -> None:
    assert dateline_outlet(text) == outlet
