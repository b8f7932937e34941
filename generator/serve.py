"""``python -m generator.serve``: ``mkdocs serve`` whose rebuild after an edit costs what the edit changed.

``make serve`` runs it beside the watcher (watch.py). The first build is MkDocs' own, and it
keeps what it made: the configuration, the files, the navigation, the theme's templates and
each page's entries in the search index. After a save (seen through inotify where there is
one), the sources are compared by their ``stat`` (a file changed within the last seconds by
its content too, as git does), and:

- nothing changed: nothing is built;
- only the contents of existing files in docs/ changed: each changed page is converted and
  written again by MkDocs' own page steps, each changed other file is copied, and the search
  index is written again from the kept entries of the other pages. Changed pages bigger than
  ``--later-above`` (the index and the support guide list every code) are converted in a
  background pass once the others are served; the browsers reload again when it ends, and a
  build that starts meanwhile stops it and takes over its pages. What other pages show of a
  page is its title and metadata, in the navigation; so when those change for a page in the
  navigation, the build is MkDocs' full build;
- a new file in docs/ besides: it joins the kept file list where MkDocs' own walk puts it, and
  the pages whose Markdown names it (a link there may now lead to it) and the sitemap are
  built again;
- anything else (a file removed, a new index or README, a page the navigation lists, the
  configuration, the theme, a new day, another plugin than search): MkDocs' full build.

tests/test_live_preview.py compares the served folder with a clean build after each kind of
edit, byte for byte. No MkDocs ``hooks:`` or plugin: the configuration stays what Zensical reads too.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
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
from mkdocs.structure.files import File, Files, InclusionLevel, get_files
from mkdocs.structure.pages import Page
from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers.api import BaseObserver, ObservedWatch
from watchdog.observers.polling import PollingObserver

log = logging.getLogger("mkdocs.preview")
# A file whose mtime or ctime is this close to the moment its stat was taken may change again
# without its stat showing it (same size, same clock tick): it is compared by content too.
RACY_NS = 2_000_000_000
Stat = tuple[int, int, int, int]  # mtime, ctime, size, inode


@dataclass
class Snapshot:
    """The files a site is built from (docs, theme overrides, configuration), by their stat."""

    stats: dict[str, Stat]
    digests: dict[str, str]  # of the files changed too recently for their stat to tell

    def changed(self, now: Snapshot) -> tuple[set[str], set[str]]:
        """The files whose content changed since this snapshot, and those added or removed."""
        changed = set()
        for path, stat in now.stats.items():
            before = self.stats.get(path)
            if before is None:
                continue
            if before != stat or (path in self.digests and self.digests[path] != now.digest(path)):
                changed.add(path)
        return changed, self.stats.keys() ^ now.stats.keys()

    def digest(self, path: str) -> str:
        if path not in self.digests:
            self.digests[path] = _digest(path)
        return self.digests[path]


def _digest(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""


def _scan(folder: str, stats: dict[str, Stat]) -> None:
    """Every file under ``folder`` but hidden ones (MkDocs leaves them out, and editors' and the
    generator's temporary files are hidden)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir():
                _scan(entry.path, stats)
            elif entry.is_file():
                st = entry.stat()
                stats[entry.path] = (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)
        except OSError:
            continue


def snapshot(config: MkDocsConfig) -> Snapshot:
    """Stat first, read after: a file changed in between shows a new stat next time."""
    taken = time.time_ns()
    stats: dict[str, Stat] = {}
    _scan(os.path.abspath(config.docs_dir), stats)
    if config.theme.custom_dir:
        _scan(os.path.abspath(config.theme.custom_dir), stats)
    for path in sorted(Path(config.config_file_path).parent.glob("mkdocs*.yml")):  # and what they INHERIT
        st = path.stat()
        stats[os.path.abspath(path)] = (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)
    racy = [path for path, stat in stats.items() if max(stat[0], stat[1]) >= taken - RACY_NS]
    return Snapshot(stats, {path: _digest(path) for path in racy})


@dataclass
class Site:
    """What the last full build made, kept to bring it up to date after an edit of some files."""

    config: MkDocsConfig
    files: Files
    nav: Any
    env: Any
    date: str  # pages carry their build's date, in the sitemap
    search: Any  # Material's search plugin
    entries: dict[str, str] = field(default_factory=dict)  # page src_uri -> its search entries, as JSON

    def search_index(self) -> str:
        """The search index as Material's plugin writes it, from each page's entries."""
        index = type(self.search.search_index)(**self.search.search_index.config)
        empty: str = index.generate_search_index(None)  # {"config":{...},"docs":[]}
        head, tail = empty.rsplit("[]", 1)
        # (A new page left to the background pass has no entries until then.)
        docs = [self.entries.get(file.src_uri, "") for file in self.files.documentation_pages(inclusion=SERVED)]
        return head + "[" + ",".join(entry for entry in docs if entry) + "]" + tail


SERVED = InclusionLevel.is_in_serve


def _search_plugin(config: MkDocsConfig) -> Any:
    """Material's search plugin when it is the only plugin, else None (another plugin may keep
    state between pages that a partial build would not update)."""
    plugins = list(config.plugins.values())
    if len(plugins) == 1 and type(plugins[0]).__module__.startswith("material.plugins.search"):
        return plugins[0]
    return None


def _entries_json(entries: list[dict[str, Any]]) -> str:
    """One page's entries as they appear inside the index's JSON list (json.dumps joins items with
    "," whatever they hold, so the pieces add up to Material's own output; checked after each full build)."""
    return json.dumps(entries, separators=(",", ":"), default=str)[1:-1]


# Bytes of Markdown above which a changed page is converted after the others are served: a
# page of 64 KB takes about 0.1 s; the support guide and the index of 10,000 codes (1 and 2.4 MB)
# take 2 and 3.3 s, and change with every message.
LATER_ABOVE = 64 * 1024
NICE = 10  # the background pass's priority (Linux): below the generator's


@dataclass
class Later:
    """The big changed pages a quick build left to a background thread, after serving the others."""

    pages: list[Any]
    cancel: threading.Event = field(default_factory=threading.Event)
    done: set[str] = field(default_factory=set)  # src_uri of the pages written
    full: bool = False  # the next build must be a full build
    task: int = 0  # the thread's id for the system, once it lowered its priority
    thread: threading.Thread | None = None


@dataclass
class Preview:
    """The builds of one served site."""

    config_file: str
    site_dir: str
    serve_url: str
    dev_addr: str  # the page template allows the live-reload script when the site is served from it
    later_above: int = LATER_ABOVE
    rebuild_soon: Callable[[], None] = lambda: None  # asks the server for a build (then the browsers reload)
    sources: Snapshot | None = None  # what the site in site_dir was built from
    site: Site | None = None  # None: the next build is a full build
    stale: set[str] = field(default_factory=set)  # pages whose HTML a cancelled background pass did not write
    later: Later | None = None
    full_builds: int = 0
    quick_builds: int = 0

    def config(self) -> MkDocsConfig:
        config = load_config(config_file=self.config_file, site_dir=self.site_dir, dev_addr=self.dev_addr)
        config.site_url = self.serve_url
        return config

    def build(self, config: MkDocsConfig | None = None) -> None:
        self.settle()
        try:
            if self.site is not None and self.sources is not None:
                now = snapshot(self.site.config)
                changed, moved = self.sources.changed(now)
                if not changed and not moved and not self.stale:
                    log.info("No source changed")
                    return
                added = moved & now.stats.keys()  # a removal needs a full build: MkDocs empties the site
                if added == moved and self._quick(self.site, changed, added):
                    self.sources = now
                    self.quick_builds += 1
                    return
            self._full(config or self.config())
        except BaseException:
            self.sources, self.site = None, None  # a build that stopped half way: the next one builds everything
            raise

    def settle(self, stop: bool = True) -> None:
        """Stop the background pass, if any, after its current page (or let it finish); what it
        did not write is stale."""
        later, self.later = self.later, None
        if later is None or later.thread is None:
            return
        if stop:
            later.cancel.set()
            if later.task:  # the build waits for its current page: at full speed, where allowed
                with contextlib.suppress(OSError):
                    os.setpriority(os.PRIO_PROCESS, later.task, os.getpriority(os.PRIO_PROCESS, 0))
        later.thread.join()
        self.stale |= {page.file.src_uri for page in later.pages} - later.done
        if later.full:
            self.site = None

    def _full(self, config: MkDocsConfig) -> None:
        self.sources, self.site, self.stale = snapshot(config), None, set()
        date = utils.get_build_date()
        with _recording(config) as made:
            mkdocs_build.build(config, serve_url=self.serve_url)
        self.full_builds += 1
        site = made.get("site")
        written = Path(config.site_dir, "search", "search_index.json")
        if site is not None and site.date == date and written.read_text("utf-8") == site.search_index():
            self.site = site
        else:
            log.info("Every rebuild of this site is a full build")

    def _quick(self, site: Site, changed: set[str], added: set[str]) -> bool:
        """Convert and write again the changed and added pages and those that name an added file
        (the big ones after the others are served: in a background thread), copy the other changed
        files; False when that would not give what a full build gives."""
        files = _files(site, changed)
        if files is None or utils.get_build_date() != site.date:
            return False
        new = _add(site, added) if added else []
        if new is None:
            return False
        files += new
        stale = [site.files.get_file_from_path(uri) for uri in sorted(self.stale)]
        naming = _naming(site, new)
        pages = list({f.page.file.src_uri: f.page for f in [*files, *stale, *naming] if f and f.page}.values())
        big = [page for page in pages if _size(page) > self.later_above]
        now = [page for page in pages if page not in big]
        if not _convert(site, now):
            return False
        for file in files:
            if not file.is_documentation_page():
                file.copy_file()
        _write(site, now)
        if new:  # the sitemap lists every page
            for template in site.config.theme.static_templates:
                mkdocs_build._build_theme_template(template, site.env, site.files, site.config, site.nav)
        self.stale = set()
        log.info(
            "Rebuilt %d changed page(s) and copied %d other file(s); kept %d; %d big page(s) follow",
            len(now),
            len([file for file in files if not file.is_documentation_page()]),
            len(site.entries) - len(pages),
            len(big),
        )
        if big:
            self.later = Later(big)
            self.later.thread = threading.Thread(target=self._finish, args=(site, self.later), daemon=True)
            self.later.thread.start()
        return True

    def _finish(self, site: Site, later: Later) -> None:
        """The background pass: the big pages, then a build request (nothing is left to build then:
        the server only reloads the browsers), or the full build the navigation needs."""
        if sys.platform == "linux":  # a thread is a task there: let the generator's next run go first
            later.task = threading.get_native_id()
            os.setpriority(os.PRIO_PROCESS, later.task, NICE)
        try:
            for page in later.pages:
                if later.cancel.is_set():
                    return  # the build that cancelled it rebuilds the rest
                if not _convert(site, [page]):
                    later.full = True
                    break
                _write(site, [page])
                later.done.add(page.file.src_uri)
            else:
                log.info("Rebuilt the %d big page(s)", len(later.pages))
        except Exception:
            log.exception("The background pass failed: building everything")
            later.full = True
        self.rebuild_soon()


def _size(page: Any) -> int:
    try:
        return os.path.getsize(page.file.abs_src_path)
    except (OSError, TypeError):
        return 0


def _convert(site: Site, pages: list[Any]) -> bool:
    """MkDocs' reading and conversion of these pages; False when the navigation shows one whose
    title or metadata changed (every page shows them: a full build)."""
    in_nav = {page.file.src_uri for page in site.nav.pages}
    shown = [(page, page.title, page.meta) for page in pages if page.file.src_uri in in_nav]
    for page in pages:
        mkdocs_build._populate_page(page, site.config, site.files)
    moved = [page.file.src_uri for page, title, meta in shown if (page.title, page.meta) != (title, meta)]
    if moved:
        log.info("The navigation shows %s, whose title or metadata changed: building everything", ", ".join(moved))
    return not moved


def _write(site: Site, pages: list[Any]) -> None:
    """MkDocs' writing of these pages, each one's search entries kept; then the search index.
    Each file is replaced whole: the server may be serving it meanwhile (the background pass)."""
    doc_files = site.files.documentation_pages(inclusion=SERVED)
    write_file = utils.write_file
    utils.write_file = _replace_file
    try:
        for page in pages:
            site.search.search_index.entries = []
            excluded = page.file.inclusion.is_excluded()
            mkdocs_build._build_page(page, site.config, doc_files, site.nav, site.env, excluded=excluded)
            site.entries[page.file.src_uri] = _entries_json(site.search.search_index.entries)
    finally:
        utils.write_file = write_file
    _replace_file(
        site.search_index().encode("utf-8"), os.path.join(site.config.site_dir, "search", "search_index.json")
    )


def _replace_file(content: bytes, output_path: str) -> None:
    """utils.write_file, through a hidden file beside it that is then renamed over it."""
    folder, name = os.path.split(output_path)
    os.makedirs(folder, exist_ok=True)
    scratch = os.path.join(folder, f".{name}.tmp")
    with open(scratch, "wb") as handle:
        handle.write(content)
    os.replace(scratch, output_path)


def _add(site: Site, added: set[str]) -> list[File] | None:
    """The new files of docs/, put in the site's file list where MkDocs' own walk puts them; None
    when one may change more than the pages that name it: a file outside docs/, a folder's index
    or README (a link to the folder names neither), a page the navigation lists, a file that
    takes another's place."""
    config = site.config
    docs = Path(os.path.abspath(config.docs_dir))
    if config.nav is None or any(not Path(path).is_relative_to(docs) for path in added):
        return None
    fresh = get_files(config)
    dests, listed = {file.dest_uri for file in site.files}, set(_nav_paths(config.nav))
    new = [fresh.get_file_from_path(Path(path).relative_to(docs).as_posix()) for path in sorted(added)]
    for file in new:
        if file is None or not SERVED(file.inclusion) or file.dest_uri in dests or file.src_uri in listed:  # type: ignore[no-untyped-call]
            return None
        name = Path(file.src_uri).name  # a link to it names it, unless it is a folder's or %-encoded
        if Path(name).stem.lower() in ("index", "readme") or not re.fullmatch(r"[\w.-]+", name, re.ASCII):
            return None
        if file.src_uri in config.extra_templates:
            return None
    added_files = [file for file in new if file is not None]
    kept = {file.src_uri: file for file in site.files}
    order = [kept.get(file.src_uri, file) for file in fresh if file.src_uri in kept or file in added_files]
    order += [file for file in site.files if fresh.get_file_from_path(file.src_uri) is None]  # the theme's, last
    site.files = Files(order)
    for file in added_files:
        if file.is_documentation_page():
            Page(None, file, config)
    return added_files


def _nav_paths(nav: Any) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [path for value in nav.values() for path in _nav_paths(value)]
    if isinstance(nav, list):
        return [path for item in nav for path in _nav_paths(item)]
    return []


def _naming(site: Site, new: list[File]) -> list[File]:
    """The pages whose Markdown names a new file: a link there may now lead to it."""
    names = {Path(file.src_uri).name for file in new}
    if not names:
        return []
    return [
        file
        for file in site.files.documentation_pages(inclusion=SERVED)
        if file.page is not None
        and file.page.markdown is not None
        and file not in new
        and any(name in file.page.markdown for name in names)
    ]


def _files(site: Site, changed: set[str]) -> list[File] | None:
    """The site's files for these changed paths; None when one is not a file of docs/ that the
    last build wrote (the configuration, the theme, a template, a page it left out)."""
    docs = Path(os.path.abspath(site.config.docs_dir))
    found = []
    for path in sorted(changed):
        if not Path(path).is_relative_to(docs):
            return None
        file = site.files.get_file_from_path(Path(path).relative_to(docs).as_posix())
        if file is None or file.src_uri in site.config.extra_templates or not SERVED(file.inclusion):  # type: ignore[no-untyped-call]
            return None
        if file.is_documentation_page() and file.page is None:
            return None
        found.append(file)
    return found


@contextmanager
def _recording(config: MkDocsConfig) -> Iterator[dict[str, Site]]:
    """MkDocs' full build, keeping what it made (``made["site"]``) when a partial build can follow it."""
    # get_navigation is imported into MkDocs' build module, where build() looks it up.
    get_navigation, build_page = getattr(mkdocs_build, "get_navigation"), mkdocs_build._build_page  # noqa: B009
    search = _search_plugin(config)
    made: dict[str, Site] = {}

    def navigation(files: Files, config: MkDocsConfig) -> Any:
        nav = get_navigation(files, config)
        if search is not None:
            made["site"] = Site(config, files, nav, None, utils.get_build_date(), search)
        return nav

    def build(page: Any, config: MkDocsConfig, doc_files: Any, nav: Any, env: Any, *args: Any, **kw: Any) -> None:
        entries = search.search_index.entries if search is not None else []
        start = len(entries)
        build_page(page, config, doc_files, nav, env, *args, **kw)
        site = made.get("site")
        if site is not None:
            if site.nav is not nav or (site.env is not None and site.env is not env):
                made.clear()  # a plugin replaced them: nothing to keep
                return
            site.env = env
            site.entries[page.file.src_uri] = _entries_json(entries[start:])

    setattr(mkdocs_build, "get_navigation", navigation)  # noqa: B010
    mkdocs_build._build_page = build
    try:
        yield made
    finally:
        setattr(mkdocs_build, "get_navigation", get_navigation)  # noqa: B010
        mkdocs_build._build_page = build_page


# What a save does to a file (a read opens and closes it too: not a change).
CHANGES: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    FileClosedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
]


def _observer(paths: list[str], poll: bool) -> BaseObserver:
    """inotify where the system has it (Linux): a save is seen at once, and nothing is read while
    nobody edits. MkDocs' own observer stats every file twice a second: 75 ms of CPU each time
    at 10,000 codes. --poll, or no inotify (or no watches left), keeps MkDocs' observer."""
    if not poll:
        try:
            from watchdog.observers.inotify import InotifyObserver

            class Observer(InotifyObserver):
                def schedule(
                    self,
                    event_handler: FileSystemEventHandler,
                    path: str | Path,
                    *,
                    recursive: bool = False,
                    event_filter: list[type[FileSystemEvent]] | None = None,
                    follow_symlink: bool = False,
                ) -> ObservedWatch:
                    """Changes only, whatever MkDocs asks for."""
                    return super().schedule(
                        event_handler, path, recursive=recursive, event_filter=CHANGES, follow_symlink=follow_symlink
                    )

            probe = Observer()
            for path in paths:
                probe.schedule(FileSystemEventHandler(), path, recursive=os.path.isdir(path))
            probe.start()
            probe.stop()
            probe.join()
            return Observer()
        except (ImportError, OSError) as error:
            log.info("Watching for changes by polling (no inotify: %s)", error)
    return PollingObserver(timeout=0.5)


def _rebuild_soon(server: LiveReloadServer) -> None:
    """Ask MkDocs' server for a build, as its watcher does on a file event."""
    with server._rebuild_cond:
        server._want_rebuild = True
        server._rebuild_cond.notify_all()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.serve", description=__doc__.splitlines()[0])
    parser.add_argument("-f", "--config-file", default="mkdocs.yml")
    parser.add_argument("-a", "--dev-addr", default="127.0.0.1:8000")
    parser.add_argument("--site-dir", help="build into this folder (default: a temporary one)")
    parser.add_argument("--build-once", action="store_true", help="build as the server's first build does, then stop")
    parser.add_argument(
        "--poll", action="store_true", help="poll the files for changes (for file systems without inotify)"
    )
    parser.add_argument(
        "--later-above",
        type=int,
        default=LATER_ABOVE,
        metavar="BYTES",
        help="convert the changed pages bigger than this after serving the others (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    site_dir = args.site_dir or tempfile.mkdtemp(prefix="mkdocs_")
    host, _, port = args.dev_addr.rpartition(":")
    config = load_config(config_file=args.config_file, site_dir=site_dir, dev_addr=args.dev_addr)
    config.plugins.on_startup(command="serve", dirty=False)
    mount_path = urlsplit(config.site_url or "/").path
    preview = Preview(args.config_file, site_dir, _serve_url(host, int(port), mount_path), args.dev_addr)
    preview.later_above = args.later_above
    config.site_url = preview.serve_url
    if args.build_once:
        mkdocs_build.build(config, serve_url=preview.serve_url)
        return 0
    server = LiveReloadServer(builder=preview.build, host=host, port=int(port), root=site_dir, mount_path=mount_path)
    watched = [config.docs_dir, args.config_file, *([config.theme.custom_dir] if config.theme.custom_dir else [])]
    server.observer = _observer(watched, args.poll)  # type: ignore[assignment]  # MkDocs types it as its polling one
    preview.rebuild_soon = lambda: _rebuild_soon(server)
    try:
        preview.build(config)
        for path in watched:
            server.watch(path)
        server.serve()  # type: ignore[no-untyped-call]
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        preview.settle()
        if not args.site_dir:
            shutil.rmtree(site_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
