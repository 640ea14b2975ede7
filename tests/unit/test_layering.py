"""The import directions of docs/architecture.md, checked on every module (lazy imports too).

pages -> components, data, models; models -> data; components -> nothing of ours but components;
data -> nothing of ours but data; only the dashboard package imports pages.
"""

from __future__ import annotations

import ast
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


def parse(path: Path) -> ast.Module:
    """ast.parse, once more if CPython 3.11's AST conversion trips over another thread doing the
    same ("AST constructor recursion depth mismatch", seen once under coverage in a full run)."""
    try:
        return ast.parse(path.read_text(), filename=str(path))
    except SystemError:
        return ast.parse(path.read_text(), filename=str(path))


def imports(path: Path) -> set[str]:
    tree = parse(path)
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
