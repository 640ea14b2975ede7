"""The overview's Insights card: sentences built as components from ``data.insights`` facts.

No Markdown: names and keys are text nodes (escaped by Dash) and links are ``dcc.Link``s, so a
project named ``![](http://host/x)`` reads as those characters and fetches nothing.
"""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.tables import person_href
from components.words import period_label, plural


def _project(example: Any) -> dcc.Link:
    return dcc.Link(example.name, href=f"/projects/{example.key}", title=example.key)


def _joined(parts: list[Any]) -> list[Any]:
    out: list[Any] = []
    for i, part in enumerate(parts):
        if i:
            out.append(", ")
        out.append(part)
    return out


def _sentence(i: Any) -> list[Any]:
    ex = i.examples
    if i.kind == "late":
        return [html.Strong(f"{plural(i.count, 'project')} past due"), "; most overdue: ",
                *_joined([html.Span([_project(e), f" ({plural(round(e.value), 'day')})"])
                          for e in ex]), "."]
    if i.kind == "slipped":
        due = f" (due {period_label(i.start, i.end)})" if i.start and i.end else ""
        return [html.Strong(f"{plural(i.count, 'project')} slipped past the due date in the "
                            "last two weeks"), f"{due}: ", *_joined([_project(e) for e in ex]),
                "."]
    if i.kind == "at_risk":
        def chance(e: Any) -> str:
            return "" if e.value is None else f" ({e.value:.0%} on time)"
        chances = [html.Span([_project(e), chance(e)]) for e in ex]
        return [html.Strong(f"{plural(i.count, 'project')} at risk"), " of missing the due "
                "date; least likely: ", *_joined(chances), "."]
    if i.kind == "throughput":
        change = (i.after - i.before) / i.before
        verb = "fell" if change < 0 else "rose"
        return [html.Strong(f"Throughput {verb} {abs(change):.0%}"),
                f": {plural(i.after, 'work item')} finished in the last four weeks "
                f"({period_label(i.start, i.end)}, today so far included) against "
                f"{i.before:,} in the four weeks before."]
    if i.kind == "over_allocated":
        month = f"{i.start:%B %Y}"  # "January 2027": in December, which January is meant
        # who: anyone allocated to a project in view during that month (not the team today,
        # docs/metrics.md), so a portfolio's newcomers next month count here
        return [html.Strong(f"{plural(i.count, 'person', 'people')} over-allocated in "
                            f"{month}"), f" among those allocated to the projects in view in "
                f"{month}, e.g. ",
                *_joined([html.Span([dcc.Link(e.name, href=person_href(e.name)),
                                     f" ({e.value:.0%})"]) for e in ex]), "."]
    return [f"{i.kind}: {i.count}"]


def insights_card(insights: list[Any], card_id: str = "overview-insights-card") -> dbc.Card:
    """One line per observation; "Nothing unusual" when there is none."""
    if not insights:
        body: Any = html.P("Nothing unusual to report for this view.",
                           className="text-muted mb-0")
    else:
        body = html.Ul([html.Li(_sentence(i), className=f"insight-{i.kind}") for i in insights],
                       className="ps-3 mb-0")
    return dbc.Card([dbc.CardHeader("Insights"), dbc.CardBody(body)], className="mb-3",
                    id=card_id)
