"""`mawqif import URL…` against a real HTTP server on 127.0.0.1 serving the test pages:
charsets, redirects, a 404, a slow answer, an oversized body, a page that is no article,
and progress over many inputs."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from local_web import PAGES, serving

REPO = Path(__file__).resolve().parent.parent.parent


def mawqif(*args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m tui` in a real process, its output piped."""
    return subprocess.run([sys.executable, "-m", "tui", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=60)  # fmt: skip


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serving() as base:
        yield base


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "ws.json"


def _articles(db: Path) -> list[dict[str, object]]:
    result = mawqif("export", "--db", str(db), "--what", "articles")
    return json.loads(result.stdout) if result.returncode == 0 else []


def test_a_page_is_fetched_through_a_redirect_with_its_date_outlet_and_address(
    site: str, db: Path
) -> None:
    result = mawqif("import", f"{site}/old/portal", "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    (row,) = json.loads(result.stdout)["articles"]
    assert row["outlet"] == "شبكة الفرات الإخبارية" and row["published"] == "2025-11-18"
    assert row["title"] == "وزير الدفاع: التحالف يغادر الحبانية نهاية العام"
    assert row["statements"] == 5
    (article,) = _articles(db)
    # The page names its own address (canonical); that is the one kept.
    assert article["url"] == "http://furat.example/politics/2025/11/18/habbaniyah"
    assert "today" not in result.stderr  # the page's own date was used


def test_without_a_canonical_address_the_address_fetched_after_redirects_is_kept(
    site: str, db: Path
) -> None:
    assert mawqif("import", f"{site}/blog", "--db", str(db)).returncode == 0
    (article,) = _articles(db)
    assert article["url"] == f"{site}/blog" and article["outlet"] == "مدونة الرصد"


@pytest.mark.parametrize("path", ["/agency-header", "/agency-meta"])
def test_windows_1256_said_by_the_server_or_by_the_page_is_read(
    site: str, db: Path, path: str
) -> None:
    result = mawqif("import", site + path, "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    (row,) = json.loads(result.stdout)["articles"]
    assert row["title"] == "مسؤول كردي: قاعدة حرير باقية حتى أيلول 2026"
    assert row["outlet"] == "وكالة الشمال للأنباء"  # from the dateline: no metadata names it
    assert row["published"] == "2025-10-07"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "/missing: not found (HTTP 404 Not Found)"),
        ("/front", "/front: holds no article"),
        ("/photo", "/photo: is not a web page but image/png"),
        ("/huge", "/huge: is 9 MB; an article holds at most 500,000 characters"),
        ("/endless", "/endless: holds more than 8 MB; an article holds at most"),
        ("/loop", "/loop: more than 5 redirects"),
    ],
)
def test_what_cannot_be_imported_gets_one_line_and_nothing_is_stored(
    site: str, db: Path, path: str, message: str
) -> None:
    started = time.monotonic()
    result = mawqif("import", site + path, "--db", str(db))
    assert result.returncode == 2
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"mawqif: {site}{message}"), result.stderr
    assert result.stderr.splitlines()[1:] == ["mawqif: nothing was imported"]
    assert not db.exists()
    assert time.monotonic() - started < 15


def test_a_page_slower_than_the_timeout_is_given_up(site: str, db: Path) -> None:
    started = time.monotonic()
    result = mawqif("import", f"{site}/slow", "--db", str(db), "--timeout", "0.5")
    assert result.returncode == 2
    assert f"{site}/slow: no answer within 0.5 s (timed out)" in result.stderr
    assert time.monotonic() - started < 2.5  # the page itself would take 3 s
    assert not db.exists()


def test_one_bad_address_among_good_ones_stores_none_of_them(site: str, db: Path) -> None:
    result = mawqif("import", f"{site}/portal", f"{site}/missing", "--db", str(db))
    assert result.returncode == 2 and "HTTP 404" in result.stderr
    assert not db.exists()


def test_many_inputs_piped_report_progress_as_plain_lines(site: str, db: Path) -> None:
    result = mawqif("import", f"{site}/portal", str(PAGES / "blog.ar.html"),
                    f"{site}/agency-meta", "--db", str(db))  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if not line.startswith("mawqif: note")]
    assert lines == [
        f"mawqif: read 1/3: {site}/portal",
        f"mawqif: read 2/3: {PAGES / 'blog.ar.html'}",
        f"mawqif: read 3/3: {site}/agency-meta",
        f"mawqif: extracted 1/3: {site}/portal",
        f"mawqif: extracted 2/3: {PAGES / 'blog.ar.html'}",
        f"mawqif: extracted 3/3: {site}/agency-meta",
    ]
    assert len(result.stdout.splitlines()) == 3 and "\x1b" not in result.stdout


def test_many_inputs_on_a_terminal_show_a_progress_bar(site: str, db: Path) -> None:
    # A real pseudo-terminal: standard error is a tty, as in an analyst's shell.
    main, child = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "import", f"{site}/portal", f"{site}/blog",
         "--db", str(db)],
        cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=child,
        env={**os.environ, "COLUMNS": "80", "TERM": "xterm-256color"},
    )  # fmt: skip
    os.close(child)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    out, _ = process.communicate(timeout=60)
    os.close(main)
    assert process.returncode == 0
    screen = seen.decode("utf-8", "replace")
    assert "━" in screen and "2/2" in screen  # Rich's bar and its count
    assert "mawqif: read" not in screen  # not the plain lines
    assert len(out.decode().splitlines()) == 2
