"""A word-for-word English gloss of a question written in German, French, Spanish or Dutch, so
that the copilot can read it without a language model.

Only the words managers use for the portfolio's concepts are glossed (how many, which, who, late,
on hold, works on, load, this week, expected end date, budget...); names, keys and numbers pass
through unchanged. The gloss is read like any English question, and the answer says how the
question was read, so a wrong gloss shows. Offline translation libraries need models fetched at
run time; these few hundred words do not.
"""

from __future__ import annotations

import re
import unicodedata

GLOSSARY: dict[str, dict[str, str]] = {
    "de": {
        "wie viele": "how many", "wie viel": "how much", "anzahl der": "number of",
        "welche": "which", "welcher": "which", "welches": "which", "wer": "who",
        "was": "what", "wann": "when", "warum": "why", "wieso": "why", "weshalb": "why",
        "projekte": "projects", "projekten": "projects", "projekts": "project",
        "projekt": "project", "verspätet": "late", "verspätete": "late",
        "verspäteten": "late", "überfällig": "overdue", "überfällige": "overdue",
        "im verzug": "late", "gefährdet": "at risk", "gefährdete": "at risk",
        "pausiert": "on hold", "pausierte": "on hold", "angehalten": "on hold",
        "auf eis": "on hold", "abgeschlossen": "done", "abgeschlossene": "done",
        "fertig": "done", "erledigt": "done", "abgebrochen": "cancelled",
        "storniert": "cancelled", "offen": "open", "offene": "open", "offenen": "open",
        "aktiv": "active", "aktive": "active", "aktiven": "active",
        "arbeitet an": "works on", "arbeiten an": "work on", "mitarbeiter": "people",
        "mitarbeitende": "people", "personen": "people", "leute": "people",
        "auslastung": "load", "ausgelastet": "loaded", "überlastet": "overloaded",
        "frei": "free", "verfügbar": "available", "diese woche": "this week",
        "dieser woche": "this week", "nächste woche": "next week",
        "nächsten woche": "next week", "letzte woche": "last week",
        "letzten woche": "last week", "diesen monat": "this month",
        "diesem monat": "this month", "nächsten monat": "next month",
        "letzten monat": "last month", "heute": "today", "aktuell": "right now",
        "gerade": "right now", "derzeit": "right now", "momentan": "right now",
        "wahrscheinlichkeit": "chance", "chance": "chance", "pünktlich": "on time",
        "rechtzeitig": "on time", "voraussichtliche enddatum": "expected end date",
        "voraussichtliches enddatum": "expected end date", "enddatum": "end date",
        "fertigstellung": "completion", "fällig": "due", "fälligkeit": "due date",
        "budget": "budget", "restbudget": "budget", "kosten": "cost", "gehalt": "salary",
        "priorität": "priority", "kritischen": "critical", "zeig mir": "show",
        "hoher priorität": "high priority",
        "hohe priorität": "high priority", "kritisch": "critical", "kritische": "critical",
        "dokumente": "documents", "besprechung": "meeting", "protokoll": "minutes",
        "entschieden": "decided", "beschlossen": "decided", "entscheidung": "decision",
        "fähigkeit": "skill", "fähigkeiten": "skills", "kenntnisse": "skills",
        "eigentümer": "owner", "verantwortlich": "owner", "gehört": "owned",
        "zeige": "show", "zeig": "show", "nenne": "list", "nennen": "tell", "liste": "list",
        "gibt es": "are there", "sind": "are", "ist": "is", "hat": "has", "haben": "have",
        "der": "the", "die": "the", "das": "the", "den": "the", "dem": "the", "des": "the",
        "und": "and", "oder": "or", "für": "for", "mit": "with", "im": "in", "in": "in",
        "von": "of", "an": "on", "bei": "at", "woran arbeitet": "what is working on",
        "diesem projekt": "this project", "dieses projekt": "this project",
        "diesem": "this", "dieses": "this", "kannst du mir": "", "können sie mir": "",
        "bitte": "please", "mir": "", "du": "", "uns": "us", "es": "", "noch": "still",
        "nicht": "not", "kein": "no", "keine": "no",
    },
    "fr": {
        "combien de": "how many", "combien d": "how many", "combien": "how many",
        "nombre de": "number of", "quels": "which", "quelles": "which", "quel": "which",
        "quelle": "which", "qui": "who", "pourquoi": "why", "quand": "when",
        "projets": "projects", "projet": "project", "en retard": "late",
        "à risque": "at risk", "en danger": "at risk", "en pause": "on hold",
        "en attente": "on hold", "suspendu": "on hold", "suspendus": "on hold",
        "terminés": "done", "terminé": "done", "terminées": "done", "achevés": "done",
        "livrés": "done", "annulés": "cancelled", "annulé": "cancelled",
        "ouverts": "open", "ouvert": "open", "en cours": "active", "actifs": "active",
        "travaille sur": "works on", "travaillent sur": "work on",
        "travaille": "works", "charge": "load", "surchargés": "overloaded",
        "surchargé": "overloaded", "disponibles": "free", "disponible": "free",
        "personnes": "people", "gens": "people", "équipe": "team",
        "cette semaine": "this week", "la semaine prochaine": "next week",
        "semaine prochaine": "next week", "la semaine dernière": "last week",
        "semaine dernière": "last week", "ce mois-ci": "this month", "ce mois": "this month",
        "le mois prochain": "next month", "le mois dernier": "last month",
        "aujourd'hui": "today", "en ce moment": "right now", "actuellement": "right now",
        "date de fin prévue": "expected end date", "date de fin": "end date",
        "fin prévue": "expected end", "échéance": "due date", "chances": "chance",
        "probabilité": "chance", "à temps": "on time", "dans les temps": "on time",
        "budget": "budget", "coût": "cost", "coûts": "cost", "salaire": "salary",
        "priorité haute": "high priority", "haute priorité": "high priority",
        "critique": "critical", "critiques": "critical", "documents": "documents",
        "réunion": "meeting", "compétence": "skill", "compétences": "skills",
        "responsable": "owner", "décidé": "decided", "décision": "decision",
        "il y a": "there are", "y a-t-il": "are there", "sont": "are", "est": "is",
        "ont": "have", "a": "has", "le": "the", "la": "the", "les": "the", "l": "the",
        "de": "of", "du": "of", "des": "of", "d": "of", "dans": "in", "en": "in",
        "sur": "on", "pour": "for", "avec": "with", "et": "and", "ou": "or",
        "bonjour": "", "s'il vous plaît": "please", "svp": "please",
        "pourriez-vous": "", "pouvez-vous": "", "m'expliquer": "explain",
        "expliquer": "explain", "me": "", "moi": "", "vous": "", "nous": "us",
        "ne": "", "pas": "not", "aucun": "no", "encore": "still",
    },
    "es": {
        "cuántos": "how many", "cuántas": "how many", "cuantos": "how many",
        "cuantas": "how many", "número de": "number of", "qué": "which", "que": "which",
        "cuáles": "which", "cuál": "what", "quién": "who", "quiénes": "who",
        "por qué": "why", "cuándo": "when", "proyectos": "projects",
        "proyecto": "project", "retrasados": "late", "retrasado": "late",
        "atrasados": "late", "atrasado": "late", "en riesgo": "at risk",
        "en pausa": "on hold", "en espera": "on hold", "pausados": "on hold",
        "terminados": "done", "completados": "done", "finalizados": "done",
        "cancelados": "cancelled", "abiertos": "open", "activos": "active",
        "en curso": "active", "trabaja en": "works on", "trabajan en": "work on",
        "carga": "load", "sobrecargados": "overloaded", "sobrecargado": "overloaded",
        "libres": "free", "disponibles": "free", "personas": "people", "gente": "people",
        "equipo": "team", "esta semana": "this week", "la próxima semana": "next week",
        "próxima semana": "next week", "la semana que viene": "next week",
        "la semana pasada": "last week", "semana pasada": "last week",
        "este mes": "this month", "el próximo mes": "next month", "el mes pasado": "last month",
        "hoy": "today", "ahora": "right now", "actualmente": "right now",
        "fecha de fin prevista": "expected end date", "fecha prevista": "expected end date",
        "fecha de fin": "end date", "fecha límite": "due date", "probabilidad": "chance",
        "a tiempo": "on time", "presupuesto": "budget", "coste": "cost", "costo": "cost",
        "salario": "salary", "prioridad alta": "high priority", "alta prioridad": "high priority",
        "crítica": "critical", "críticos": "critical", "documentos": "documents",
        "reunión": "meeting", "habilidad": "skill", "habilidades": "skills",
        "responsable": "owner", "decidió": "decided", "decisión": "decision",
        "hay": "are there", "son": "are", "es": "is", "está": "is", "están": "are",
        "tiene": "has", "el": "the", "la": "the", "los": "the", "las": "the", "de": "of",
        "del": "of the", "en": "in", "para": "for", "con": "with", "y": "and", "o": "or",
        "hola": "", "por favor": "please", "me": "", "nos": "us", "no": "not",
        "todavía": "still", "aún": "still",
    },
    "nl": {
        "hoeveel": "how many", "aantal": "number of", "welke": "which", "welk": "which",
        "wie": "who", "wat": "what", "waarom": "why", "wanneer": "when",
        "projecten": "projects", "project": "project", "te laat": "late",
        "vertraagd": "late", "achter op schema": "behind schedule", "risico": "at risk",
        "in gevaar": "at risk", "gepauzeerd": "on hold", "stilgelegd": "on hold",
        "on hold": "on hold", "afgerond": "done", "klaar": "done", "voltooid": "done",
        "opgeleverd": "done", "geannuleerd": "cancelled", "open": "open", "openstaande": "open",
        "actief": "active", "actieve": "active", "lopende": "active",
        "werkt aan": "works on", "werken aan": "work on", "werkt": "works", "werken": "work",
        "dat": "that", "belasting": "load",
        "bezetting": "load", "overbelast": "overloaded", "vrij": "free",
        "beschikbaar": "available", "mensen": "people", "personen": "people",
        "medewerkers": "people", "team": "team", "deze week": "this week",
        "volgende week": "next week", "vorige week": "last week", "afgelopen week": "last week",
        "deze maand": "this month", "volgende maand": "next month", "vorige maand": "last month",
        "vandaag": "today", "nu": "right now", "momenteel": "right now",
        "op dit moment": "right now", "verwachte einddatum": "expected end date",
        "einddatum": "end date", "deadline": "deadline", "kans": "chance",
        "waarschijnlijkheid": "chance", "op tijd": "on time", "budget": "budget",
        "kosten": "cost", "salaris": "salary", "hoge prioriteit": "high priority",
        "kritiek": "critical", "kritieke": "critical", "documenten": "documents",
        "vergadering": "meeting", "overleg": "meeting", "vaardigheid": "skill",
        "vaardigheden": "skills", "eigenaar": "owner", "besloten": "decided",
        "besluit": "decision", "zijn er": "are there", "er": "", "zijn": "are", "is": "is",
        "heeft": "has", "hebben": "have", "de": "the", "het": "the", "een": "a",
        "van": "of", "in": "in", "op": "on", "aan": "on", "voor": "for", "met": "with",
        "en": "and", "of": "or", "als": "as", "hallo": "", "alsjeblieft": "please",
        "graag": "please",
        "niet": "not", "geen": "no", "nog": "still",
    },
}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
MONTHS = {
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
}
for _language, _names in MONTHS.items():
    GLOSSARY[_language].update(zip(_names, _MONTHS, strict=True))


def _compiled(language: str) -> re.Pattern[str]:
    words = sorted(GLOSSARY[language], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)",
                      re.IGNORECASE)


_PATTERNS = {language: _compiled(language) for language in GLOSSARY}


def gloss(text: str, language: str) -> str | None:
    """The question with its known words put in English, or ``None`` for a language without a
    glossary. Punctuation of the other language ("¿", "«") is dropped."""
    table = GLOSSARY.get(language)
    if table is None:
        return None
    plain = re.sub(r"[¿¡«»]", " ", unicodedata.normalize("NFC", text))
    out = _PATTERNS[language].sub(lambda m: f" {table[m.group(0).lower()]} ", plain)
    return re.sub(r"\s+([?.!,;:])", r"\1", " ".join(out.split())).lstrip(" ,;:")
