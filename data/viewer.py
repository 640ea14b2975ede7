"""Who is looking: the signed-in user (or the system), their role and the projects they may see.

The web layer resolves a ``Viewer`` once per request and passes it down; queries take its
``scope``. Jobs and the CLI act as ``Viewer.system()``.
"""

from __future__ import annotations

from dataclasses import dataclass

from data.scope import Scope

ROLES = ("admin", "manager", "viewer")


@dataclass(frozen=True)
class Viewer:
    username: str
    role: str = "viewer"
    scope: Scope = Scope.of()
    user_id: int | None = None
    display_name: str = ""

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}; choose one of {', '.join(ROLES)}")

    @classmethod
    def system(cls) -> Viewer:
        """Sees everything: jobs, the CLI, and the app until sign-in is configured."""
        return cls("system", "admin", Scope.everything())

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def name(self) -> str:
        return self.display_name or self.username

    def cache_key(self) -> str:
        """What a cached read depends on: the scope, never the person (two viewers with the
        same grants share cached results)."""
        return self.scope.cache_key()
