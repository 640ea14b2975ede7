"""The import directions of docs/architecture.md, checked on every module (lazy imports too).

pages -> components, data, models; models -> data; components -> nothing of ours but components;
data -> nothing of ours but data; only the dashboard package imports pages.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("dashboard", "pages", "components", "data", "models")
FORBIDDEN = {
    # package: top-level names it may never import
    "pages": {"dashboard", "flask_login", "celery"},
    "components": {"dashboard", "pages", "data", "models", "sqlalchemy"},
    "data": {"dashboard", "pages", "components", "models", "dash", "dash_bootstrap_components",
             "plotly", "flask"},
    "models": {"dashboard", "pages", "components", "dash", "dash_bootstrap_components", "flask"},
}
SHARED_PAGE_MODULES = {"pages.common", "pages.live"}  # shared helpers, not pages


# the imports of one module, found by a fresh interpreter (the fallback of ``imports``)
_IMPORTS_ELSEWHERE = """
import ast, json, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read(), filename=sys.argv[1])
found = set()
for node in ast.walk(tree):
    if isinstance(node, ast.Import):
        found |= {alias.name for alias in node.names}
    elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
        found.add(node.module)
        found |= {f"{node.module}.{alias.name}" for alias in node.names}
print(json.dumps(sorted(found)))
"""


def parse(path: Path) -> ast.Module | None:
    """ast.parse, again after a pause if CPython 3.11's AST conversion trips over another thread
    ("AST constructor recursion depth mismatch": its recursion counters are shared; seen under
    coverage in full runs, twice in a row at e5c9978); None when it keeps tripping."""
    source = path.read_text()
    for attempt in range(5):
        try:
            return ast.parse(source, filename=str(path))
        except SystemError:
            time.sleep(0.05 * (attempt + 1))
    return None


def imports(path: Path) -> set[str]:
    tree = parse(path)
    if tree is None:  # a fresh interpreter has no other thread to trip over
        out = subprocess.run([sys.executable, "-c", _IMPORTS_ELSEWHERE, str(path)],
                             capture_output=True, text=True, check=True, timeout=60)
        return set(json.loads(out.stdout))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", PACKAGES)
def test_imports_follow_the_layering(package):
    problems = []
    for path in modules(package):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for name in imports(path):
            top = name.split(".")[0]
            if top in FORBIDDEN.get(package, set()):
                problems.append(f"{module} imports {name}")
            if top == "pages" and package != "dashboard" and package != "pages":
                problems.append(f"{module} imports {name}: only the factory imports pages")
            if package == "pages" and top == "pages" and name != "pages":
                target = ".".join(name.split(".")[:2])
                if target not in SHARED_PAGE_MODULES and target != module:
                    problems.append(f"{module} imports another page: {name}")
    assert problems == []


def test_the_check_sees_a_forbidden_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from dashboard.auth import current_viewer\n")
    assert "dashboard.auth" in imports(sample)
