"""A real HTTP server on 127.0.0.1, in a thread, serving the test pages as news sites do."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


@dataclass
class Route:
    """What one path answers: status, headers, body, a delay before answering, and a body
    sent without a length (read until the connection closes), `repeat` times over."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0
    repeat: int = 1


def page(name: str) -> bytes:
    """The bytes of a test page, as stored (agency.ar.html is windows-1256)."""
    return (PAGES / name).read_bytes()


def routes() -> dict[str, Route]:
    """Every path the tests fetch."""
    html = "text/html; charset=utf-8"
    agency = page("agency.ar.html")
    return {
        "/portal": Route(headers={"Content-Type": html}, body=page("portal.ar.html")),
        "/blog": Route(headers={"Content-Type": html}, body=page("blog.ar.html")),
        # windows-1256 said by the server only: the page's own meta tag is taken out.
        "/agency-header": Route(
            headers={"Content-Type": "text/html; charset=windows-1256"},
            body=agency.replace(b"; charset=windows-1256", b""),
        ),
        # windows-1256 said by the page only, in its meta tag.
        "/agency-meta": Route(headers={"Content-Type": "text/html"}, body=agency),
        "/old/portal": Route(301, {"Location": "/portal"}),
        "/loop": Route(302, {"Location": "/loop"}),
        "/missing": Route(404, {"Content-Type": "text/html"}, b"<h1>Not Found</h1>"),
        "/slow": Route(headers={"Content-Type": html}, body=page("portal.ar.html"), delay=3.0),
        "/front": Route(headers={"Content-Type": html}, body=page("front.ar.html")),
        "/photo": Route(headers={"Content-Type": "image/png"}, body=b"\x89PNG\r\n\x1a\n" * 8),
        # 9 MB, declared: refused before the body is read.
        "/huge": Route(
            headers={"Content-Type": html, "Content-Length": str(9 * 2**20)},
            body=b" " * 1024,
            repeat=9 * 1024,
        ),
        # 9 MB, undeclared: refused once 8 MB have come.
        "/endless": Route(
            headers={"Content-Type": html}, body=b"<p>" + b" " * 1021, repeat=9 * 1024
        ),
    }


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, Route] = {}
    protocol_version = "HTTP/1.0"  # a body without a length ends with the connection

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        route = self.routes.get(self.path.split("?")[0])
        if route is None:
            route = Route(404, {"Content-Type": "text/plain"}, b"no such page")
        if route.delay:
            time.sleep(route.delay)
        try:
            self.send_response(route.status)
            for key, value in route.headers.items():
                self.send_header(key, value)
            if "Content-Length" not in route.headers and route.repeat == 1:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            for _ in range(route.repeat):
                self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading: what a size limit does

    def log_message(self, *args: object) -> None:
        pass  # the tests say what went wrong, not the server


@contextmanager
def serving() -> Iterator[str]:
    """Serve the test pages on 127.0.0.1 at a free port; the base address, "http://…"."""
    handler = type("Handler", (_Handler,), {"routes": routes()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)  # fmt: skip
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
