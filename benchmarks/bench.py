"""make bench: how generation, the package and the site scale from 18 to 10,000 codes.

Synthesizes catalogs of each size in temporary copies of the project, next to the
real catalog, and measures every step in one run, each repeated and reported as a
median, with its ratio to the floors measured in the same run. Prints a table and
writes the figures as JSON (--json PATH) and, optionally, the site's Performance
page (--page docs/performance.md).

    python benchmarks/bench.py                     # 1,000 and 10,000 codes
    python benchmarks/bench.py --sizes 30 --repeat 1 --json /tmp/b.json   # what make test runs
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
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


def synthesize(size: int, seed: int = 7) -> dict[str, Any]:
    """A catalog of ``size`` codes in five categories, with realistic text lengths."""
    rng = random.Random(seed)
    categories = [
        {
            "id": f"cat{i}",
            "title": f"Category {i} errors",
            "description": f"Errors of product {i}.\n",
            "range": [(i + 1) * 100_000, (i + 1) * 100_000 + 99_999],
        }
        for i in range(5)
    ]
    errors = []
    names: set[str] = set()
    for k in range(size):
        category = categories[k % 5]
        code = category["range"][0] + 1 + k // 5
        words = rng.sample(WORDS, rng.randint(3, 6))
        name = "_".join(w.upper() for w in words[:3]) + f"_{k}"
        names.add(name)
        message = " ".join(words).capitalize()
        solution = (
            f"The {words[0]} of the {words[1]} is not accepted. Check the `{words[2]}` field of the "
            f"request body and the {rng.choice(WORDS)} header, then send the request again.\n\n"
            f"1. Read the [calling conventions](../guides/calling-conventions.md#public-headers) for "
            f"the {rng.choice(WORDS)} rules.\n"
            f"2. Compare the {rng.choice(WORDS)} with the value shown for the account; a mismatch "
            f"is the usual cause.\n"
            f"3. If it keeps failing, contact support with the `requestId` "
            f"(see [the support guide](https://example.org/support/{k})).\n\n"
            f"- **Tip:** the {rng.choice(WORDS)} must not be empty.\n"
            f"- The {rng.choice(WORDS)} is limited to {rng.randint(10, 1000)} characters.\n"
        )
        errors.append(
            {
                "code": code,
                "name": name,
                "category": category["id"],
                "since": "1.0.0",
                "message": message,
                "description": f"The {words[0]} {words[1]} could not be used.\n",
                "solution": solution,
            }
        )
    return {
        "catalog": {
            "title": f"Synthetic catalog of {size} codes",
            "package": "pns_errors",
            "site_url": "https://pns-errors.example.org/",
            "version": "1.0.0",
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
        for path in [*(dest / "docs/guides").glob("*.md"), *(dest / "docs/tools").glob("*.md")]:
            path.write_text(
                re.sub(r"\]\(\.\./errors/\d+\.md\)", "](../errors/index.md)", path.read_text("utf-8")), "utf-8"
            )
        home = dest / "docs/index.md"
        home.write_text(
            home.read_text("utf-8")
            .replace("errors/common.md", "errors/index.md")
            .replace("errors/pns.md", "errors/index.md"),
            "utf-8",
        )
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


def measure(label: str, root: Path, repeat: int, floor: float, site: bool, trash: Trash) -> dict[str, Any]:
    figures: dict[str, Any] = {"label": label}
    remove_generated(root, trash)
    cpu: list[float] = []
    kernel: list[float] = []

    def generate_from_scratch() -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        generator(root, "-q")
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime)
        kernel.append(after.ru_stime - before.ru_stime)

    # Once with an empty Markdown-audit cache: every text rendered and audited, as on a fresh machine.
    with tempfile.TemporaryDirectory() as cold:
        remove_generated(root, trash)
        figures["generate_cold_audit_s"] = timed(lambda: generator(root, "-q", cache=Path(cold)), 1)
    figures["generate_s"] = timed(generate_from_scratch, repeat, before=lambda: remove_generated(root, trash))
    figures["generate_user_cpu_s"] = statistics.median(cpu)
    figures["generate_system_cpu_s"] = statistics.median(kernel)
    figures["write_floor_s"] = write_floor(root, repeat, trash)
    figures["plain_write_floor_s"] = write_floor(root, repeat, trash, atomic=False)
    figures["generate_minus_plain_floor_s"] = figures["generate_s"] - figures["plain_write_floor_s"]
    figures["check_s"] = timed(lambda: generator(root, "--check"), repeat)
    errors_yaml = root / "errors.yaml"
    original = errors_yaml.read_text(encoding="utf-8")
    message = re.search(r"^ +message: (.+)$", original, re.M)
    assert message
    counter = iter(range(10**6))

    def edit() -> None:
        errors_yaml.write_text(original.replace(message.group(0), f"{message.group(0)} v{next(counter)}", 1), "utf-8")

    written: list[int] = []

    def regenerate() -> None:
        out = generator(root).stdout
        written.append(int(re.findall(r"(\d+) file\(s\) changed", out)[-1]))

    figures["edit_one_s"] = timed(regenerate, repeat, before=edit)
    figures["edit_one_files"] = max(written)
    errors_yaml.write_text(original, "utf-8")
    generator(root, "-q")
    env = {**ENV, "PYTHONPATH": str(root / "src")}
    run([sys.executable, "-c", "import pns_errors"], cwd=root, env=env)  # compile once, as an installed package is
    figures["import_s"] = timed(lambda: run([sys.executable, "-c", "import pns_errors"], cwd=root, env=env), repeat)
    figures["import_minus_floor_ms"] = (figures["import_s"] - floor) * 1000
    figures["get_per_s"] = statistics.median(
        float(run([sys.executable, "-c", LOOKUPS], cwd=root, env=env).stdout) for _ in range(3)
    )
    if site:
        out = root / "site"
        build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(out)]
        # Into a new folder each time, as on a fresh checkout (see Trash).
        figures["mkdocs_build_s"] = timed(
            lambda: run(build, cwd=root), max(1, repeat // 2), before=lambda: trash.discard(out)
        )
        first = min((p for p in (out / "errors").iterdir() if p.name.isdigit()), key=lambda p: int(p.name))
        figures["code_page_bytes"] = (first / "index.html").stat().st_size
        figures["search_index_bytes"] = (out / "search/search_index.json").stat().st_size
        figures["site_bytes"] = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        # The same docs with Zensical (it writes into site/ too, so after the sizes above).
        zensical = [sys.executable, "-m", "zensical", "build", "-f", str(root / "mkdocs.yml")]
        figures["zensical_build_s"] = timed(
            lambda: run(zensical, cwd=root), max(1, repeat // 2), before=lambda: trash.discard(out)
        )
    return figures


# --- report --------------------------------------------------------------------

TARGETS = {
    "generate_s": ("generate from scratch", "≤ 3 s at 10,000"),
    "generate_user_cpu_s": ("  of which user CPU time", "(the disk's share is kernel time)"),
    "generate_system_cpu_s": ("  and kernel time", "(creating files, mostly)"),
    "generate_cold_audit_s": ("generate, empty Markdown-audit cache", "(every text rendered and audited once)"),
    "write_floor_s": ("floor: create the same files atomically in plain Python", ""),
    "plain_write_floor_s": ("floor: create the same files plainly (no temporary file)", ""),
    "generate_minus_plain_floor_s": ("generate from scratch − plain-write floor", "≤ 1.0 s at 10,000"),
    "check_s": ("--check when in sync", "≤ 1.5 × yaml+jinja2 floor (real)"),
    "edit_one_s": ("regenerate after one edit", ""),
    "edit_one_files": ("files written by that edit", "only changed files (≤ 5)"),
    "import_minus_floor_ms": ("import pns_errors − floor (ms)", "≤ 10 ms real, ≤ 150 ms at 10,000"),
    "get_per_s": ("ErrorCode.get lookups/s", "≥ 1,000,000"),
    "mkdocs_build_s": ("mkdocs build", "≤ 45 s at 10,000"),
    "zensical_build_s": ("zensical build (the same docs)", "reported at 1,000"),
    "code_page_bytes": ("one code page's HTML (bytes)", "≤ 1.1 × the real catalog's"),
    "search_index_bytes": ("search index (bytes)", ""),
    "site_bytes": ("whole site (bytes)", ""),
}


def fmt(key: str, value: float) -> str:
    if key == "get_per_s":
        return f"{value:,.0f}"
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
            if key in ("generate_s", "check_s", "edit_one_s"):
                cell += f" ({r[key] / floors['yaml_jinja_s']:.1f}× floor)"
            cells.append(cell)
        lines.append(f"| {name} | {' | '.join(cells)} | {target} |")
    if len(results) >= 3:
        small, big = results[-2], results[-1]
        cells = [
            f"{key.removesuffix('_s')} {big[key] / small[key]:.1f}"
            for key in ("generate_s", "write_floor_s", "check_s", "edit_one_s", "mkdocs_build_s")
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated catalog sizes (default 1000,10000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure; the median is reported")
    parser.add_argument("--no-site", action="store_true", help="skip mkdocs build")
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
    args = parser.parse_args()
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
            results.append(measure(label, root, args.repeat, floors["python_s"], not args.no_site, trash))
            trash.discard(root)
    print("measuring the finder ...", file=sys.stderr, flush=True)
    finder = measure_finder(args.finder_mb, args.repeat)
    search = {} if args.no_search else measure_search(args.search_queries)
    lines = [
        f"Floors: `python -c pass` {floors['python_s'] * 1000:.1f} ms, "
        f'`python -c "import yaml, jinja2"` {floors["yaml_jinja_s"] * 1000:.1f} ms. '
        f"Medians of {args.repeat} runs.",
        "",
        *table(results, floors),
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
    print("\n".join(lines))
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
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.page:
        args.page.write_text(page(report, lines), encoding="utf-8")
    return 0


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
