"""The MkDocs site builds strictly and serves a page per code."""

from __future__ import annotations

from pathlib import Path

import material
import yaml

from conftest import REPO, build_site, copy_project


def mkdocs_config() -> dict[str, object]:
    class Loader(yaml.SafeLoader):
        pass

    # mkdocs.yml may use !ENV and !relative tags; they are irrelevant here.
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    return dict(yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader))


def test_code_page_exists_and_explains(built_site: Path) -> None:
    page = (built_site / "errors/10004/index.html").read_text(encoding="utf-8")
    assert "<title>10004 — Different prefix for binding numbers" in page
    assert "country code of the virtual number" in page
    assert "BINDING_NUMBER_PREFIX_MISMATCH" in page


def test_every_code_has_a_page_and_json_is_served(built_site: Path) -> None:
    source = yaml.safe_load((REPO / "errors.yaml").read_text(encoding="utf-8"))
    for e in source["errors"]:
        assert (built_site / f"errors/{e['code']}/index.html").exists()
    assert (built_site / "errors.json").read_bytes() == (REPO / "docs/errors.json").read_bytes()


def test_code_pages_are_not_listed_in_the_nav(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="errors/10004/"' not in home  # the nav would copy every code into every page


def test_site_url_matches_catalog_and_categories_are_in_nav() -> None:
    config = mkdocs_config()
    source = yaml.safe_load((REPO / "errors.yaml").read_text(encoding="utf-8"))
    assert config["site_url"] == source["catalog"]["site_url"]
    nav = yaml.safe_dump(config["nav"])
    for category in source["categories"]:
        assert f"errors/{category['id']}.md" in nav, f"add errors/{category['id']}.md to the nav in mkdocs.yml"


MATERIAL_NAV = Path(material.__file__).parent / "templates/partials/nav.html"


def test_cached_navigation_is_materials_navigation_unchanged() -> None:
    # Bug caught: a Material upgrade changes its nav.html and our cached copy goes stale.
    ours = (REPO / "overrides/partials/nav.html").read_text(encoding="utf-8")
    body = ours.split("{%- macro material_nav() -%}\n", 1)[1].split("{%- endmacro -%}", 1)[0]
    material_text = MATERIAL_NAV.read_text(encoding="utf-8")
    assert material_text.startswith("{#-\n  This file was automatically generated")
    assert body == material_text.split("-#}\n", 1)[1], "copy Material's partials/nav.html into the macro again"


def test_cached_template_parts_change_no_page(built_site: Path, tmp_path: Path) -> None:
    # Bugs caught: a code page served a navigation rendered for another folder (broken
    # relative links) or for a page in the navigation (a wrong item marked active); a
    # page served Material's config script rendered for another depth (its search
    # worker and base URL wrong).
    root = copy_project(tmp_path / "project")
    switched = 0
    for template in (root / "overrides").rglob("*.html"):  # as under Zensical: every part rendered per page
        text = template.read_text(encoding="utf-8")
        if "config.extra.setdefault is defined" in text:
            template.write_text(text.replace("config.extra.setdefault is defined", "false"), encoding="utf-8")
            switched += 1
    assert switched == 2  # partials/nav.html and main.html
    uncached = build_site(root, tmp_path / "site")
    pages = sorted(p.relative_to(uncached) for p in uncached.rglob("*.html"))
    assert len([p for p in pages if p.parts[0] == "errors" and p.parts[1].isdigit()]) == 18
    assert len([p for p in pages if p.parts[:2] == ("zh", "errors") and p.parts[2].isdigit()]) == 18
    assert sorted(p.relative_to(built_site) for p in built_site.rglob("*.html")) == pages
    for rel in pages:
        assert (built_site / rel).read_bytes() == (uncached / rel).read_bytes(), rel
