"""``python -m generator.site``: `make site`, the site of every language, built side by side.

English from ``mkdocs.yml`` into ``site/``, each other language from ``mkdocs.<lang>.yml``
into ``site/<lang>/``, each by MkDocs' own ``mkdocs build --strict``. One build uses one core,
so they run side by side, one per core: English straight into ``site/``, each other language
into a folder beside it, moved into ``site/<lang>/`` once every build has succeeded (the
English build empties ``site/`` when it starts). The files are those of building one language
after the other (tests/test_site_build.py compares the two byte for byte). The first build
that fails stops the others, and its output says why.

Each MkDocs process also remembers how jieba split each run of Chinese: Material's search
splits every page's title and text, and the same phrases come back on every code page.

``--engine zensical`` builds the same configs with Zensical, one after the other, as before
(Zensical spreads one build over the cores itself, and has no ``--site-dir``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # where `generator` is imported from


@dataclass
class Build:
    """One language's site: its config, where it ends up, and how its build went."""

    config: Path
    site_dir: Path  # where the site ends up
    out: Path  # where the build writes: site_dir, or a folder beside site/ moved there at the end
    log: IO[bytes] = field(default_factory=tempfile.TemporaryFile)
    process: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    wall_s: float = 0.0
    cpu_s: float = 0.0
    returncode: int | None = None


def plan(root: Path, site: Path) -> list[Build]:
    """mkdocs.yml into ``site``, then each mkdocs.<lang>.yml into ``site/<lang>`` (the folder the
    generator writes as that config's ``site_dir``), in the order `make site` built them."""
    builds = [Build(root / "mkdocs.yml", site, site)]
    for config in sorted(root.glob("mkdocs.*.yml")):
        language = config.name.split(".")[1]
        builds.append(Build(config, site / language, site / language))
    return builds


def start(build: Build, root: Path, quiet: bool) -> None:
    args = ["build", "--strict", "-f", str(build.config), "--site-dir", str(build.out), *(["-q"] if quiet else [])]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE_ROOT), env.get("PYTHONPATH")]))
    build.started = time.perf_counter()
    build.process = subprocess.Popen(
        [sys.executable, "-m", "generator.site", "--mkdocs", *args],
        cwd=root,  # Material reads search.jieba_dict_user relative to the working folder
        env=env,
        stdout=build.log,
        stderr=subprocess.STDOUT,
    )


def wait_any(running: dict[int, Build]) -> Build:
    """Wait for whichever build ends first, and take its CPU time (Popen keeps none)."""
    pid, status, usage = os.wait4(-1, 0)
    build = running.pop(pid)
    assert build.process is not None
    build.process.returncode = build.returncode = os.waitstatus_to_exitcode(status)
    build.wall_s = time.perf_counter() - build.started
    build.cpu_s = usage.ru_utime + usage.ru_stime
    return build


def run_side_by_side(builds: list[Build], root: Path, jobs: int, quiet: bool) -> Build | None:
    """Run every build, ``jobs`` at a time; the first that fails stops the others and is returned."""
    waiting, running = list(builds), dict[int, Build]()
    while waiting or running:
        while waiting and len(running) < jobs:
            build = waiting.pop(0)
            start(build, root, quiet)
            assert build.process is not None
            running[build.process.pid] = build
        done = wait_any(running)
        if done.returncode != 0:
            for other in running.values():
                assert other.process is not None
                other.process.terminate()
                other.process.wait()
            return done
    return None


def show(build: Build) -> None:
    """A build's own output, as it would have printed it alone."""
    build.log.seek(0)
    sys.stderr.flush()
    sys.stderr.buffer.write(build.log.read())
    sys.stderr.flush()


def build_mkdocs(root: Path, site: Path, jobs: int, quiet: bool) -> tuple[int, list[Build]]:
    """Every language's MkDocs build, side by side; the exit status and the builds."""
    builds = plan(root, site)
    site.parent.mkdir(parents=True, exist_ok=True)
    for build in builds[1:]:  # beside site/, on the same disk: moved into it by a rename
        build.out = Path(tempfile.mkdtemp(prefix=f".{site.name}-{build.site_dir.name}-", dir=site.parent))
    try:
        failed = run_side_by_side(builds, root, jobs, quiet)
        for build in builds:
            if build.returncode is not None and (failed is None or build is failed or build.returncode == 0):
                show(build)
        if failed is not None:
            print(f"error: {failed.config.name} did not build (exit {failed.returncode})", file=sys.stderr)
            return failed.returncode or 1, builds
        for build in builds[1:]:
            if build.site_dir.exists():  # the English docs have a folder of that name
                print(f"error: {build.site_dir} is a folder of the English site too", file=sys.stderr)
                return 1, builds
            build.out.rename(build.site_dir)
            if not quiet:
                print(f"INFO    -  Moved the {build.config.name} site into {build.site_dir}", file=sys.stderr)
        if not quiet:
            times = ", ".join(f"{b.config.name} {b.wall_s:.1f} s" for b in builds)
            print(f"INFO    -  Every site built, {min(jobs, len(builds))} at a time: {times}", file=sys.stderr)
        return 0, builds
    finally:
        for build in builds:
            build.log.close()
            if build.out != build.site_dir:
                shutil.rmtree(build.out, ignore_errors=True)


def build_zensical(root: Path) -> int:
    """Zensical, one config after the other (each config's site_dir says where)."""
    for config in [root / "mkdocs.yml", *sorted(root.glob("mkdocs.*.yml"))]:
        done = subprocess.run([sys.executable, "-m", "zensical", "build", "--strict", "-f", str(config)], cwd=root)
        if done.returncode != 0:
            return done.returncode
    return 0


def memoize_jieba() -> None:
    """Make ``jieba.cut`` remember each phrase's words: the same as cutting it again, as long
    as jieba's dictionary is the same (part of the key: Material loads the site's word list
    into it before the first page)."""
    try:
        import jieba  # type: ignore[import-untyped]  # a development dependency, as for the site's search
    except ImportError:
        return
    cut: Callable[..., Iterator[str]] = jieba.cut
    known: dict[tuple[Any, ...], tuple[str, ...]] = {}

    def remembered(sentence: Any, cut_all: bool = False, HMM: bool = True, use_paddle: bool = False) -> Iterator[str]:  # noqa: N803  # jieba's name
        tokenizer = jieba.dt
        key = (sentence, cut_all, HMM, use_paddle, tokenizer.initialized, tokenizer.total, len(tokenizer.FREQ))
        words = known.get(key)
        if words is None:
            words = known[key] = tuple(cut(sentence, cut_all, HMM, use_paddle))
        return iter(words)

    jieba.cut = remembered


def mkdocs_main(args: list[str]) -> None:
    """``mkdocs <args>``, exactly as its command line runs it, with jieba's cuts remembered."""
    memoize_jieba()
    from mkdocs.__main__ import cli

    cli(args, prog_name="mkdocs")


def cores() -> int:
    """The cores this process may use (Linux), else the machine's."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m generator.site", description="Build the site of every language, side by side."
    )
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    parser.add_argument("--engine", choices=["mkdocs", "zensical"], default="mkdocs")
    parser.add_argument("--site-dir", type=Path, help="where the site goes (default: site/ in the project)")
    parser.add_argument("-j", "--jobs", type=int, default=cores(), help="builds at once (default: one per core)")
    parser.add_argument("-q", "--quiet", action="store_true", help="only warnings and errors")
    parser.add_argument("--timings", type=Path, help="write each build's wall and CPU seconds here (JSON)")
    return parser.parse_args()


def main() -> int:
    if sys.argv[1:2] == ["--mkdocs"]:  # one build, run by build_mkdocs in its own process
        mkdocs_main(sys.argv[2:])
        return 0
    args = arguments()
    root = args.root.resolve()
    if args.engine == "zensical":
        if args.site_dir:
            sys.exit("error: Zensical builds into each config's site_dir; --site-dir is for MkDocs")
        return build_zensical(root)
    start = time.perf_counter()
    status, builds = build_mkdocs(root, (args.site_dir or root / "site").resolve(), max(1, args.jobs), args.quiet)
    if args.timings and status == 0:
        timings = {
            "wall_s": time.perf_counter() - start,
            "builds": [{"config": b.config.name, "wall_s": b.wall_s, "cpu_s": b.cpu_s} for b in builds],
        }
        args.timings.write_text(json.dumps(timings, indent=2) + "\n", encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
