"""The words a code page is found by: its search tags, with Chinese split into words the way
the zh site's search splits page text (jieba), so that a tag and a query meet."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

from .model import ErrorEntry

# Chinese is written without spaces, and Material's search splits it into words with jieba
# (mkdocs.zh.yml, from languages/zh/), marking each split with U+200B, which its separator reads as a space. It
# does so for a page's title and text, not for its tags: the generator splits them the same way.
WORDS_ZH = Path(__file__).parent.parent / "languages" / "zh" / "search-words.txt"
_JIEBA: list[Any] = []
# Loading jieba's dictionary takes longer than the rest of a run, so each run of Chinese is split
# once and remembered by hash (the cut positions only: a cache cannot put words in), in the
# user's cache folder beside the Markdown audit's, keyed by jieba's version and the word list.
_CUTS: dict[str, tuple[int, ...]] = {}
_CUTS_FILE: list[Path | None] = []


def _cuts_file() -> Path | None:
    if not _CUTS_FILE:
        import hashlib
        from importlib import metadata

        from .sanitize import _cache_folder, _read_cache

        try:
            version = metadata.version("jieba")
        except metadata.PackageNotFoundError:
            version = ""
        words = WORDS_ZH.read_text(encoding="utf-8") if WORDS_ZH.exists() else ""
        key = hashlib.sha256(f"{version}\0{words}\0cuts 1".encode()).hexdigest()[:16]
        path = _cache_folder() / f"chinese-cuts-{key}.txt"
        for line in _read_cache(path):  # "digest:3,5" per run of Chinese
            digest, _, cuts = line.partition(":")
            if cuts == "-":  # one word
                _CUTS[digest] = ()
            elif cuts and all(part.isdigit() for part in cuts.split(",")):
                _CUTS[digest] = tuple(int(part) for part in cuts.split(","))
        _CUTS_FILE.append(path)
    return _CUTS_FILE[0]


def _cut(run: str) -> list[str]:
    """A run of Chinese split into words as jieba splits it (remembered: see _CUTS)."""
    import hashlib

    path = _cuts_file()
    digest = hashlib.sha256(run.encode("utf-8")).hexdigest()[:16]
    cuts = _CUTS.get(digest)
    if cuts is None or list(cuts) != sorted(set(cuts)) or not all(0 < c < len(run) for c in cuts):
        if not _JIEBA:
            import logging

            import jieba  # type: ignore[import-untyped]  # a development dependency, as for the site's search

            jieba.setLogLevel(logging.WARNING)
            if WORDS_ZH.exists():
                jieba.load_userdict(str(WORDS_ZH))
            _JIEBA.append(jieba)
        words = list(_JIEBA[0].cut(run))
        cuts = tuple(itertools.accumulate(len(w) for w in words[:-1]))
        _CUTS[digest] = cuts
        if path is not None:
            try:  # best effort, as the Markdown audit's cache
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                with path.open("a", encoding="ascii") as cache:
                    cache.write(f"{digest}:{','.join(map(str, cuts)) or '-'}\n")
            except OSError:
                pass
    bounds = [0, *cuts, len(run)]
    return [run[a:b] for a, b in itertools.pairwise(bounds)]


def segment(text: str) -> str:
    """``text`` with each run of Chinese split into words as jieba splits it, the splits marked with U+200B."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return text
    return re.sub(r"[\u4e00-\u9fff]+", lambda m: "\u200b" + "\u200b".join(_cut(m.group(0))) + "\u200b", text).strip(
        "\u200b"
    )


def search_tags(entry: ErrorEntry, english: ErrorEntry) -> list[str]:
    """A code page's tags: the words a person searches it by (its code, names, message in this
    language and in English, the variants, this language's synonyms), each word once. Material
    indexes tags in its most weighted field, word by word; a word repeated across synonyms would
    count as often, and outweigh a word that only this code's message has."""
    phrases = [str(entry.code), entry.name, *entry.aliases, entry.message, english.message]
    phrases += [v.text for v in english.also_sent] + list(entry.synonyms)
    split = [[w for w in re.split(r"[\s\u200b]+", segment(phrase)) if w] for phrase in phrases]
    words = [w for phrase in split for w in phrase]
    # Material splits a Chinese query into the words its index holds, but never lets one end at
    # the query's last character: 绑定号码相同 is searched as 绑定* 号码* 相* when 相 is a word of
    # the index, else as 绑定* 号码* alone. So the first character of each phrase's last word is a tag too.
    words += [p[-1][0] for p in split if p and len(p[-1]) > 1 and "\u4e00" <= p[-1][0] <= "\u9fff"]
    first: dict[str, str] = {}
    for word in words:
        first.setdefault(word.lower(), word)
    return list(first.values())
