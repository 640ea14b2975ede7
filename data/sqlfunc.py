"""Portable SQL expressions where SQLite and PostgreSQL spell things differently."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Float, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction


class week_start(GenericFunction[Any]):  # noqa: N801 - SQL function naming
    """The Monday (as a date) of the week a timestamp falls in."""

    type = Date()
    inherit_cache = True


@compiles(week_start)
def _week_start_default(element: Any, compiler: Any, **kw: Any) -> str:
    return f"CAST(date_trunc('week', {compiler.process(element.clauses, **kw)}) AS DATE)"


@compiles(week_start, "sqlite")
def _week_start_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    arg = compiler.process(element.clauses, **kw)
    # 'weekday 1' moves forward to the next Monday (or stays); step back a week then.
    return f"date({arg}, '-6 days', 'weekday 1')"


class month_start(GenericFunction[Any]):  # noqa: N801
    """The first day of the month a date or timestamp falls in."""

    type = Date()
    inherit_cache = True


@compiles(month_start)
def _month_start_default(element: Any, compiler: Any, **kw: Any) -> str:
    return f"CAST(date_trunc('month', {compiler.process(element.clauses, **kw)}) AS DATE)"


@compiles(month_start, "sqlite")
def _month_start_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)}, 'start of month')"


class days_between(GenericFunction[Any]):  # noqa: N801
    """Whole days from the first date to the second (negative when the second is earlier)."""

    type = Float()
    inherit_cache = True


@compiles(days_between)
def _days_between_default(element: Any, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(({end}) - ({start}) AS FLOAT)"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"(julianday({end}) - julianday({start}))"


def json_array_values(column: Any, dialect_name: str, name: str = "json_values") -> Any:
    """A JSON array column unnested as a table with one ``value`` column (lateral on both)."""
    if dialect_name == "postgresql":
        values = func.jsonb_array_elements_text(column).table_valued("value")
        return values.render_derived(name=name)
    return func.json_each(column).table_valued("value").alias(name)
