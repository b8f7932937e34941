"""make bench keeps working: run it once at a tiny size (its figures are not asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.slow  # runs the benchmark


def test_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    page = tmp_path / "performance.md"
    done = subprocess.run(
        [
            sys.executable,
            "benchmarks/bench.py",
            "--sizes",
            "25",
            "--repeat",
            "1",
            "--finder-mb",
            "0.2",
            "--search-queries",
            "2",
            "--json",
            str(out),
            "--page",
            str(page),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [r["label"] for r in report["results"]] == ["real (18)", "25"]
    expected = {
        "generate_cold_audit_s",
        "generate_s",
        "again_s",
        "plain_write_floor_s",
        "generate_minus_plain_floor_s",
        "check_s",
        "check_no_cache_s",
        "edit_one_s",
        "edit_one_files",
        "edit_ratio",
        "check_ratio",
        "edit_cpu_ratio",
        "check_cpu_ratio",
        "import_minus_floor_ms",
        "first_localized_ms",
        "get_per_s",
    }
    expected |= {"site_both_s", "mkdocs_build_s", "mkdocs_zh_build_s", "zensical_build_s", "code_page_bytes"}
    expected |= {"search_index_bytes", "site_bytes", "serve_start_s", "serve_edit_s", "serve_all_s"}
    expected |= {"mkdocs_en_alone_s", "mkdocs_en_alone_cpu_s", "site_both_ratio", "site_both_cpu_s"}
    for result in report["results"]:
        assert expected <= set(result)
    assert "| regenerate after one message edit |" in done.stdout
    assert report["finder"]["megabytes"] >= 0.2 and report["finder"]["peak_rss_mb"] > 0
    assert "`pns-errors explain` over" in done.stdout and "the slowest" in done.stdout
    assert set(report["finder"]["shapes"]) == {"synthetic", "plain English", "JSON lines", "Chinese"}
    if "skipped" not in report["search"]:  # no Chromium here
        assert set(report["search"]) == {"mkdocs en", "mkdocs zh", "zensical en", "zensical zh"}
        assert "| mkdocs zh | 2 |" in done.stdout
    assert report["machine"] in page.read_text(encoding="utf-8")
