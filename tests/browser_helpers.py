"""Helpers for the browser tests: pages of the built site, axe-core, waiting for calculators."""
from __future__ import annotations

from pathlib import Path

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
TERMINAL = "['ready','error'].includes(document.querySelector('[data-calculator]').dataset.status)"


def site_pages(site_dir: Path) -> list[str]:
    """Every HTML page of the built site as a path relative to the root ('' for the home page)."""
    pages = []
    for index in sorted(site_dir.rglob("index.html")):
        rel = index.parent.relative_to(site_dir).as_posix()
        if rel.startswith("assets"):
            continue
        pages.append("" if rel == "." else rel + "/")
    return pages


def axe_violations(page, axe_source: str) -> list[str]:
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(content=axe_source)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} — "
            + "; ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"])
                        for n in v["nodes"][:3])
            for v in result["violations"]]


def fill(page, invoer: dict, root: str = "[data-calculator]") -> None:
    """Answer a calculator's form as a visitor would, by control name (the contract's input keys):
    a list ticks several boxes, True/False answer "ja"/"nee"."""
    for key, value in invoer.items():
        control = page.locator(f"{root} [name={key}]").first
        if control.get_attribute("type") in ("radio", "checkbox"):
            for v in value if isinstance(value, list) else [value]:
                page.check(f"{root} [name={key}][value='{ {True: 'ja', False: 'nee'}.get(v, v) }']")
        else:
            control.fill(str(value))


def wait_ready(page, timeout: int = 60_000) -> str:
    page.wait_for_function(TERMINAL, timeout=timeout)
    return page.get_attribute("[data-calculator]", "data-status")


def offsite(page, base_url: str) -> list[str]:
    return [u for u in page.requests if not (u.startswith(base_url) or u.startswith("blob:")
                                             or u.startswith("data:"))]


# A full storage: this site's localStorage writes succeed `allowed` times on each page load, then
# throw the QuotaExceededError a full disk gives (Storage.setItem, HTML "web storage" 11.2.1).
QUOTA = """(allowed) => {
  const setItem = Storage.prototype.setItem;
  let left = allowed;
  Storage.prototype.setItem = function (key, value) {
    if (this === window.localStorage && String(key).startsWith('wmo-wegwijzer:') && left-- <= 0) {
      throw new DOMException('De opslag is vol.', 'QuotaExceededError');
    }
    return setItem.call(this, key, value);
  };
}"""


def fill_storage_after(page, allowed: int = 1) -> None:
    """From the next page load on, saving fails after ``allowed`` successful saves (see QUOTA)."""
    page.context.add_init_script(f"({QUOTA})({allowed})")
