"""Broad questions read as the one thing they can mean here, or asked back when they cannot.

- "Is Growth on track overall?", "summarise the Payments portfolio": a portfolio's open
  projects by health, as "how is Growth doing" is read (it listed the on-track ones alone, which
  reads as "yes" with five at risk beside them).
- "Which teams are the most stretched": the portfolios with the most people over-allocated (it
  ranked them by their number of projects).
- "Team size per portfolio": each portfolio's people today; "ML Platform team list": its
  people, not its projects.
- "A short summary of where the whole portfolio stands": the headline numbers of everything
  and each portfolio (``portfolio_summary``), not a list of portfolios or a question back.
- "Which of my projects are late": the data does not know who is asking, so the answer says it
  read "my" as everything the viewer can see (it answered for everyone's as if they were
  "yours", saying nothing).
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.copilot.plan import Plan

_OVERALL = re.compile(r"^\s*(?:is|are)\s+(?:the\s+)?(?P<what>.+?)\s+(?:portfolio\s+)?(?:on track|"
                      r"ok|okay|fine|healthy|in (?:good|ok|okay|decent) shape|doing (?:ok|okay|"
                      r"well|fine))(?:\s+overall|\s+as a whole|\s+in general)?\s*\??\s*$",
                      re.IGNORECASE)
_BETTER = re.compile(r"\b(?:in\s+)?(?:better|worse)\s+(?:shape|state|condition|health)\b|"
                     r"\b(?:healthier|doing\s+better|doing\s+worse)\b", re.IGNORECASE)
_STRETCHED = re.compile(r"\b(?:most|more|least|less)\s+(?:stretched|overstretched|overloaded|"
                        r"overworked|over-?allocated|loaded|under pressure)\b", re.IGNORECASE)
_TEAMS = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?(?:teams?|portfolios?|groups?|departments?|"
                    r"areas?)\b|\b(?:teams|portfolios|groups|departments|areas)\b",
                    re.IGNORECASE)  # teams compared, not "who on this team is most stretched"
_SUMMARY = re.compile(r"\b(?:summary|summari[sz]e|overview|big picture|where\s+(?:the\s+)?"
                      r"(?:whole\s+)?(?:portfolio|company|we|things)\s+stands?|state of "
                      r"(?:the|our) (?:portfolio|projects|play)|how are we doing|sitrep|"
                      r"status report)\b",
                      re.IGNORECASE)
_MINE = re.compile(r"\bmy\s+(?:own\s+)?(?:[\w-]+\s+)?(?:projects?|teams?|people|portfolios?|"
                   r"items?|tasks?|tickets?|work|reports|staff|engineers)\b|\b(?:of\s+)?mine\b",
                   re.IGNORECASE)  # what would be the asker's: not "my compliance memo"
_TEAM_SIZES = re.compile(r"\b(?:team\s+sizes?|headcounts?|head\s+counts?|staffing\s+levels?|"
                         r"how\s+many\s+people)\b", re.IGNORECASE)
# each portfolio's, not everyone's ("how many people across all portfolios" is one number)
_PER_PORTFOLIO = re.compile(r"\b(?:per|by|each|every|for\s+each|of\s+each)\s+portfolio\b|"
                            r"\bportfolios'\s", re.IGNORECASE)
_ROSTER = re.compile(r"\bteam\s+(?:list|members|roster|lineup)\b|\bwho(?:'s|\s+is|\s+are)\s+"
                     r"(?:on|in)\s+(?:the\s+)?[\w ]+?\s+team\b|\bmembers\s+of\s+(?:the\s+)?",
                     re.IGNORECASE)  # "ML Platform team list": its people, not its projects
_NAMED_PEOPLE = ("owner", "person", "people", "assignee", "name", "names")


def plan_for(question: str, today_said: str, plan: Plan, page_key: str | None) -> Plan | None:
    if _MINE.search(question) and plan.kind == "answer" and not any(
            k in args for _name, args in plan.calls for k in _NAMED_PEOPLE + ("keys",
                                                                              "project_key")):
        said = ("*“My” read as everything you can see: the data knows projects' owners and "
                "people by name, not who is asking (name the owner for theirs).*")
        return replace(plan, message=f"{said}\n\n{plan.message}" if plan.message else said,
                       interpretation=plan.interpretation + " (“my” read as everything you can "
                                                            "see)")
    overall = _OVERALL.match(question) or _SUMMARY.search(question)
    one = plan.calls[0] if plan.kind == "answer" and len(plan.calls) == 1 else None
    names = one[1].get("portfolio") if one and one[0] == "projects" else None
    if one and names and _BETTER.search(question) and len(names) == 2 and set(one[1]) <= {
            "portfolio", "health", "status"}:  # "is Web Storefront in better shape than Security"
        return replace(plan, calls=[("count_projects_by", {"status": ["open"], "portfolio": [n],
                                                           "by": "health"}) for n in names],
                       measure="groups",
                       interpretation=f"How the open projects of {names[0]} and of {names[1]} "
                                      f"stand, by health, side by side, as of {today_said}")
    if overall and one and names and one[0] == "projects" and not any(
            k in one[1] for k in ("owner", "keys", "priority", "search")):
        return replace(plan, calls=[("count_projects_by", {"status": ["open"],
                                                           "portfolio": names, "by": "health"})],
                       measure="groups",
                       interpretation=f"How the open projects in {' and '.join(names)} stand, "
                                      f"by health, as of {today_said}")
    judged = _OVERALL.match(question)
    if judged and one and one[0] == "projects" and set(one[1]) <= {
            "health", "status"} and one[1].get("health") in (None, ["on_track"]):
        # "is our delivery in good shape": the judgement word is not a filter; everything's
        # open projects by health (it listed the on-track ones alone, which reads as "yes")
        return replace(plan, calls=[("count_projects_by", {"status": ["open"], "by": "health"})],
                       measure="groups",
                       interpretation=f"How all open projects stand, by health (“"
                                      f"{judged['what']}” read as everything you can see), as "
                                      f"of {today_said}")
    if _STRETCHED.search(question) and _TEAMS.search(question) and plan.kind == "answer" and \
            all(name != "over_allocated_by_portfolio" for name, _a in plan.calls):
        least = bool(re.search(r"\b(?:least|less)\b", question, re.IGNORECASE))
        return Plan(kind="answer", subject="portfolios", measure="top",
                    calls=[("over_allocated_by_portfolio", {"k": 5, "order": "asc" if least
                                                            else "desc"})],
                    interpretation=f"The 5 portfolios with the {'fewest' if least else 'most'} "
                                   "people over-allocated this week (each portfolio's people: "
                                   f"those allocated to its projects then), as of {today_said}")
    if _TEAM_SIZES.search(question) and _PER_PORTFOLIO.search(question) and \
            plan.kind == "answer" and all(name != "headcount_by_portfolio" for name, _a in
                                          plan.calls):
        return Plan(kind="answer", subject="people", measure="groups",
                    calls=[("headcount_by_portfolio", {})],
                    interpretation="The people on each portfolio's projects today (its team), "
                                   f"as of {today_said}")
    named = [n for _name, args in plan.calls for n in args.get("portfolio") or ()]
    if _TEAM_SIZES.search(question) and plan.kind == "answer" and len(set(named)) >= 2 and all(
            name == "count_projects_by" and set(args) <= {"portfolio", "by", "only"}
            for name, args in plan.calls):  # projects of a status counted: not a headcount
        names = list(dict.fromkeys(named))  # "team size Customer Support vs Growth": people,
        return Plan(kind="answer", subject="people", measure="groups",  # not projects
                    calls=[("headcount_by_portfolio", {"portfolio": names})],
                    interpretation=f"The people on the projects of {' and '.join(names)} today "
                                   f"(each one's team), as of {today_said}")
    roster = _ROSTER.search(question)
    if roster and plan.kind == "answer" and len(plan.calls) == 1 and plan.calls[0][0] == \
            "projects" and len(plan.calls[0][1].get("portfolio") or ()) == 1 and set(
            plan.calls[0][1]) <= {"portfolio", "measure"}:
        name = plan.calls[0][1]["portfolio"][0]
        return Plan(kind="answer", subject="people", measure="list",
                    calls=[("people", {"measure": "list", "portfolio": name})],
                    interpretation=f"The people on {name} projects today (its team), as of "
                                   f"{today_said}")
    if _SUMMARY.search(question) and not page_key and (plan.kind != "answer" or all(
            set(args) <= {"measure", "having"} for _name, args in plan.calls)):
        return Plan(kind="answer", subject="portfolios", measure="facts",
                    calls=[("portfolio_summary", {})],
                    interpretation="Headline numbers of everything you can see and of each "
                                   f"portfolio, as of {today_said}")
    return None
