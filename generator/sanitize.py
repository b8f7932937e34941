"""Hold each Markdown field to what the browser will get, not to what the author typed.

A solution such as ``![x](p.png){ onerror="..." }`` contains no HTML, yet the
site's ``attr_list`` extension turns it into an event handler. So each text is
rendered with the extensions the site itself uses (read from mkdocs.yml), the
HTML is parsed, and every tag, attribute and URL must be on an allowlist. URLs
are judged after the browser's own normalisation: entities decoded, tabs and
newlines removed, leading control characters and spaces stripped, case folded.

Rendering costs about 0.3 ms a text; texts already proven safe with the same
extensions and rules are remembered, by hash, in the user's cache folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

# What Markdown and its enabled extensions produce for prose, lists, code, tables,
# links, images and admonitions. Anything else (iframe, form, svg, ...) is refused.
ALLOWED_TAGS = frozenset(
    {"p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "em", "strong", "b", "i", "code", "pre"}
    | {"kbd", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td"}
    | {"div", "span", "sup", "sub", "del", "ins", "abbr"}
)
# Attributes each tag may carry besides id, class and title.
TAG_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}, "th": {"style"}, "td": {"style"}, "ol": {"start"}}
GLOBAL_ATTRIBUTES = {"id", "class", "title"}
# The only style Markdown writes itself: a table column's alignment.
_ALIGN = re.compile(r"text-align: (?:left|right|center);\Z")
# Classes the extensions emit, and Material's buttons. No `__`-ids: Material's own.
_CLASS = re.compile(
    r"(?:admonition|admonition-title|note|abstract|summary|tldr|info|todo|tip|hint|important|success|check|done"
    r"|question|help|faq|warning|caution|attention|failure|fail|missing|danger|error|bug|example|quote|cite"
    r"|headerlink|highlight|md-button|md-button--primary|language-\S+)\Z"
)
_ID = re.compile(r"[\w.:-]+\Z")  # what toc's slugs look like; `__`-ids are Material's own
SAFE_SCHEMES = {"http", "https", "mailto"}
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")


class Finding:
    """One unsafe construct: a message, and what to look for in the source to place it."""

    def __init__(self, message: str, *needles: str) -> None:
        self.message = message
        self.needles = [n for n in needles if n]


def browser_url(value: str) -> str:
    """The URL as a browser parses an href or src: stripped of what it ignores."""
    return re.sub(r"[\t\n\r]", "", value.strip("".join(map(chr, range(0x21)))))


def url_problem(value: str, *, image: bool, site_url: str) -> str | None:
    url = browser_url(value)
    scheme = _SCHEME.match(url)
    shown = f"`{value}`" if value == url else f"`{url}` (written `{value}`)"
    if image:
        if scheme or re.match(r"[/\\]{2}", url):
            if site_url and url.lower().startswith(site_url.lower()):
                return None
            return (
                f"shows an image from {shown}: images must come from this site (a relative path such as "
                "../assets/diagram.png), so that reading a page tells no other host"
            )
        return None
    if scheme:
        if scheme.group(1).lower() in SAFE_SCHEMES:
            return None
        return (
            f"links to {shown}: the `{scheme.group(1).lower()}:` scheme is not allowed; "
            "use http, https, mailto or a relative link into this site"
        )
    if re.match(r"[/\\]{2}", url):
        return f"links to {shown} with no scheme, which leaves the site; write it out as https://…"
    return None


class _Auditor(HTMLParser):
    def __init__(self, site_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.site_url = site_url
        self.findings: list[Finding] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.findings.append(Finding(f"produces an HTML <{tag}> element, which is not allowed", f"<{tag}", tag))
            return
        allowed = GLOBAL_ATTRIBUTES | TAG_ATTRIBUTES.get(tag, set())
        for name, raw in attrs:
            value = raw or ""
            if name.startswith("on"):
                self.findings.append(
                    Finding(
                        f"sets the event handler `{name}` on <{tag}>, which would run script in the reader's "
                        f"browser; remove `{name}=…` from the `{{ … }}` attribute list",
                        name,
                    )
                )
            elif name not in allowed:
                why = " (styles can load from other hosts and cover the page)" if name == "style" else ""
                self.findings.append(
                    Finding(
                        f"sets the attribute `{name}` on <{tag}>{why}; attribute lists may set only "
                        "id, class and title: remove it",
                        f"{name}=",
                        name,
                    )
                )
            elif name == "style" and not _ALIGN.match(value):
                self.findings.append(Finding(f'sets `style="{value}"` on <{tag}>; remove it', "style", value))
            elif name == "class":
                for cls in value.split():
                    if not _CLASS.match(cls):
                        self.findings.append(
                            Finding(
                                f"uses the class `{cls}`, which the site does not style; "
                                "use an admonition type, md-button or no class",
                                cls,
                            )
                        )
            elif name == "id" and (not _ID.match(value) or value.startswith("__")):
                self.findings.append(Finding(f"sets the id `{value}`, which may clash with the theme's", value))
            elif name in ("href", "src"):
                problem = url_problem(value, image=name == "src", site_url=self.site_url)
                if problem:
                    self.findings.append(Finding(problem, value, browser_url(value)[:12], value[:8]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data: str) -> None:
        self.findings.append(Finding("produces an HTML comment; remove it", "<!--"))

    def handle_decl(self, decl: str) -> None:
        self.findings.append(Finding("produces an HTML declaration; remove it", "<!"))

    def handle_pi(self, data: str) -> None:
        self.findings.append(Finding("produces an HTML processing instruction; remove it", "<?"))


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose `!ENV` and `!!python/name` tags are not for us to run."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def site_extensions(mkdocs_yml: Path) -> tuple[list[str], dict[str, Any]]:
    """The Markdown extensions and their settings, as mkdocs.yml gives them."""
    try:
        config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    except (OSError, yaml.YAMLError):
        config = {}
    names: list[str] = []
    settings: dict[str, Any] = {}
    for item in config.get("markdown_extensions") or []:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            for name, options in item.items():
                names.append(name)
                if isinstance(options, dict):
                    settings[name] = options
    return names, settings


class MarkdownAudit:
    """Renders Markdown as the site does and lists what a browser would run or fetch."""

    def __init__(self, mkdocs_yml: Path, site_url: str = "") -> None:
        self.extensions, self.settings = site_extensions(mkdocs_yml)
        self.site_url = site_url
        self._markdown: Any = None
        self._cache_path: Path | None = None  # once site_url is settled: it is part of the key
        self._safe: set[str] = set()
        self._new: list[str] = []

    def _key(self) -> str:
        import markdown

        try:
            import pymdownx

            pymdown_version = str(pymdownx.__version__)
        except ImportError:
            pymdown_version = ""
        key = json.dumps(
            [self.extensions, self.settings, self.site_url, markdown.__version__, pymdown_version],
            sort_keys=True,
            default=str,
        )
        key += Path(__file__).read_text(encoding="utf-8")  # the rules: any edit of them empties the cache
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    def findings(self, text: str) -> list[Finding]:
        digest = hashlib.sha256(text.encode()).hexdigest()[:32]
        if self._cache_path is None:
            self._cache_path = _cache_folder() / f"markdown-safe-{self._key()}.txt"
            self._safe = _read_cache(self._cache_path)
        if digest in self._safe:
            return []
        if self._markdown is None:
            import markdown

            self._markdown = markdown.Markdown(extensions=self.extensions, extension_configs=self.settings)
        self._markdown.reset()
        auditor = _Auditor(self.site_url)
        auditor.feed(self._markdown.convert(text))
        auditor.close()
        if not auditor.findings:
            self._safe.add(digest)
            self._new.append(digest)
        return auditor.findings

    def save(self) -> None:
        """Remember the texts proven safe (best effort: a cache that cannot be written is skipped)."""
        if not self._new or self._cache_path is None:
            return
        try:
            self._cache_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with self._cache_path.open("a", encoding="ascii") as cache:
                cache.write("".join(f"{d}\n" for d in self._new))
            self._new.clear()
        except OSError:
            pass


def _cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pns-errors"


def _read_cache(path: Path) -> set[str]:
    # The cache is trusted only when this user alone can write it.
    try:
        stat = path.stat()
        if hasattr(os, "getuid") and (stat.st_uid != os.getuid() or stat.st_mode & 0o022):
            return set()
        return set(path.read_text(encoding="ascii").split())
    except (OSError, UnicodeDecodeError):
        return set()
