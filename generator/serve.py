"""``python -m generator.serve``: ``mkdocs serve`` that rebuilds only what an edit changed.

``make serve`` runs it beside the watcher (watch.py). The first build is MkDocs' own. After
that, when only Markdown pages changed (the generator rewrites only files whose bytes change),
the build runs MkDocs' own steps for every page but takes two shortcuts for a page whose
source is byte for byte what the last build read: its Markdown is not converted again (its
converted state is kept), and its HTML is not rendered again (the file in the site folder is
kept, and its search entries are put back in its place in the index). What other pages show
of a page is its title, in the navigation; so when the title of a page in the navigation
changes, or anything else changes (a file added or removed, the configuration, the theme,
an asset), the build is MkDocs' full build. tests/test_live_preview.py compares the served
folder with a clean build after each kind of edit, byte for byte.

No MkDocs ``hooks:`` or plugin: the site's configuration stays what Zensical reads too.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs import utils
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer, _serve_url

log = logging.getLogger("mkdocs.preview")
# What a build keeps of a converted page, to give it back unchanged.
STATE = ("markdown", "meta", "content", "toc", "_title_from_render", "present_anchor_ids")


@dataclass
class Kept:
    state: dict[str, Any]
    title: str | None
    entries: list[dict[str, Any]]


@dataclass
class Preview:
    """The builds of one served site."""

    config_file: str
    site_dir: str
    serve_url: str
    dev_addr: str  # the page template allows the live-reload script when the site is served from it
    sources: dict[str, str] = field(default_factory=dict)  # path -> sha256, of everything the site is built from
    kept: dict[str, Kept] = field(default_factory=dict)  # page src_uri -> what its last build made
    in_nav: set[str] = field(default_factory=set)  # the pages the navigation shows, by their titles
    full_builds: int = 0
    quick_builds: int = 0

    def config(self) -> MkDocsConfig:
        config = load_config(config_file=self.config_file, site_dir=self.site_dir, dev_addr=self.dev_addr)
        config.site_url = self.serve_url
        return config

    def build(self, config: MkDocsConfig | None = None) -> None:
        config = config or self.config()
        now = _sources(config)
        changed = {path for path in now if self.sources.get(path) != now[path]}
        pages = _page_sources(config)
        # Files of docs/ that are not pages (errors.json, codes.json) are copied by every build.
        docs = [path for path in now if Path(path).is_relative_to(config.docs_dir)]
        quick = bool(self.sources) and set(now) == set(self.sources) and changed <= set(docs)
        self.sources = now
        try:
            if quick and self._quick(config, {pages[path] for path in changed if path in pages}):
                self.quick_builds += 1
                return
            self._full(self.config() if quick else config)
        except BaseException:
            self.sources, self.kept = {}, {}  # a build that stopped half way: the next one builds everything
            raise

    def _full(self, config: MkDocsConfig) -> None:
        self.kept = {}
        with _recording(self, set()):
            mkdocs_build.build(config, serve_url=self.serve_url)
        self.full_builds += 1

    def _quick(self, config: MkDocsConfig, changed: set[str]) -> bool:
        """A build that keeps the unchanged pages; False when a title in the navigation changed."""
        before = {uri: kept.title for uri, kept in self.kept.items()}
        with _recording(self, changed) as titles, _keeping_the_site():
            mkdocs_build.build(config, serve_url=self.serve_url)
        moved = [uri for uri, title in titles.items() if uri in self.in_nav and before.get(uri) != title]
        if moved:
            log.info("The navigation shows %s, whose title changed: building everything", ", ".join(moved))
        else:
            log.info("Converted %d changed page(s) again; kept %d", len(titles), len(self.kept) - len(titles))
        return not moved


def _sources(config: MkDocsConfig) -> dict[str, str]:
    """Every file the site is built from: the docs, the configuration files and the theme overrides."""
    roots = [Path(config.docs_dir), *([Path(config.theme.custom_dir)] if config.theme.custom_dir else [])]
    found = {}
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    for path in sorted(Path(config.config_file_path).parent.glob("mkdocs*.yml")):  # and what they INHERIT
        found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _page_sources(config: MkDocsConfig) -> dict[str, str]:
    """The Markdown pages, path -> src_uri."""
    docs = Path(config.docs_dir)
    return {str(path): path.relative_to(docs).as_posix() for path in docs.rglob("*.md")}


def _search_entries(config: MkDocsConfig) -> list[dict[str, Any]] | None:
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        if index is not None:
            entries: list[dict[str, Any]] = index.entries
            return entries
    return None


@contextmanager
def _recording(preview: Preview, changed: set[str]) -> Iterator[dict[str, str | None]]:
    """MkDocs' page steps, each page kept as it is built (a full build: ``changed`` is empty and
    ``preview.kept`` too), or given back when its source did not change."""
    populate, build_page = mkdocs_build._populate_page, mkdocs_build._build_page
    titles: dict[str, str | None] = {}

    def populate_page(page: Any, config: MkDocsConfig, files: Any, dirty: bool = False) -> None:
        kept = preview.kept.get(page.file.src_uri)
        if kept is not None and page.file.src_uri not in changed:
            for name, value in kept.state.items():
                setattr(page, name, value)
            return
        populate(page, config, files, dirty)
        titles[page.file.src_uri] = page.title
        state = {name: getattr(page, name) for name in STATE}
        preview.kept[page.file.src_uri] = Kept(state, titles[page.file.src_uri], [])

    def build(page: Any, config: MkDocsConfig, doc_files: Any, nav: Any, env: Any, *args: Any, **kw: Any) -> None:
        preview.in_nav = {p.file.src_uri for p in nav.pages}
        entries = _search_entries(config)
        kept = preview.kept[page.file.src_uri]
        if page.file.src_uri not in titles:  # not converted again: its HTML is in the site folder
            if entries is not None:
                entries.extend(kept.entries)
            return
        start = len(entries) if entries is not None else 0
        build_page(page, config, doc_files, nav, env, *args, **kw)
        kept.entries = list(entries[start:]) if entries is not None else []

    mkdocs_build._populate_page, mkdocs_build._build_page = populate_page, build
    try:
        yield titles
    finally:
        mkdocs_build._populate_page, mkdocs_build._build_page = populate, build_page


@contextmanager
def _keeping_the_site() -> Iterator[None]:
    """MkDocs empties the site folder before a build; a quick build keeps the pages it does not write."""
    clean = utils.clean_directory
    utils.clean_directory = lambda directory: None
    try:
        yield
    finally:
        utils.clean_directory = clean


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.serve", description=__doc__.splitlines()[0])
    parser.add_argument("-f", "--config-file", default="mkdocs.yml")
    parser.add_argument("-a", "--dev-addr", default="127.0.0.1:8000")
    parser.add_argument("--site-dir", help="build into this folder (default: a temporary one)")
    parser.add_argument("--build-once", action="store_true", help="build as the server's first build does, then stop")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    site_dir = args.site_dir or tempfile.mkdtemp(prefix="mkdocs_")
    host, _, port = args.dev_addr.rpartition(":")
    config = load_config(config_file=args.config_file, site_dir=site_dir, dev_addr=args.dev_addr)
    config.plugins.on_startup(command="serve", dirty=False)
    mount_path = urlsplit(config.site_url or "/").path
    preview = Preview(args.config_file, site_dir, _serve_url(host, int(port), mount_path), args.dev_addr)
    config.site_url = preview.serve_url
    if args.build_once:
        mkdocs_build.build(config, serve_url=preview.serve_url)
        return 0
    server = LiveReloadServer(builder=preview.build, host=host, port=int(port), root=site_dir, mount_path=mount_path)
    try:
        preview.build(config)
        server.watch(config.docs_dir)
        server.watch(args.config_file)
        if config.theme.custom_dir:
            server.watch(config.theme.custom_dir)
        server.serve()  # type: ignore[no-untyped-call]
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        if not args.site_dir:
            shutil.rmtree(site_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
