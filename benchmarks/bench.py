"""make bench: how generation, the package and the site scale from 18 to 10,000 codes.

Synthesizes catalogs of each size, every code as rich as the real 1001 (every field,
variants, synonyms, a Chinese translation), in temporary copies of the project, next
to the real catalog, and measures every step in one run, each repeated and reported as a
median, with its ratio to the floors measured in the same run. Prints a table and
writes the figures as JSON (--json PATH) and, optionally, the site's Performance
page (--page docs/performance.md).

    python benchmarks/bench.py                     # 2,000 and 10,000 codes: about an hour on 2 cores
    python benchmarks/bench.py --sizes 2000,10000 --site-max 2000 --serve-max 2000   # the 10,000 site skipped
    python benchmarks/bench.py --sizes 30 --repeat 1 --json /tmp/b.json   # what the test runs
"""

from __future__ import annotations

import argparse
import datetime
import html
import json
import os
import platform
import random
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the generator's list of project files
from generator.output import project_files  # noqa: E402

GENERATED = [  # patterns: every language's folder and config
    "docs/errors",
    "docs/errors.json",
    "docs/errors.schema.json",
    "docs/errors.yaml.schema.json",
    "docs/changelog.md",
    "docs/llms.txt",
    "docs/llms-full.txt",
    "docs-*/errors",
    "docs-*/changelog.md",
    "src/pns_errors/_catalog.py",
    "src/pns_errors/_phrases.py",
    "mkdocs.*.yml",
]


def generated_paths(root: Path) -> list[Path]:
    return [path for pattern in GENERATED for path in sorted(root.glob(pattern))]


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"NO_MKDOCS_2_WARNING": "1"}

WORDS = [
    "binding",
    "number",
    "virtual",
    "account",
    "request",
    "header",
    "signature",
    "timestamp",
    "privacy",
    "call",
    "record",
    "prefix",
    "country",
    "caller",
    "callee",
    "extension",
    "group",
    "pool",
    "quota",
    "limit",
    "offset",
    "list",
    "query",
    "expired",
    "invalid",
    "missing",
    "failed",
    "exception",
    "permission",
    "business",
    "action",
    "body",
    "parameter",
    "service",
]


# --- synthetic catalogs --------------------------------------------------------


ZH_WORDS = [
    "绑定",
    "号码",
    "虚拟",
    "账号",
    "请求",
    "请求头",
    "签名",
    "时间戳",
    "隐私",
    "通话",
    "记录",
    "前缀",
    "国家",
    "主叫",
    "被叫",
    "分机",
    "分组",
    "号码池",
    "配额",
    "上限",
    "偏移",
    "列表",
    "查询",
    "过期",
    "无效",
    "缺少",
    "失败",
    "异常",
    "权限",
    "业务",
    "参数",
    "服务",
]


def _fingerprint(**texts: str) -> str:
    """The `source` a translation records: the generator's own fingerprint of the English."""
    from types import SimpleNamespace

    from generator.model import CategoryText, ErrorText, fingerprint

    model = ErrorText if "message" in texts else CategoryText
    english = SimpleNamespace(deprecated=None, retired=None, **texts)
    return fingerprint(english, model)


def _category(i: int) -> dict[str, Any]:
    title, description = f"Category {i} errors", f"Errors of product {i}, before the request reaches it.\n"
    return {
        "id": f"cat{i}",
        "title": title,
        "description": description,
        "range": [(i + 1) * 100_000, (i + 1) * 100_000 + 99_999],
        "translations": {
            "zh": {
                "title": f"第 {i} 类错误",
                "description": f"产品 {i} 返回的错误，在请求到达产品之前产生。\n",
                "source": _fingerprint(title=title, description=description),
            }
        },
    }


def _error(rng: random.Random, k: int, category: dict[str, Any], previous: int | None) -> dict[str, Any]:
    """One code as rich as the real 1001: every field, two variants, synonyms and a Chinese translation."""
    code = category["range"][0] + 1 + k // 5
    words = rng.sample(WORDS, rng.randint(3, 6))
    zh = rng.sample(ZH_WORDS, 4)
    texts = {
        "message": " ".join(words).capitalize(),
        "description": f"At least one {words[0]} of the {words[1]} that every request must carry is absent.\n",
        "solution": (
            f"All required [{words[2]} parameters](https://example.org/wiki/API#{words[2]}-{k}) must be "
            f"included in the Header, such as `accessKey`, `ts`, `bizType`, `action` and `{words[0]}`.\n\n"
            f"Send all five headers with every request (see [public headers]"
            f"(../guides/calling-conventions.md#public-headers)). `{rng.choice(WORDS)}` is the only optional "
            f"one; it defaults to `md5`.\n"
        ),
        "ask_for": f"The names of the {words[1]} headers the client sent, and the `action`.\n",
        "triage_note": f"The same {words[0]} mistake gives the same answer, so resending cannot help.",
    }
    entry: dict[str, Any] = {
        "code": code,
        "name": "_".join(w.upper() for w in words[:3]) + f"_{k}",
        "category": category["id"],
        "since": "1.0.0",
        "message": texts["message"],
        "fix_by": rng.choice(["caller", "account", "provider"]),
        "retry": rng.choice(["no", "refresh", "backoff"]),
        "triage_note": texts["triage_note"],
        "description": texts["description"],
        "ask_for": texts["ask_for"],
        "solution": texts["solution"],
        "also_sent": [
            {"text": f"{words[0].capitalize()} {words[1]} {k} missing", "seen_in": "the English error table"},
            {"text": f"Missing {words[1]} {words[2]} {k}", "seen_in": "the Chinese error table (in English)"},
        ],
        "synonyms": [f"{a} {b}" for a, b in zip(rng.sample(WORDS, 6), rng.sample(WORDS, 6), strict=True)],
    }
    if previous is not None:
        entry["see_also"] = [previous]
    entry["translations"] = {
        "zh": {
            "message": f"{zh[0]}{zh[1]}{zh[2]} {k}",
            "description": f"每个请求都必须携带的{zh[0]}中，至少有一个{zh[3]}缺失。\n",
            "solution": (
                f"所有必需的[{zh[1]}参数](https://example.org/wiki/API#{words[2]}-{k}) 都必须放在 Header 中，"
                f"例如 `accessKey`、`ts`、`bizType`、`action` 和 `{words[0]}`。\n\n"
                f"每个请求都要带齐这五个请求头（见[公共请求头](../guides/calling-conventions.md#public-headers)）。"
                f"只有 `{rng.choice(WORDS)}` 是可选的，默认为 `md5`。\n"
            ),
            "ask_for": f"客户端实际发送的{zh[1]}名称，以及 `action`。\n",
            "triage_note": f"同样的{zh[0]}错误会得到同样的结果，所以重发没有用。",
            "synonyms": [f"{a}{b}" for a, b in zip(rng.sample(ZH_WORDS, 6), rng.sample(ZH_WORDS, 6), strict=True)],
            "source": _fingerprint(**texts),
        }
    }
    return entry


def synthesize(size: int, seed: int = 7) -> dict[str, Any]:
    """A catalog of ``size`` codes in five categories, each code as rich as the real 1001
    (every field, variants, synonyms, a current Chinese translation)."""
    rng = random.Random(seed)
    categories = [_category(i) for i in range(5)]
    errors: list[dict[str, Any]] = []
    for k in range(size):
        category = categories[k % 5]
        previous = errors[k - 5]["code"] if k >= 5 and rng.random() < 0.5 else None
        errors.append(_error(rng, k, category, previous))
    return {
        "catalog": {
            "title": f"Synthetic catalog of {size} codes",
            "package": "pns_errors",
            "site_url": "https://pns-errors.example.org/",
            "version": "1.0.0",
            "languages": ["zh"],
            "require": ["fix_by", "retry"],
        },
        "categories": categories,
        "errors": errors,
    }


def make_project(dest: Path, catalog: dict[str, Any] | None) -> Path:
    dest.mkdir(parents=True)
    for name in project_files(REPO, ("releases",)):  # a synthetic catalog has no history
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, dest / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, dest / name)
    if catalog is not None:
        text = "# yaml-language-server: $schema=docs/errors.yaml.schema.json\n"
        text += yaml.safe_dump(catalog, sort_keys=False, allow_unicode=True, width=100)
        (dest / "errors.yaml").write_text(text, encoding="utf-8")
        # Guides link to real codes; a synthetic catalog has other codes.
        pages = [
            p for docs in ("docs", "docs-zh") for sub in ("guides", "tools") for p in (dest / docs / sub).glob("*.md")
        ]
        for path in pages:
            path.write_text(
                re.sub(r"\]\(\.\./errors/\d+\.md\)", "](../errors/index.md)", path.read_text("utf-8")), "utf-8"
            )
        for home in (dest / "docs/index.md", dest / "docs-zh/index.md"):
            home.write_text(re.sub(r"errors/(common|pns|\d+)\.md", "errors/index.md", home.read_text("utf-8")), "utf-8")
    return dest


# --- measuring -----------------------------------------------------------------


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env or ENV, timeout=3600)
    if done.returncode != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(map(str, args))}\n{done.stdout}\n{done.stderr}")
    return done


def timed(step: Callable[[], object], repeat: int, before: Callable[[], object] | None = None) -> float:
    """Median wall time of ``step`` in seconds; ``before`` runs untimed each time."""
    times = []
    for _ in range(repeat):
        if before:
            before()
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cpu_timed(step: Callable[[], object], repeat: int, before: Callable[[], object] | None = None) -> float:
    """Median CPU time (user and system) of the processes ``step`` runs: unlike wall time, it
    does not grow when other work shares the machine."""
    times = []
    for _ in range(repeat):
        if before:
            before()
        start = resource.getrusage(resource.RUSAGE_CHILDREN)
        step()
        end = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(end.ru_utime - start.ru_utime + end.ru_stime - start.ru_stime)
    return statistics.median(times)


def generator(root: Path, *args: str, cache: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**ENV, "PYTHONPATH": str(REPO)}
    if cache is not None:  # the Markdown audit's cache of texts proven safe (generator/sanitize.py)
        env["XDG_CACHE_HOME"] = str(cache)
    return run([sys.executable, "-m", "generator", "--root", str(root), *args], cwd=root, env=env)


class Trash:
    """Where the benchmark puts what it would delete, deleted only when it ends.

    On ext4 without a journal (this VM's disk), creating a file checks every free
    inode deleted in the last 1 to 6 minutes (ext4's ``recently_deleted``); after
    10,000 deletions, creating 10,000 files costs 2 to 4 s of kernel time instead of
    0.4 s. A user generating from scratch (a fresh clone) or building the site in CI
    deletes nothing first, so neither does the benchmark: it renames instead.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0

    def discard(self, path: Path) -> None:
        if path.exists():
            self.count += 1
            path.rename(self.folder / f"{self.count}-{path.name}")


def remove_generated(root: Path, trash: Trash) -> None:
    for path in generated_paths(root):
        trash.discard(path)


def generated_files(root: Path) -> list[tuple[str, bytes]]:
    """Every file the generator wrote, by path relative to ``root``, with its bytes."""
    found = []
    for path in generated_paths(root):
        paths = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        found.extend((p.relative_to(root).as_posix(), p.read_bytes()) for p in paths if p.exists())
    return found


LOOKUPS = """
import time
from pns_errors import ErrorCode
codes = [m.value for m in ErrorCode][:1000] + [7, 99999999]
n = 0
start = time.perf_counter()
while time.perf_counter() - start < 0.5:
    for c in codes:
        ErrorCode.get(c)
    n += len(codes)
print(n / (time.perf_counter() - start))
"""


def write_floor(root: Path, repeat: int, trash: Trash, atomic: bool = True) -> float:
    """Creating the files the generator writes, with the same bytes and folders, in plain
    Python: atomically as the generator replaces a file (a temporary file beside each,
    then a rename), or plainly (``atomic=False``: open, write, close), which is how it
    creates a generated folder that does not exist yet.

    On some disks creating files costs more than everything else the generator does;
    these floors, measured in the same run, tell the two apart.
    """
    files = generated_files(root)
    scratch = root / "write-floor"

    def create() -> None:
        made: set[Path] = set()
        for rel, data in files:
            path = scratch / rel
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            if not atomic:
                path.write_bytes(data)
                continue
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)

    return timed(create, repeat, before=lambda: trash.discard(scratch))


def measure_generate(root: Path, repeat: int, trash: Trash, cache: Path) -> dict[str, Any]:
    """The generator: first run, full run, run again, one edit, --check; ``cache`` is this
    catalog's cache folder (Markdown audit, Chinese cuts, the page manifest)."""
    figures: dict[str, Any] = {}
    remove_generated(root, trash)
    cpu: list[float] = []
    kernel: list[float] = []

    def forget_pages() -> None:  # what makes a run render every file (the page manifest, the
        # checked entries, the pieces of whole files); the other caches stay warm
        for pattern in ("pages-*.json", "entries-*.pickle", "fragments-*.pickle"):
            for manifest in (cache / "pns-errors").glob(pattern):
                trash.discard(manifest)

    def generate_everything() -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        generator(root, "-q", cache=cache)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime)
        kernel.append(after.ru_stime - before.ru_stime)

    # A fresh clone on a fresh machine: no output, no cache of any kind.
    figures["generate_cold_audit_s"] = timed(lambda: generator(root, "-q", cache=cache), 1)
    figures["generate_s"] = timed(
        generate_everything, repeat, before=lambda: (remove_generated(root, trash), forget_pages())
    )
    figures["generate_user_cpu_s"] = statistics.median(cpu)
    figures["generate_system_cpu_s"] = statistics.median(kernel)
    figures["write_floor_s"] = write_floor(root, repeat, trash)
    figures["plain_write_floor_s"] = write_floor(root, repeat, trash, atomic=False)
    figures["generate_minus_plain_floor_s"] = figures["generate_s"] - figures["plain_write_floor_s"]
    figures["again_s"] = timed(lambda: generator(root, "-q", cache=cache), repeat)
    figures["check_s"] = timed(lambda: generator(root, "--check", cache=cache), repeat)
    figures["check_no_cache_s"] = timed(lambda: generator(root, "--check", cache=cache), repeat, before=forget_pages)
    generator(root, "-q", cache=cache)
    figures.update(measure_edit(root, repeat, cache))
    figures["edit_ratio"] = figures["edit_one_s"] / figures["generate_s"]
    figures["check_ratio"] = figures["check_s"] / figures["generate_s"]
    # The same shares in CPU time, which other work on the machine does not inflate.
    full_cpu = figures["generate_user_cpu_s"] + figures["generate_system_cpu_s"]
    figures["check_cpu_ratio"] = cpu_timed(lambda: generator(root, "--check", cache=cache), repeat) / full_cpu
    original = (root / "errors.yaml").read_text(encoding="utf-8")
    edit = edit_message(root)
    figures["edit_cpu_ratio"] = cpu_timed(lambda: generator(root, "-q", cache=cache), repeat, before=edit) / full_cpu
    (root / "errors.yaml").write_text(original, encoding="utf-8")
    generator(root, "-q", cache=cache)
    return figures


def edit_message(root: Path) -> Callable[[], str]:
    """A function that edits the first code's English message again, returning the new message."""
    errors_yaml = root / "errors.yaml"
    original = errors_yaml.read_text(encoding="utf-8")
    message = re.search(r"^ +message: (.+)$", original, re.M)
    assert message
    counter = iter(range(10**6))

    def edit() -> str:
        new = f"{message.group(1)} v{next(counter)}"
        edited = original.replace(message.group(0), message.group(0).replace(message.group(1), new), 1)
        errors_yaml.write_text(edited, encoding="utf-8")
        return new

    return edit


def measure_edit(root: Path, repeat: int, cache: Path) -> dict[str, Any]:
    errors_yaml = root / "errors.yaml"
    original = errors_yaml.read_text(encoding="utf-8")
    written: list[int] = []

    def regenerate() -> None:
        out = generator(root, cache=cache).stdout
        written.append(int(re.findall(r"(\d+) file\(s\) changed", out)[-1]))

    edit = edit_message(root)
    seconds = timed(regenerate, repeat, before=edit)
    errors_yaml.write_text(original, "utf-8")
    generator(root, "-q", cache=cache)
    return {"edit_one_s": seconds, "edit_one_files": max(written)}


IMPORT_AND_LOCALIZE = """
import time
start = time.perf_counter()
from pns_errors import ErrorCode
member = next(iter(ErrorCode))
loaded = time.perf_counter()
member.localized("zh")
print((time.perf_counter() - loaded) * 1000)
"""


def measure_package(root: Path, repeat: int, floor: float) -> dict[str, Any]:
    """import pns_errors (its other languages are read on first use), and lookups."""
    env = {**ENV, "PYTHONPATH": str(root / "src")}
    run([sys.executable, "-c", IMPORT_AND_LOCALIZE], cwd=root, env=env)  # compile once, as an installed package is
    figures: dict[str, Any] = {}
    figures["import_s"] = timed(lambda: run([sys.executable, "-c", "import pns_errors"], cwd=root, env=env), repeat)
    figures["import_minus_floor_ms"] = (figures["import_s"] - floor) * 1000
    figures["first_localized_ms"] = statistics.median(
        float(run([sys.executable, "-c", IMPORT_AND_LOCALIZE], cwd=root, env=env).stdout) for _ in range(3)
    )
    figures["get_per_s"] = statistics.median(
        float(run([sys.executable, "-c", LOOKUPS], cwd=root, env=env).stdout) for _ in range(3)
    )
    return figures


def measure_site(root: Path, repeat: int, trash: Trash, zensical: bool) -> dict[str, Any]:
    """The full build of every language's site, by the command `make site` runs
    (generator/site.py: the builds side by side), into a new folder; beside it, its floor:
    MkDocs' own build of the English site alone, as `make site` began before."""
    figures: dict[str, Any] = {}
    out = root / "site"
    timings = root.parent / f"{root.name}-site-timings.json"
    env = {**ENV, "PYTHONPATH": str(REPO)}
    builds: dict[str, list[float]] = {"en": [], "zh": [], "cpu": [], "alone_cpu": []}

    def build_all() -> None:
        run([sys.executable, "-m", "generator.site", "-q", "--timings", str(timings)], cwd=root, env=env)
        report = json.loads(timings.read_text(encoding="utf-8"))
        for build in report["builds"]:
            builds["zh" if build["config"] == "mkdocs.zh.yml" else "en"].append(build["wall_s"])
        builds["cpu"].append(sum(build["cpu_s"] for build in report["builds"]))

    def english_alone() -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", "mkdocs.yml"], cwd=root)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        builds["alone_cpu"].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)

    times = max(1, repeat // 2)
    figures["mkdocs_en_alone_s"] = timed(english_alone, times, before=lambda: trash.discard(out))
    figures["mkdocs_en_alone_cpu_s"] = statistics.median(builds["alone_cpu"])
    figures["site_both_s"] = timed(build_all, times, before=lambda: trash.discard(out))
    figures["site_both_ratio"] = figures["site_both_s"] / figures["mkdocs_en_alone_s"]
    figures["site_both_cpu_s"] = statistics.median(builds["cpu"])
    figures["mkdocs_build_s"] = statistics.median(builds["en"])
    figures["mkdocs_zh_build_s"] = statistics.median(builds["zh"])
    first = min((p for p in (out / "errors").iterdir() if p.name.isdigit()), key=lambda p: int(p.name))
    figures["code_page_bytes"] = (first / "index.html").stat().st_size
    figures["search_index_bytes"] = (out / "search/search_index.json").stat().st_size
    figures["site_bytes"] = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    if zensical:  # the same docs with Zensical (it writes into site/ too, so after the sizes above)
        command = [sys.executable, "-m", "zensical", "build", "-f", str(root / "mkdocs.yml")]
        figures["zensical_build_s"] = timed(
            lambda: run(command, cwd=root), max(1, repeat // 2), before=lambda: trash.discard(out)
        )
    return figures


def measure_serve(root: Path, cache: Path, repeat: int = 3, limit: float = 3600) -> dict[str, Any]:
    """`make serve` (the watcher and generator.serve, English): from saving one message edit to
    its code page being served with the new message, and to the pages that list every code (the
    index, and the support guide when it shows that code; the server converts them last) showing
    it too (medians of ``repeat`` edits), and the CPU time the watcher and the server spent until then."""
    port = _free_port()
    env = {**ENV, "PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(cache)}
    commands = [
        [sys.executable, "-m", "generator", "--root", str(root), "--watch"],
        [sys.executable, "-m", "generator.serve", "-f", str(root / "mkdocs.yml"), "--dev-addr", f"127.0.0.1:{port}"],
    ]
    processes = [
        subprocess.Popen(c, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for c in commands
    ]
    errors_yaml = root / "errors.yaml"
    original = errors_yaml.read_text(encoding="utf-8")
    code = re.search(r"^ *- code: (\d+)$", original, re.M)
    assert code
    url = f"http://127.0.0.1:{port}/errors/{code.group(1)}/"
    base = f"http://127.0.0.1:{port}/"
    try:
        start = time.perf_counter()
        _wait_for(url, "", limit)
        figures: dict[str, Any] = {"serve_start_s": time.perf_counter() - start}
        edit = edit_message(root)
        times: list[float] = []
        everywhere: list[float] = []
        cpus: list[float] = []
        for _ in range(repeat):
            time.sleep(2)  # the watcher has taken its stamps, the server is idle
            before = _cpu_seconds(processes)
            new = html.escape(edit(), quote=False)
            start = time.perf_counter()
            _wait_for(url, new, limit)
            times.append(time.perf_counter() - start)
            support = (root / "docs/guides/support.md").read_text(encoding="utf-8")  # written before the page
            for page in ["errors/", *(["guides/support/"] if new in support else [])]:
                _wait_for(base + page, new, limit)
            everywhere.append(time.perf_counter() - start)
            after = _cpu_seconds(processes)
            if before is not None and after is not None:
                cpus.append(after - before)
        figures["serve_edit_s"] = statistics.median(times)
        figures["serve_all_s"] = statistics.median(everywhere)
        if cpus:
            figures["serve_edit_cpu_s"] = statistics.median(cpus)
        return figures
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=60)
        errors_yaml.write_text(original, "utf-8")


def _cpu_seconds(processes: list[subprocess.Popen[bytes]]) -> float | None:
    """User and kernel CPU time these processes have used so far (Linux's /proc; None elsewhere)."""
    try:
        ticks = 0
        for process in processes:
            fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime and stime, fields 14 and 15 of proc(5)
        return ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(url: str, text: str, limit: float) -> None:
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if text in response.read().decode("utf-8"):
                    return
        except (OSError, ValueError):
            pass
        time.sleep(0.1)
    raise SystemExit(f"benchmark step failed: {url} did not show {text!r} within {limit} s")


def measure(label: str, root: Path, options: argparse.Namespace, floor: float, trash: Trash) -> dict[str, Any]:
    """Every figure of one catalog, in one copy of the project with its own cache folder."""
    cache = root.parent / f"{root.name}-cache"
    figures: dict[str, Any] = {"label": label}
    figures.update(measure_generate(root, options.repeat, trash, cache))
    figures.update(measure_package(root, options.repeat, floor))
    size = len(re.findall(r"^ *- code: ", (root / "errors.yaml").read_text(encoding="utf-8"), re.M))
    if not options.no_site and size <= options.site_max:
        figures.update(measure_site(root, options.repeat, trash, not options.no_zensical))
    if not options.no_serve and size <= options.serve_max:
        figures.update(measure_serve(root, cache, options.repeat))
    return figures


# --- report --------------------------------------------------------------------

TARGETS = {
    "generate_cold_audit_s": ("first run: no output, no cache of any kind", "(a fresh clone on a fresh machine)"),
    "generate_s": ("full generate: every file rendered (caches warm, no page cache)", "the denominator below"),
    "generate_user_cpu_s": ("  of which user CPU time", "(the disk's share is kernel time)"),
    "generate_system_cpu_s": ("  and kernel time", "(creating files, mostly)"),
    "write_floor_s": ("floor: create the same files atomically in plain Python", ""),
    "plain_write_floor_s": ("floor: create the same files plainly (no temporary file)", ""),
    "generate_minus_plain_floor_s": ("full generate − plain-write floor", ""),
    "again_s": ("run again, nothing changed", ""),
    "edit_one_s": ("regenerate after one message edit", "≤ 10 % of full generate at 10,000"),
    "edit_ratio": ("  as a share of full generate", "≤ 10 % at 10,000"),
    "edit_one_files": ("files written by that edit", "only files whose bytes change"),
    "check_s": ("--check when in sync", "≤ 50 % of full generate at 10,000"),
    "check_ratio": ("  as a share of full generate", "≤ 50 % at 10,000"),
    "edit_cpu_ratio": ("one edit's share of full generate, in CPU time", "≤ 10 % at 10,000"),
    "check_cpu_ratio": ("--check's share of full generate, in CPU time", "≤ 50 % at 10,000"),
    "check_no_cache_s": ("--check in sync without the page cache (CI, a fresh clone)", ""),
    "import_minus_floor_ms": ("import pns_errors − floor (ms)", "≤ 10 ms at the seed, ≤ 150 ms at 10,000"),
    "first_localized_ms": ('first localized("zh") after the import (ms)', "(reads the Chinese texts)"),
    "get_per_s": ("ErrorCode.get lookups/s", "≥ 1,000,000"),
    "mkdocs_en_alone_s": ("floor: mkdocs build of the English site alone", "the denominator below"),
    "mkdocs_en_alone_cpu_s": ("  its CPU time", ""),
    "site_both_s": ("make site: full build of both languages (mkdocs, side by side)", ""),
    "site_both_ratio": ("  as a share of the English site alone", "≤ 100 % at 10,000"),
    "site_both_cpu_s": ("  its CPU time, both builds", ""),
    "mkdocs_build_s": ("  the English build, beside the Chinese one", ""),
    "mkdocs_zh_build_s": ("  the Chinese build, beside the English one", ""),
    "zensical_build_s": ("zensical build, English (the same docs)", ""),
    "serve_start_s": ("make serve: first page served", ""),
    "serve_edit_s": ("make serve: a message edit saved → its page served", "≤ 3 s at 2,000, ≤ 8 s at 10,000"),
    "serve_all_s": ("  and the index and the support guide too (the biggest pages, converted last)", ""),
    "serve_edit_cpu_s": (
        "  CPU time of the watcher and the server until then",
        "(the machine is shared: wall times vary)",
    ),
    "code_page_bytes": ("one code page's HTML (bytes)", ""),
    "search_index_bytes": ("search index (bytes)", ""),
    "site_bytes": ("whole site, English (bytes)", ""),
}


def fmt(key: str, value: float) -> str:
    if key == "get_per_s":
        return f"{value:,.0f}"
    if key.endswith("_ratio"):
        return f"{value:.0%}"
    if key.endswith("_s"):
        return f"{value:.3f} s"
    if key.endswith("_ms"):
        return f"{value:.1f}"
    if key == "get_per_s":
        return f"{value:,.0f}"
    return f"{value:,.0f}"


def table(results: list[dict[str, Any]], floors: dict[str, float]) -> list[str]:
    labels = [r["label"] for r in results]
    lines = [
        f"| figure | {' | '.join(labels)} | target |",
        "|---|" + "---:|" * len(labels) + "---|",
    ]
    for key, (name, target) in TARGETS.items():
        cells = []
        for r in results:
            if key not in r:
                cells.append("–")
                continue
            cell = fmt(key, r[key])
            if key in ("generate_s", "again_s", "check_s", "edit_one_s", "check_no_cache_s"):
                cell += f" ({r[key] / floors['yaml_jinja_s']:.1f}× floor)"
            cells.append(cell)
        lines.append(f"| {name} | {' | '.join(cells)} | {target} |")
    if len(results) >= 3:
        small, big = results[-2], results[-1]
        cells = [
            f"{key.removesuffix('_s')} {big[key] / small[key]:.1f}"
            for key in ("generate_s", "write_floor_s", "check_s", "edit_one_s", "site_both_s")
            if key in small and key in big
        ]
        lines.append(f"| time ratio {big['label']} / {small['label']} | {', '.join(cells)} | | ≤ 12 (linear) |")
    return lines


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
        cpu = model
    except (OSError, StopIteration):
        pass
    return (
        f"{os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}, Python {platform.python_version()}"
    )


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="2000,10000", help="comma-separated catalog sizes (default 2000,10000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the median is reported")
    parser.add_argument("--no-site", action="store_true", help="skip the site builds")
    parser.add_argument(
        "--site-max", type=int, default=10**9, help="build the sites only for catalogs up to this many codes"
    )
    parser.add_argument("--no-zensical", action="store_true", help="skip the Zensical build")
    parser.add_argument("--no-serve", action="store_true", help="skip the make serve latency")
    parser.add_argument(
        "--serve-max", type=int, default=10**9, help="measure make serve only for catalogs up to this many codes"
    )
    parser.add_argument("--finder-mb", type=float, default=100, help="size of the log for `explain` (default 100)")
    parser.add_argument(
        "--search-queries",
        type=int,
        default=0,
        help="run only the first N queries of each language of tests/search_queries.tsv (default: all)",
    )
    parser.add_argument("--no-search", action="store_true", help="skip the search-quality measurement")
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument("--page", type=Path, help="write the site's Performance page here")
    parser.add_argument(
        "--rewrite-page",
        type=Path,
        metavar="JSON",
        help="measure nothing: write the Performance page (--page, default docs/performance.md) from the "
        "figures a run saved with --json, after an edit of benchmarks/performance.md.in",
    )
    return parser.parse_args()


def main() -> int:
    args = arguments()
    if args.rewrite_page:  # the page's words changed, not what was measured
        report = json.loads(args.rewrite_page.read_text(encoding="utf-8"))
        (args.page or REPO / "docs/performance.md").write_text(page(report, report_lines(report)), encoding="utf-8")
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    floors = {
        "python_s": timed(lambda: run([sys.executable, "-c", "pass"], cwd=REPO), max(args.repeat, 5)),
        "yaml_jinja_s": timed(
            lambda: run([sys.executable, "-c", "import yaml, jinja2"], cwd=REPO), max(args.repeat, 5)
        ),
    }
    results = []
    with tempfile.TemporaryDirectory(prefix="pns-bench-") as tmp:
        trash = Trash(Path(tmp) / "trash")
        trash.folder.mkdir()
        for label, catalog in [("real (18)", None)] + [(f"{n:,}", synthesize(n)) for n in sizes]:
            print(f"measuring {label} ...", file=sys.stderr, flush=True)
            root = make_project(Path(tmp) / re.sub(r"\W", "", label), catalog)
            results.append(measure(label, root, args, floors["python_s"], trash))
            trash.discard(root)
    print("measuring the finder ...", file=sys.stderr, flush=True)
    finder = measure_finder(args.finder_mb, args.repeat)
    search = {} if args.no_search else measure_search(args.search_queries)
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    report = {
        "date": when,
        "machine": machine(),
        "repeat": args.repeat,
        "floors": floors,
        "results": results,
        "finder": finder,
        "search": search,
    }
    lines = report_lines(report)
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.page:
        args.page.write_text(page(report, lines), encoding="utf-8")
    return 0


def report_lines(report: dict[str, Any]) -> list[str]:
    """The tables of a run, as printed and as the Performance page shows them."""
    floors, finder, search = report["floors"], report["finder"], report["search"]
    return [
        f"Floors: `python -c pass` {floors['python_s'] * 1000:.1f} ms, "
        f'`python -c "import yaml, jinja2"` {floors["yaml_jinja_s"] * 1000:.1f} ms. '
        f"Medians of {report['repeat']} runs.",
        "",
        *table(report["results"], floors),
        "",
        f"`pns-errors explain` over {finder['megabytes']:.0f} MB logs of {len(finder['shapes'])} shapes, "
        f"the slowest ({finder['slowest']}): {finder['mb_per_s']:.1f} MB/s ({finder['seconds']:.2f} s), "
        f"peak RSS {finder['peak_rss_mb']:.1f} MB (targets: ≥ 30 MB/s, < 50 MB).",
        "",
        "| log shape | MB/s | seconds | peak RSS (MB) |",
        "|---|---:|---:|---:|",
        *(
            f"| {shape} | {f['mb_per_s']:.1f} | {f['seconds']:.2f} | {f['peak_rss_mb']:.1f} |"
            for shape, f in finder["shapes"].items()
        ),
        "",
        *search_table(search),
    ]


MAXRSS = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _synthetic_line(rng: random.Random, n: int) -> str:
    """The benchmark's first log: mostly lines without codes, 3% with a code and a requestId, some envelopes."""
    roll = rng.random()
    if roll < 0.6:
        return f"2026-11-28 10:{n % 60:02d}:07,{n % 1000:03d} INFO  bindAXB ok bindId=b-{n} did=852{n % 10**8}\n"
    if roll < 0.97:
        return f"2026-11-28 10:{n % 60:02d}:07,{n % 1000:03d} DEBUG GET /v1/numbers?limit=100 200 in {n % 999} ms\n"
    if roll < 0.99:
        return f"2026-11-28 10:00:07,123 WARN  bindAXB failed code={rng.choice([1003, 10009])} requestId={n}\n"
    return f'{{"code": {rng.choice([1004, 10099])}, "msg": "x", "requestId": "{n}", "data": null}}\n'


# Ordinary service lines: words ending in `e` before numbers (phone, size, line, file, time), units.
_PLAIN = [
    "request {r} served in {ms} ms for user {u} phone 852{p} size {kb} kB",
    "cache hit for route /v1/numbers line {ln} of the queue, store time {ms} ms",
    "user {u} logged in from 10.{a}.{b}.7 on device Pixel 8 at line {ln}",
    "upstream response 200 OK in {ms} ms, payload size {kb} kB, retries 0, phone 852{p}",
    "scheduled job sync-numbers finished: {u} rows, time {ms} ms, file batch-{r}.csv",
]
_PLAIN_ERROR = [
    "bindAXB failed code={code} requestId={r}",
    "PNS error {code} for user {u}, requestId {r}",
    "upstream said: Invalid signature (requestId {r})",
]


def _plain_line(rng: random.Random, n: int) -> str:
    """Plain English service lines with numbers, units and phones; about 2% error lines."""
    stamp = f"2026-11-30 10:{n % 60:02d}:{n % 59:02d}"
    values = {
        "r": n % 10**9,
        "ms": n % 997,
        "u": n % 9973,
        "p": n % 10**8,
        "kb": n % 512,
        "ln": n % 300,
        "a": n % 250,
        "b": n % 200,
        "code": rng.choice([1003, 10004, 10009, 10013]),
    }
    if rng.random() < 0.02:
        return f"{stamp} ERROR " + rng.choice(_PLAIN_ERROR).format(**values) + "\n"
    return f"{stamp} INFO " + rng.choice(_PLAIN).format(**values) + "\n"


def _json_line(rng: random.Random, n: int) -> str:
    """JSON lines as a structured logger writes them; about 2% carry an error envelope (some without a code)."""
    roll = rng.random()
    head = f'{{"ts": "2026-11-30T10:{n % 60:02d}:{n % 59:02d}.{n % 1000:03d}Z", "level": '
    if roll < 0.01:
        return (
            head + f'"error", "response": {{"code": {rng.choice([1003, 10013])}, "msg": "x", "requestId": "{n}"}}}}\n'
        )
    if roll < 0.02:
        return head + f'"error", "response": {{"msg": "binding not exist", "requestId": "{n}"}}}}\n'
    return (
        head + f'"info", "path": "/v1/numbers", "status": 200, "duration_ms": {n % 997}, '
        f'"user": {n % 9973}, "phone": "852{n % 10**8}", "bytes": {n % 65536}}}\n'
    )


_ZH = [
    "请求 {r} 处理完成，耗时 {ms} 毫秒，用户 {u}，号码 852{p}",
    "号码池同步完成：共 {u} 条，用时 {ms} 毫秒，文件 batch-{r}.csv",
    "用户 {u} 从 10.{a}.7.1 登录，设备 Pixel 8，第 {ln} 行",
]
_ZH_ERROR = ["绑定失败 错误码：{code} requestId={r}", "调用失败，code={code}，签名无效", "接口返回：签名无效"]


def _chinese_line(rng: random.Random, n: int) -> str:
    """Chinese service lines (numbers, phones, full-width punctuation); about 2% error lines."""
    stamp = f"2026-11-30 10:{n % 60:02d}:{n % 59:02d}"
    values = {"r": n % 10**9, "ms": n % 997, "u": n % 9973, "p": n % 10**8, "a": n % 250, "ln": n % 300}
    if rng.random() < 0.02:
        return f"{stamp} 错误 " + rng.choice(_ZH_ERROR).format(code=rng.choice([1003, 10004]), **values) + "\n"
    return f"{stamp} 信息 " + rng.choice(_ZH).format(**values) + "\n"


LOG_SHAPES: dict[str, Callable[[random.Random, int], str]] = {
    "synthetic": _synthetic_line,
    "plain English": _plain_line,
    "JSON lines": _json_line,
    "Chinese": _chinese_line,
}


def write_log(path: Path, megabytes: float, seed: int = 3, shape: str = "synthetic") -> int:
    """A service log of ``megabytes`` (UTF-8 bytes) in one of LOG_SHAPES."""
    rng = random.Random(seed)
    make = LOG_SHAPES[shape]
    size = 0
    with path.open("w", encoding="utf-8") as log:
        while size < megabytes * 1024 * 1024:
            line = make(rng, rng.randint(10**17, 10**18))
            log.write(line)
            size += len(line.encode("utf-8"))
    return size


def measure_finder(megabytes: float, repeat: int) -> dict[str, Any]:
    """`pns-errors explain` over a log of each shape: MB/s and the peak memory of the process.

    The figure reported is the slowest shape's (``mb_per_s``), with every shape in ``shapes``."""
    shapes = {}
    with tempfile.TemporaryDirectory(prefix="pns-finder-") as tmp:
        for shape in LOG_SHAPES:
            log = Path(tmp) / (re.sub(r"\W", "-", shape) + ".log")
            size = write_log(log, megabytes, shape=shape)
            command = [sys.executable, "-m", "pns_errors", "explain", str(log)]
            env = {**ENV, "PYTHONPATH": str(REPO / "src")}
            seconds = timed(lambda command=command, env=env: run(command, cwd=REPO, env=env), repeat)
            rss_kb = int(run([sys.executable, "-c", MAXRSS, *command], cwd=REPO, env=env).stdout)
            shapes[shape] = {
                "megabytes": size / 2**20,
                "seconds": seconds,
                "mb_per_s": size / 2**20 / seconds,
                "peak_rss_mb": rss_kb / 1024,
            }
            log.unlink()
    slowest = min(shapes, key=lambda shape: shapes[shape]["mb_per_s"])
    return {**shapes[slowest], "slowest": slowest, "shapes": shapes}


def measure_search(per_language: int = 0) -> dict[str, Any]:
    """The query set (tests/search_queries.tsv) through the real site's search, built by each
    engine, in headless Chromium: top-1, top-3 and mean reciprocal rank per engine and language."""
    sys.path.insert(0, str(REPO / "tests"))
    import search_quality  # tests/search_quality.py, shared with the browser test

    if not Path("/usr/bin/chromium").exists():
        return {"skipped": "no Chromium at /usr/bin/chromium"}
    queries = search_quality.load()
    if per_language:  # the first N of each language (make test runs a few, so that this cannot rot)
        seen: dict[str, int] = {}
        kept = []
        for query in queries:
            seen[query.language] = seen.get(query.language, 0) + 1
            if seen[query.language] <= per_language:
                kept.append(query)
        queries = kept
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="pns-search-") as tmp:
        root = make_project(Path(tmp) / "project", None)
        for engine in ("mkdocs", "zensical"):
            print(f"measuring the search ({engine}) ...", file=sys.stderr, flush=True)
            site = Path(tmp) / engine
            for config in sorted(root.glob("mkdocs*.yml")):
                language = config.name.split(".")[1] if config.name.count(".") == 2 else ""
                if engine == "mkdocs":
                    out = site / language if language else site
                    run(
                        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "--site-dir", str(out)],
                        cwd=root,
                    )
                else:
                    run([sys.executable, "-m", "zensical", "build", "-f", str(config)], cwd=root)
            if engine == "zensical":
                shutil.copytree(root / "site", site)
            for language, (chosen, ranked) in search_quality.measure(site, engine, queries).items():
                rates = search_quality.rate(chosen, ranked)
                results[f"{engine} {language}"] = {
                    "queries": len(chosen),
                    "top1": rates.top1,
                    "top3": rates.top3,
                    "mrr": rates.mrr,
                    "misses": rates.misses,
                    "false_finds": rates.false_finds,
                }
    return results


def search_table(search: dict[str, Any]) -> list[str]:
    if not search:
        return []
    if "skipped" in search:
        return [f"Search quality: not measured ({search['skipped']})."]
    lines = [
        "Search quality, tests/search_queries.tsv through each engine's site search "
        "(targets: top-1 ≥ 95 %, top-3 = 100 %, no code page for a query meant to find nothing):",
        "",
        "| engine, language | queries | top-1 | top-3 | MRR | found a code page for nothing |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for key, r in search.items():
        lines.append(
            f"| {key} | {r['queries']} | {r['top1']:.1%} | {r['top3']:.1%} | {r['mrr']:.3f} | {len(r['false_finds'])} |"
        )
    for key, r in search.items():
        lines += [f"- {key}: first result not accepted: {m}" for m in r["misses"]]
        lines += [f"- {key}: a code page for {m}" for m in r["false_finds"]]
    return lines


def page(report: dict[str, Any], lines: list[str]) -> str:
    template = (Path(__file__).parent / "performance.md.in").read_text(encoding="utf-8")
    return template.format(date=report["date"], machine=report["machine"], table="\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
