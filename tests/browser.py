"""Real headless Chromium (Debian's) driven by Playwright, and a static server.

Locally the browser tests skip with a reason when there is no Chromium; under
CI (any non-empty value) a missing Chromium is a failure, so they can never be skipped silently.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CI"):  # any CI (true, 1, yes...): the browser tests must run there
        pytest.fail(f"{CHROMIUM} is missing; .ci/run installs Debian's chromium")
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium); browser tests need it")


@contextmanager
def browser() -> Iterator[Any]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        try:
            yield instance
        finally:
            instance.close()


@contextmanager
def watched_tab(chromium: Any, **options: Any) -> Iterator[Any]:
    """A page in a fresh context; ``tab.errors`` collects its script errors and console errors."""
    context = chromium.new_context(**options)
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    try:
        yield tab
    finally:
        context.close()


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as a static host does, with its 404.html for missing pages.

    ``prefix`` (e.g. ``/pns-errors/``) serves it under a sub-path, as GitHub Pages
    serves a project site; anything outside the prefix is missing.
    """

    prefix = "/"

    def log_message(self, *args: Any) -> None:
        pass

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "\0missing")
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextmanager
def serve(site: Path, prefix: str = "/") -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 at a free port under ``prefix``; yield the base URL."""
    handler = functools.partial(type("Handler", (_Handler,), {"prefix": prefix}), directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
