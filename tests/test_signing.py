"""Signing requests and diagnosing 1003, in Python, the CLI and the site's tool (one table of cases)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import browser, serve

from conftest import REPO
from pns_errors.signing import diagnose, sign, signed_headers, string_to_sign

CASES = json.loads((REPO / "tests/signing_cases.json").read_text(encoding="utf-8"))
VECTORS, MISTAKES, NOW = CASES["vectors"], CASES["mistakes"], CASES["now_ms"]


@pytest.mark.parametrize("v", VECTORS, ids=[v["name"] for v in VECTORS])
def test_python_vectors(v: dict[str, Any]) -> None:
    assert string_to_sign(v["headers"], v["body"], v["secret"], form=v["form"]) == v["string_to_sign"]
    assert sign(v["headers"], v["body"], v["secret"], v["algorithm"], form=v["form"]) == v["sign"]
    assert sign(v["headers"], v["body"].encode("utf-8"), v["secret"], v["algorithm"], form=v["form"]) == v["sign"]


@pytest.mark.parametrize("m", MISTAKES, ids=[f"{i}-{m['kind']}" for i, m in enumerate(MISTAKES)])
def test_python_names_each_mistake(m: dict[str, Any]) -> None:
    findings = diagnose(m["headers"], m["body"], m["secret"], form=m["form"], now_ms=NOW)
    assert findings[0].kind == m["kind"], findings
    if "kinds" in m:  # every finding, the ts's last
        assert [f.kind for f in findings] == m["kinds"], findings


def test_signed_headers_are_ready_to_send() -> None:
    headers = signed_headers(
        "fme2na3kdi3ki", "abciiiko2k3", "send", '{"name":"牛小信","id":10001}', biz_type=1, ts=1655710885431
    )
    assert headers == {
        "accessKey": "fme2na3kdi3ki",
        "action": "send",
        "bizType": "1",
        "ts": "1655710885431",
        "sign": "87c3560d3331ae23f1021e2025722354",  # the documentation's example
        "algorithm": "md5",
    }
    now = signed_headers("k", "s", "bindAXB")
    assert len(now["ts"]) == 13 and abs(int(now["ts"]) - time.time() * 1000) < 3_600_000  # milliseconds, today


def test_the_algorithm_header_decides_the_hash() -> None:
    # Bug caught: sign() ignored headers["algorithm"] and made an MD5 sign for a request
    # that says sha256, which the server answers with 1003.
    sha = next(v for v in VECTORS if v["algorithm"] == "sha256")
    headers = {**sha["headers"], "algorithm": "sha256"}
    assert sign(headers, sha["body"], sha["secret"]) == sha["sign"]
    assert sign({**headers, "algorithm": " SHA256 "}, sha["body"], sha["secret"], "sha256") == sha["sign"]
    md5 = next(v for v in VECTORS if v["algorithm"] == "md5" and not v["form"])
    assert sign(md5["headers"], md5["body"], md5["secret"]) == md5["sign"]  # no header: MD5, the API's default


def test_an_algorithm_that_contradicts_the_header_is_refused() -> None:
    # Bug caught: an explicit md5 silently overriding `algorithm: sha256` (or the reverse).
    headers = {"accessKey": "k", "action": "a", "bizType": "5", "ts": "1764325200000", "algorithm": "sha256"}
    with pytest.raises(ValueError, match="algorithm header says 'sha256'.*'md5'"):
        sign(headers, None, "s", "md5")
    with pytest.raises(ValueError, match="md5 or sha256"):
        sign({**headers, "algorithm": "sha1"}, None, "s")


def test_a_ts_in_seconds_and_a_skew_are_reported() -> None:
    headers = {"accessKey": "k", "action": "a", "bizType": "5", "ts": "1764325200"}
    signed = {**headers, "sign": sign(headers, None, "s")}
    assert [f.kind for f in diagnose(signed, None, "s", now_ms=1764325200000)] == ["correct", "ts-seconds"]
    late = {**headers, "ts": "1764325000000"}
    late["sign"] = sign(late, None, "s")
    assert "200 s behind now" in diagnose(late, None, "s", now_ms=1764325200000)[1].message


def cli(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pns_errors", "sign", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, "COLUMNS": "80", **(env or {})},
        timeout=60,
    )


EXAMPLE = ["--access-key", "fme2na3kdi3ki", "--action", "send", "--biz-type", "1", "--ts", "1655710885431"]
SECRET = "abciiiko2k3"


def test_cli_signs_with_the_secret_from_the_environment_and_never_prints_it(tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_bytes('{"name":"牛小信","id":10001}'.encode())
    done = cli(*EXAMPLE, "--body", f"@{body}", "--secret-env", "PNS_SECRET", env={"PNS_SECRET": SECRET})
    assert done.returncode == 0, done.stderr
    assert "headersStr:     accessKey=fme2na3kdi3ki&action=send&bizType=1&ts=1655710885431" in done.stdout
    assert "sign (md5):    87c3560d3331ae23f1021e2025722354" in done.stdout
    assert "&accessSecret=***********" in done.stdout
    assert SECRET not in done.stdout + done.stderr


def test_cli_check_names_the_mistake_and_sets_the_status() -> None:
    env = {"PNS_SECRET": SECRET}
    body = ["--body", '{"name":"牛小信","id":10001}', "--secret-env", "PNS_SECRET"]
    right = cli(*EXAMPLE, *body, "--check", "87c3560d3331ae23f1021e2025722354", env=env)
    assert right.returncode == 0 and "Match: the client's sign is right." in right.stdout
    wrong = cli(*EXAMPLE, *body, "--check", "87C3560D3331AE23F1021E2025722354", "--json", env=env)
    assert wrong.returncode == 1
    document = json.loads(wrong.stdout)
    assert document["sign"] == "87c3560d3331ae23f1021e2025722354" and document["check"]["matches"] is False
    assert document["findings"][0]["kind"] == "uppercase-hex"
    assert SECRET not in wrong.stdout + wrong.stderr


def test_cli_explains_in_chinese_as_the_site_does() -> None:
    # Bug caught: `pns-errors --lang zh sign --check` explaining in English while the Chinese
    # page explains in Chinese (issue 24).
    env = {"PNS_SECRET": SECRET}
    body = ["--body", '{"name":"牛小信","id":10001}', "--secret-env", "PNS_SECRET"]
    done = cli("--lang", "zh", *EXAMPLE, *body, "--check", "87C3560D3331AE23F1021E2025722354", env=env)
    assert done.returncode == 1
    assert "不一致：客户端的 sign 错误。" in done.stdout
    assert "  - sign 使用了大写十六进制；请改用小写" in done.stdout
    assert "upper-case" not in done.stdout and "lower case" not in done.stdout
    as_json = cli("--lang", "zh", *EXAMPLE, *body, "--check", "87C3560D3331AE23F1021E2025722354", "--json", env=env)
    finding = json.loads(as_json.stdout)["findings"][0]
    assert finding == {"kind": "uppercase-hex", "params": {}, "message": "sign 使用了大写十六进制；请改用小写"}


def test_cli_refuses_to_run_without_a_way_to_read_the_secret() -> None:
    done = cli(*EXAMPLE)  # standard input is not a terminal: no prompt possible
    assert done.returncode == 2
    assert "give the accessSecret with --secret-env NAME (it is never taken as an argument)" in done.stderr
    unset = cli(*EXAMPLE, "--secret-env", "NOT_SET_ANYWHERE")
    assert unset.returncode == 2 and "NOT_SET_ANYWHERE is not set" in unset.stderr


# --- the site's tool, in Chromium -------------------------------------------------------


@pytest.fixture(scope="module")
def tool(built_site: Path) -> Iterator[tuple[Any, str, list[str], list[str]]]:
    with serve(built_site) as base, browser() as chromium:
        context = chromium.new_context()
        requests: list[str] = []
        console: list[str] = []
        page = context.new_page()
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: console.append(m.text))
        page.goto(f"{base}tools/signature/")
        page.wait_for_load_state("networkidle")
        yield page, base, requests, console
        context.close()


@pytest.mark.browser
def test_javascript_md5_passes_rfc_1321(tool: tuple[Any, str, list[str], list[str]]) -> None:
    page = tool[0]
    got = page.evaluate("(vectors) => vectors.map(([text]) => window.pnsSignature.md5(text))", CASES["md5"])
    assert got == [digest for _, digest in CASES["md5"]]


@pytest.mark.browser
def test_javascript_vectors_and_mistakes(tool: tuple[Any, str, list[str], list[str]]) -> None:
    page = tool[0]
    signs = page.evaluate(
        """async (vs) => Promise.all(vs.map(v => window.pnsSignature.sign(v.headers, v.body, v.secret, v.algorithm, v.form)))""",
        VECTORS,
    )
    assert signs == [v["sign"] for v in VECTORS]
    # The header decides there too; a contradicting argument is refused, not obeyed.
    by_header = page.evaluate(
        """async (vs) => Promise.all(vs.map(v => window.pnsSignature.sign(
            Object.assign({algorithm: v.algorithm.toUpperCase()}, v.headers), v.body, v.secret, undefined, v.form)))""",
        VECTORS,
    )
    assert by_header == [v["sign"] for v in VECTORS]
    refused = page.evaluate(
        """() => window.pnsSignature.sign({accessKey: "k", action: "a", bizType: "5", ts: "1", algorithm: "sha256"},
                                          "", "s", "md5", false).then(() => "signed", () => "refused")"""
    )
    assert refused == "refused"
    kinds = page.evaluate(
        """async ([ms, now]) => Promise.all(ms.map(m =>
            window.pnsSignature.diagnose(m.headers, m.body, m.secret, m.form, now).then(f => f[0].kind)))""",
        [MISTAKES, NOW],
    )
    assert kinds == [m["kind"] for m in MISTAKES]


@pytest.mark.browser
def test_the_page_computes_diagnoses_and_keeps_the_secret(tool: tuple[Any, str, list[str], list[str]]) -> None:
    page, base, requests, console = tool
    storage_before = page.evaluate("JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])")
    requests.clear()
    console.clear()
    expected = page.locator("output[name=expected]")
    assert expected.inner_text() == "87c3560d3331ae23f1021e2025722354"  # the example filled in
    page.fill("input[name=accessSecret]", "my-Secret-42")
    page.fill("input[name=ts]", "1764325200000")
    right = page.evaluate(
        """() => window.pnsSignature.sign({accessKey: "fme2na3kdi3ki", action: "send", bizType: "1", ts: "1764325200000"},
                                          '{"name":"牛小信","id":10001}', "my-Secret-42", "md5", false)"""
    )
    page.wait_for_function("(s) => document.querySelector('output[name=expected]').value === s", arg=right)
    page.fill("input[name=sign]", right.upper())
    page.locator(".diagnosis li[data-kind=uppercase-hex]").wait_for()
    assert page.locator("output[name=verdict]").inner_text() == "Mismatch: the client's sign is wrong."
    assert "my-Secret-42" not in page.locator("output[name=stringToSign]").inner_text()
    page.select_option("select[name=algorithm]", "sha256")
    page.wait_for_function("() => document.querySelector('output[name=expected]').value.length === 64")
    page.click("button[data-now]")
    assert abs(int(page.input_value("input[name=ts]")) - time.time() * 1000) < 3_600_000
    assert requests == []  # nothing was fetched while the tool was used
    assert console == []
    assert page.url == f"{base}tools/signature/"
    assert (
        page.evaluate("JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])")
        == storage_before
    )


def test_the_1003_and_1004_pages_link_the_tool() -> None:
    for code in (1003, 1004):
        page = (REPO / f"docs/errors/{code}.md").read_text(encoding="utf-8")
        assert "(../tools/signature.md)" in page, code


def test_the_guide_shows_signed_headers_as_it_works() -> None:
    guide = (REPO / "docs/guides/calling-conventions.md").read_text(encoding="utf-8")
    blocks = [part.split("```")[0] for part in guide.split("```python\n")[1:]]
    [block] = [b for b in blocks if "signed_headers(" in b]
    namespace: dict[str, Any] = {"secret": "abciiiko2k3"}
    exec(block, namespace)
    headers = namespace["headers"]
    assert headers["action"] == "bindAXB" and headers["bizType"] == "5" and len(headers["sign"]) == 32
    assert headers["sign"] == sign(headers, namespace["body"], "abciiiko2k3")
