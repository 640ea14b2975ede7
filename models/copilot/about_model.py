"""Questions about the forecast model itself, not a project's forecast: "how accurate has the
forecast model been", "how many projects is it trained on", "when was the model last trained".

They are answered with the model's own record (``forecast_tools.forecast_model``: the Forecasts
page's figures). Read as something else they were asked back ("model" not understood) or, worse,
answered with the number of stored forecasts as if it were the training set.
"""

from __future__ import annotations

import datetime as dt
import re

from models.copilot.plan import Plan

# the model named, or forecasts with a word about how they were made or how good they are
_MODEL = re.compile(r"\b(?:forecast(?:ing)?|prediction|predictive|ml|machine[- ]learning|"
                    r"classifier)\s+models?\b|\bthe\s+model\b|\bclassifier\b", re.IGNORECASE)
_FORECASTS = re.compile(r"\b(?:forecasts?|forecasting|predictions?|model|P\(on time\))\b",
                        re.IGNORECASE)
_LEARNING = re.compile(r"\b(?:trained|training|train(?:s|ed)?\s+on|retrain(?:ed|ing)?|learn(?:s|t|"
                       r"ed)?\s+from|built\s+on|based\s+on\s+how\s+many)\b", re.IGNORECASE)
_QUALITY = re.compile(r"\b(?:accura(?:te|cy)|reliab(?:le|ility)|calibrat\w*|brier|auc|precise|"
                      r"precision|track\s+record|hit\s+rate|error\s+rate|how\s+good|how\s+well|"
                      r"any\s+good|right|correct|wrong|validated|tested|backtest\w*)\b",
                      re.IGNORECASE)
_ONE_PROJECT = re.compile(r"\b[A-Z][A-Z0-9]*-\d+\b|\b(?:this|that|its|their)\s+(?:project|"
                          r"forecast)|\b(?:which|what)\s+projects?\b|\bprojects?\s+(?:with|whose|"
                          r"where)\b", re.IGNORECASE)


_COUNTED = re.compile(r"\b(?:how\s+many|which|list|show|count|name)\b", re.IGNORECASE)


def asked(question: str) -> bool:
    """Whether the question is about the model (its training or its measured accuracy), not
    about one project's forecast or a count or list of projects ("how many forecasts are
    reliable" counts them by trust)."""
    if _ONE_PROJECT.search(question):
        return False
    if _LEARNING.search(question) and (_MODEL.search(question) or _FORECASTS.search(question)):
        return True
    return bool(_QUALITY.search(question) and not _COUNTED.search(question) and (
        _MODEL.search(question) or _FORECASTS.search(question)))


def plan_for(question: str, today: dt.date, plan: Plan, page_key: str | None = None
             ) -> Plan | None:
    """The model's record instead of the plan read, unless that plan is about projects it
    names (a project's own forecast), or, on a project's page, the model is not named ("how
    accurate is the forecast" there is the page's)."""
    if not asked(question):
        return None
    if page_key and not _MODEL.search(question) or not page_key and (plan.project_keys or any(
            "project_key" in args or "keys" in args for _name, args in plan.calls)):
        return None
    return Plan(kind="answer", subject="forecast model", measure="facts",
                calls=[("forecast_model", {})],
                interpretation="The forecast model in use: what it learnt from and how accurate "
                               f"it was on projects it did not see, as of "
                               f"{today.day} {today:%b %Y}",
                intents=["forecast"])
