"""The publishing workflows are valid YAML and do, in order, what README's "Publishing" says."""

from __future__ import annotations

from typing import Any

import yaml

from conftest import REPO


def load(rel: str) -> dict[Any, Any]:
    document = yaml.safe_load((REPO / rel).read_text(encoding="utf-8"))
    assert isinstance(document, dict), rel
    return document


def steps(job: dict[str, Any]) -> list[str]:
    return [step.get("uses") or step.get("run", "") for step in job["steps"]]


def position(found: list[str], wanted: str) -> int:
    return next(i for i, step in enumerate(found) if wanted in step)


def test_pages_tests_then_builds_then_deploys_with_the_official_actions() -> None:
    workflow = load(".github/workflows/pages.yml")
    # Least privilege: only the deploying job may write Pages or mint an OIDC token.
    assert workflow["permissions"] == {}
    assert workflow["jobs"]["build"]["permissions"] == {"contents": "read"}
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    build = steps(workflow["jobs"]["build"])
    order = [
        position(build, s)
        for s in ("make test", "make site", "actions/configure-pages", "actions/upload-pages-artifact")
    ]
    assert order == sorted(order)
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    assert any("actions/deploy-pages" in s for s in steps(workflow["jobs"]["deploy"]))


def test_release_checks_the_tag_tests_builds_and_publishes_without_a_token() -> None:
    workflow = load(".github/workflows/release.yml")
    assert workflow[True]["push"]["tags"] == ["v*"]  # YAML 1.1 reads the key `on` as true
    build = steps(workflow["jobs"]["build"])
    order = [position(build, s) for s in ("is not v${version}", "make test", "make dist")]
    assert order == sorted(order)
    publish = workflow["jobs"]["publish"]
    assert publish["permissions"]["id-token"] == "write"
    assert any("pypa/gh-action-pypi-publish" in s for s in steps(publish))
    assert "password" not in str(publish) and "token" not in str(publish.get("steps")).lower()


def test_gitlab_pages_tests_and_publishes_public() -> None:
    job = load(".gitlab-ci.yml")["pages"]
    script = job["script"]
    assert script.index("make test") < script.index("make site")
    assert job["artifacts"]["paths"] == ["public"] and "mv site public" in script[-1]


def test_the_package_is_tested_on_every_python_its_metadata_claims() -> None:
    # Bug caught: a classifier for a Python that no job tests (or a tested one the wheel
    # does not claim), or requires-python drifting from the oldest tested version.
    import re
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    claimed = sorted(
        c.rsplit(" ", 1)[1]
        for c in project["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    )
    tested = load(".github/workflows/tests.yml")["jobs"]["package"]["strategy"]["matrix"]["python"]
    assert claimed == tested and len(tested) >= 3
    assert project["requires-python"] == f">={tested[0]}"
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^PYTHONS \?= (.+)$", makefile, re.M).group(1).split() == [f"python{v}" for v in tested]  # type: ignore[union-attr]
