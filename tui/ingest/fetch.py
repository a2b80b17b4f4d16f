"""Fetch a news page by its address (httpx): redirects, a timeout, a size limit, its charset."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Final

# This module is imported when the command line is built (for TIMEOUT): httpx and the
# page reader load when a page is fetched.
# Seconds a page may take, from the request to its last byte; `--timeout` changes it.
TIMEOUT: Final = 15.0
MAX_REDIRECTS: Final = 5
# Servers that refuse clients without a name answer 403; this one says who asks.
USER_AGENT: Final = "mawqif (Arabic news import; +https://example.invalid/mawqif)"
_PAGE_TYPES: Final = ("text/html", "application/xhtml+xml", "text/plain", "")
_URL = re.compile(r"^https?://", re.I)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page's bytes, the address they came from after redirects, and what the server said
    of them: the charset of its Content-Type (None if it gave none) and whether it is HTML
    (None when it did not say: the bytes tell)."""

    url: str
    raw: bytes
    charset: str | None
    is_html: bool | None


def is_url(name: str) -> bool:
    """Whether an import's input names a web address (http or https) rather than a file."""
    return bool(_URL.match(name.strip()))


def _charset(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", content_type, re.I)
    return match.group(1) if match else None


def fetch(url: str, timeout: float = TIMEOUT) -> Fetched:
    """The page at `url`, read within `timeout` seconds and the size limit of a file
    (text.MAX_BYTES); InputError with a one-line reason (not found, timed out, too large,
    not a web page) otherwise."""
    import httpx

    from .text import LIMITS, MAX_BYTES, InputError

    max_bytes = MAX_BYTES

    started = time.monotonic()
    try:
        with httpx.Client(
            follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout,
            headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9"},
        ) as client, client.stream("GET", url) as response:  # fmt: skip
            status = response.status_code
            if status >= 400:
                reason = "not found" if status in (404, 410) else "the server refused it"
                raise InputError(f"{url}: {reason} (HTTP {status} {response.reason_phrase})")
            content_type = response.headers.get("content-type", "")
            kind = content_type.split(";")[0].strip().lower()
            if kind not in _PAGE_TYPES:
                raise InputError(f"{url}: is not a web page but {kind}; mawqif imports news "
                                 "articles")  # fmt: skip
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: is {int(length) / 2**20:.0f} MB; {LIMITS}")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    raise InputError(f"{url}: holds more than {max_bytes // 2**20} MB; {LIMITS}")
                if time.monotonic() - started > timeout:  # a page sent a little at a time
                    raise httpx.ReadTimeout("the page came too slowly")
            final = str(response.url)
    except httpx.TimeoutException:
        raise InputError(f"{url}: no answer within {timeout:g} s (timed out)") from None
    except httpx.TooManyRedirects:
        raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol):
        raise InputError(f"{url}: is not a web address mawqif can fetch") from None
    except httpx.ConnectError as err:
        raise InputError(f"{url}: cannot connect ({_reason(err)})") from None
    except httpx.HTTPError as err:
        raise InputError(f"{url}: could not be fetched ({_reason(err)})") from None
    is_html = None if not kind else kind != "text/plain"
    return Fetched(final, bytes(body), _charset(content_type), is_html)


def _reason(err: Exception) -> str:
    """An httpx error in one short line, without its nested tracebacks."""
    text = " ".join(str(err).split()) or type(err).__name__
    return text[:120]
