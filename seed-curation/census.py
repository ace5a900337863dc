#!/usr/bin/env python3
"""Census of the outcome tables in the Harrow BVPP 2004/05 Draft 1 text extraction.

Reads the source text (default source/000_2f0341b9452202b1.txt beside this script) and writes,
per outcome row of the six theme sections, the printed columns with their source lines:
title, lead directorate, achievements, actions, plans, indicators and contacts (name and
phone), plus the numeric targets stated in the action text, the source's own editorial
queries ("was?", "[academies?]", ...) and the gaps the source leaves.

Stdlib only.  Usage:
    python3 census.py [SOURCE] [--out outcomes.json]

Ids are assigned from the source order (THEMEKEY-LETTER-N, N = 1-based position of the
printed row in its priority), the scheme the curated seed uses.  Rows that the source prints but that are not
outcomes keep the number they occupy (never reused); an outcome split out of a run-together
row gets the number after the row it was split from, and the rows printed after it in its
priority move up by one, so that numbers follow the order the source prints the outcomes in.

How the extraction is read (the general rules; the per-row judgement calls are in
OVERRIDES and LABELS below, each with its source line and reason):
  * A table header line ("Outcome | Lead Direc- torate | Background... | Action planned... |
    Relevant plans...") fixes which tab-separated cell is which column.  Headers printed
    without the Outcome column (line 900), with Outcome and Lead run into one cell (823), or
    with a stray first column (855) are mapped from their own words.  Text a header cell
    carries after the column name ("Outcome communities.", "...and later activity in
    Assured Short Hold Tenancies and") is the previous row's continuation across the page
    break and is appended to that column.
  * A row whose Outcome cell is empty (or only a bullet) continues the previous outcome
    (page breaks, and the sub-rows of COM-A-1 and HSC-G-2 that carry their own lead).
  * A row whose Outcome cell has text but whose Lead cell is empty continues the previous
    title when that title does not end with '.' and no priority heading came between
    (e.g. "Implementation of the Best Value" / "recommendations on maintenance.").
  * When a new row's achievements or actions cell starts in lower case and the previous
    outcome's cell in that column stopped mid-sentence, the words up to the first full
    stop finish the previous outcome's sentence (line 565 "community tensions.").
  * The last column holds plans, PI references and contacts.  Phones are found by pattern;
    names are found after a "Contact:"-type label, immediately before a phone (stopping at
    words that are never part of a person's name here: Plan, Strategy, Report, People...),
    or anywhere in the cell once the name is known from another row.  A phone printed once
    after two adjacent names ("Rad Dearing Bali Rai 020 8424 7573") is given to both.  Text
    between a name and its phone is the person's role, not a plan.  PI references (BV,
    BVPI, PAF, LPSA) become indicators; what is left, split at ';' and '. ', are plans.
"""
import json
import os
import re
import sys
from collections import OrderedDict

DEFAULT_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "source", "000_2f0341b9452202b1.txt")
SOURCE_NAME = "000_2f0341b9452202b1.txt"

# --------------------------------------------------------------------------------------
# Section boundaries (headings as printed)
# --------------------------------------------------------------------------------------
THEME_HEADINGS = [
    ("Environmental priorities", "ENV"),
    ("Priorities for strengthening communities", "COM"),
    ("Lifelong learning priorities", "LRN"),
    ("Health and social care priorities", "HSC"),
    ("Priorities for a prosperous and sustainable economy in Harrow", "ECO"),
    ("Priorities in developing a customer focussed council", "CFC"),
]
END_HEADING = "BV Reviews"

# --------------------------------------------------------------------------------------
# Judgement overrides: where the parse cannot decide.  Each names its source line and why.
# --------------------------------------------------------------------------------------
OVERRIDES = [
    {
        "line": 482, "kind": "continuation-of-previous",
        "keepActionsUpTo": "The final third of the Borough will be introduced during 2005/06, as planned.",
        "reason": ("Line 482 is the top of a new page.  Its achievements ('bringing a transformation in "
                   "cleaning and maintenance standards...') and actions ('2004/05 to a programme agreed by "
                   "Cabinet. The final third of the Borough...') finish ENV-A-2's sentences cut at line 479 "
                   "('...during 2003 /04,' / '...one third of the borough during').  Its title cell 'Removal "
                   "of all graffiti', the last action fragment 'Continued improvement in meeting targets as' "
                   "and the contact cell 'Andrew Trehern' repeat the opening words of the next row (line 483, "
                   "'Removal of all granti and fly tipping...', 'Continued improvement in meeting targets as "
                   "the NHP resource plan...'), so they are not a separate outcome.  The row keeps its number "
                   "(ENV-A-3) with status merge-into:ENV-A-2."),
    },
    {
        "line": 483, "kind": "note",
        "reason": ("Printed 'granti' (for graffiti) in the title and 'Andrew Trenem' as contact, while the "
                   "same page prints 'Andrew Trehern' (line 482) and line 478 gives Andrew Trehern the same "
                   "number 020 8424 1590.  Kept as printed; not corrected."),
    },
    {
        "line": 525, "kind": "note",
        "reason": ("ENV-E-2's action 'To bring 1000 Empty Properties empty properties back into residential use "
                   "under the Empty Homes Strategy. Bring back into use by 1996.' prints 'Empty Properties' twice "
                   "and a year already past ('by 1996'); kept as printed, not corrected."),
    },
    {
        "line": 558, "kind": "note",
        "reason": ("The contact is printed 'Bindu Arjoon 020 8420 9637' here (and at line 565); lines 567 and "
                   "591-596 print 'Bindu Arjoon- Matthews' (567 with the same number).  Kept as printed in each "
                   "row; probably one person."),
    },
    {
        "line": 565, "kind": "note",
        "reason": ("The contact is printed 'Bindu Arjoon 020 8420 9637' here (and at line 558); lines 567 and "
                   "591-596 print 'Bindu Arjoon- Matthews' (567 with the same number).  Kept as printed in each "
                   "row; probably one person."),
    },
    {
        "line": 538, "kind": "priority-before-heading", "priority": "F",
        "reason": ("The planning-applications row (lines 538-542) is printed just before the heading "
                   "'Priority F: Improving the planning process' (line 544), whose own table is empty.  It "
                   "is that priority's outcome, not housing stock (E)."),
    },
    {
        "line": 500, "kind": "gap", "field": "contacts", "gapKind": "BLANK", "wording": "Affordable Warmth",
        "reason": ("Line 500 (the row's continuation after the page break) prints the plan 'Affordable Warmth' "
                   "with no contact after it, where line 497 prints 'Renewable Energy Eddie Collier 0208 424 2675'; "
                   "Eddie Collier is not given to it."),
    },
    {
        "line": 616, "kind": "gap", "field": "achievements", "gapKind": "BLANK",
        "wording": "Affordable homes approved representing percent of total housing approvals",
        "reason": "The figure before 'percent' is missing in the source (line 616).",
    },
    {
        "line": 732, "kind": "priority-before-heading", "priority": "B", "priorityTitle": None,
        "reason": ("Lines 731-737 start a new table after Safeguarding children's seven rows, but the source "
                   "prints no 'Priority B' heading before 'Priority C' (line 739).  The three rows are health "
                   "outcomes (NSFs, community health facilities, BME health), kept under Priority B whose "
                   "heading is missing, as the curated seed does."),
    },
    {
        "line": 832, "kind": "team-contact", "name": "Regeneration Team Urban Living",
        "reason": ("The contact cell prints 'Regeneration Team' / 'Urban Living' (lines 832-833) and again "
                   "(834-835), once per sub-row: a team and its directorate, not a plan and not a person.  "
                   "Recorded once as a contact that is a team: not personal data, no person id."),
    },
    {
        "line": 888, "kind": "split-row",
        "titles": ["An ICT strategy to support the improvement in the efficiency of services",
                   "Partnership arrangements with an external ICT provider"],
        "leads": ["BC", "BC"],
        "achievementsSplitAt": "The ICT Strategy identified the need for a strategic partner",
        "actionsSplitAt": "Planning in progress Scoping/Business case",
        "plansSplitAfter": "Sam Curling 020 8424 7687",
        "reason": ("Line 888 is two outcomes run into one row: two titles in the Outcome cell, lead 'BC BC', "
                   "two plan/contact pairs ('ICT Strategy Sam Curling 020 8424 7687' and 'Libre Consulting "
                   "Report Carol Cutler 020 8424 1165').  Achievements split where the text turns to the "
                   "strategic partner; actions split at the second 'Planning in progress' (the second list "
                   "- scoping, ITN, shortlisting, contract - is the procurement of the partner).  The action "
                   "split point is a reading, not printed."),
    },
    {
        "line": 904, "kind": "duplicate-line",
        "appendToAchievementsOfLine": 903,
        "fragment": "consider the recommendations and implement",
        "reason": ("Line 904 repeats lines 900-903 with the tabs lost.  The only words it has that 900-903 do "
                   "not are 'consider the recommendations and implement', which continue line 903's "
                   "achievements ('...was established to'); they are appended there.  Nothing else is taken "
                   "from 904."),
    },
]

# Contact labels that are not "Contact:" itself.  Text matched here is neither a plan nor a
# name: it says what the following person is the contact for.
LABELS = [
    ("Equalities and RES contact:", 559, "role label before Sangeeta Jerath; 'Race Equality Scheme' before it is the plan"),
    ("HVP Group Contacts:", 850, "role label before Ian C Brown, Felicity Williamson"),
    ("Development Agreement:", 669, "role label before David Ball (parallel to 'Community Use:')"),
    ("Community Use:", 669, "role label before Clifton Jackson (lines 669-670)"),
]
GENERIC_LABEL_RE = re.compile(r"Contacts?\s+for\s+[^:]{1,60}:|Contacts?\s*:|\bContact\b", re.I)

# Words that never form part of a person's name in this document (so a name read leftwards
# from a phone stops at them).
NAME_STOP = set("""Plan Plans Strategy Strategies Report Service Services People Energy Renewable Support
Management Consulting Improvement ICT RSe Libre Group Contact Contacts Team Warmth Affordable Tel Ext
Priority Priorities Scheme Statement Standards Business Development Agreement Community Use Connections
Behaviour Corporate Urban Living Regeneration Education Principal Adviser Director Asset Harrow
Equalities RES HVP For Council Policy EDP BV BVPI BVPIs PAF LPSA Target Notes Contract Block Action
Framework Partnership Paper White Implementation Local Public Health Care Mental Learning Youth
Disability Disabilities Board Carers SEN Planning Meeting Winter Directed Performance Report""".split())
PARTICLES = {"de", "Van", "van"}

PHONE_RE = re.compile(
    r"(?:\bTel:\s*)?"
    r"(?:\b0\d{3}\s\d{7}\b|\b(?:0\d{2,3}\s)?\d{3,4}\s\d{4}\b)"
    r"(?:\s*x\d+)?(?:\s*\(ext\.?\s*\d+\))?"
    r"|\bExt:\s*\d+"
)
NAME_TOKEN = r"(?:[A-Z][a-zA-Z'’]*(?:-\s?[A-Z][a-zA-Z'’]+)*|de|Van)"
PI_RE = re.compile(
    r"\b(?P<prefix>BVPIs?|BV|PAF|LPSA(?:\s+Target)?)\s*"
    r"(?P<body>[A-Z]?\d+[a-z]?(?:\.\d+)?"
    r"(?:\s*(?:,|&|–|-|and(?=\s*\d))\s*[A-Z]?\d+[a-z]?(?:\.\d+)?)*)"
)
GAP_PHRASES = [
    (re.compile(r"^\**\s*to be completed\s*\**\.?$", re.I), "TO_BE_COMPLETED"),
    (re.compile(r"^\**\s*to be inserted\s*\**\.?$", re.I), "TO_BE_INSERTED"),
]
EDITORIAL_RE = re.compile(r"\[[^\]]*\?\]|\S*\(\?\)\S*|\S+\?+\.?")
TERMINAL = ".!?:;)"
BULLETS = "•·"


def norm_ws(s):
    return re.sub(r"\s+", " ", s or "").strip()


def norm_name(s):
    """Undo line-wrap hyphenation inside a name ('Llywelyn- Roberts' -> 'Llywelyn-Roberts')."""
    s = norm_ws(s)
    return re.sub(r"-\s+(?=[A-Z])", "-", s)


# --------------------------------------------------------------------------------------
# Reading the lines
# --------------------------------------------------------------------------------------
def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f]


def header_roles(cells):
    """Map the cells of a header line to column roles; return (roles, extra-text per role)."""
    roles, extra = [], {}
    for c in cells:
        s = c.strip()
        if s.startswith("Outcome") and "Lead" in s:
            roles.append("titlelead")
        elif s.startswith("Outcome"):
            roles.append("title")
            rest = s[len("Outcome"):].strip()
            if rest:
                extra["title"] = rest
        elif s.startswith("Lead"):
            roles.append("lead")
        elif s.startswith("Background"):
            roles.append("ach")
        elif s.startswith("Action planned"):
            roles.append("actions")
            rest = re.sub(r"^Action planned and targets for 2004/05 and later", "", s).strip()
            if rest:
                extra["actions"] = rest
        elif s.startswith("Relevant plans"):
            roles.append("plans")
        elif len(s) <= 2:
            roles.append("stray" if s else None)
        else:
            roles.append(None)
    # an empty header cell takes the role missing between its neighbours (line 823)
    order = ["title", "lead", "ach", "actions", "plans"]
    present = set()
    for r in roles:
        if r == "titlelead":
            present |= {"title", "lead"}
        elif r:
            present.add(r)
    for i, r in enumerate(roles):
        if r is None:
            missing = [o for o in order if o not in present]
            if missing:
                roles[i] = missing[0]
                present.add(missing[0])
    return roles, extra


def is_header(line):
    return "Background/what we did" in line or (line.startswith("Outcome") and "Lead" in line)


def split_row(line, roles):
    cells = line.split("\t")
    # a lone bullet cell belongs to the next cell (lines 505, 506)
    if len(cells) > len(roles):
        merged, i = [], 0
        while i < len(cells):
            if cells[i].strip() in BULLETS and i + 1 < len(cells) and len(cells) - 1 >= len(roles):
                merged.append(cells[i + 1])
                i += 2
                cells_left = len(cells) - i + len(merged)
                if cells_left <= len(roles):
                    merged.extend(cells[i:])
                    break
                continue
            merged.append(cells[i])
            i += 1
        cells = merged
    cells = cells + [""] * (len(roles) - len(cells))
    out = {"title": "", "lead": "", "ach": "", "actions": "", "plans": "", "stray": ""}
    for role, cell in zip(roles, cells):
        if role is None:
            continue
        if role == "titlelead":
            out["title"] = cell
        else:
            out[role] = cell
    if out["title"].strip() in BULLETS:
        out["title"] = ""
    if out["actions"].strip() in BULLETS:
        out["actions"] = ""
    return out


class Outcome:
    def __init__(self, theme, letter, ptitle, line, in_other):
        self.theme, self.letter, self.ptitle = theme, letter, ptitle
        self.lines = [line]
        self.in_other = in_other
        self.title_frags = []        # (line, text)
        self.leads = []              # (line, text)
        self.frags = {"ach": [], "actions": [], "plans": []}  # (line, text, after_break)
        self.judgements = []
        self.status = "keep"
        self.override_gaps = []
        self.team_contact = None
        self.no_title_column = False

    def add_line(self, n):
        if n not in self.lines:
            self.lines.append(n)


def ends_open(text):
    t = text.rstrip()
    return bool(t) and t[-1] not in TERMINAL


def parse(path):
    lines = read_lines(path)
    ov_by_line = {o["line"]: o for o in OVERRIDES}
    outcomes = []
    theme = None
    letter = ptitle = None
    roles = None
    in_other = False
    after_break = False
    prio_since_last = True
    applied = []
    for idx, raw in enumerate(lines):
        n = idx + 1
        line = raw
        stripped = line.strip()
        if stripped == END_HEADING:
            break
        th = [k for (h, k) in THEME_HEADINGS if stripped == h]
        if th:
            theme, letter, ptitle, roles, in_other = th[0], None, None, None, False
            prio_since_last = True
            continue
        if theme is None:
            continue
        m = re.match(r"^Priority ([A-Z]): (.*)$", stripped)
        if m:
            if m.group(1) != letter:
                letter, ptitle = m.group(1), m.group(2).strip()
            elif ptitle is None:
                ptitle = m.group(2).strip()
            in_other = False
            prio_since_last = True
            continue
        if stripped.startswith("Other area"):
            # the table the source prints after the lettered priorities: its rows are outcomes of the
            # theme's "Other areas of activity" (ECO-OTHER-1 …), not of the priority printed before it
            in_other = True
            letter, ptitle = "OTHER", "Other areas of activity"
            applied.append((n, "other-areas"))
            if "\t" not in line or line.count("\t") > 6:
                continue
        if "\t" not in line:
            continue
        ov = ov_by_line.get(n)
        if ov and ov["kind"] == "duplicate-line":
            target = [o for o in outcomes if ov["appendToAchievementsOfLine"] in o.lines]
            if target and ov["fragment"] in line:
                o = target[-1]
                o.frags["ach"].append((n, ov["fragment"], False))
                o.add_line(n)
                o.judgements.append(f"line {n}: {ov['reason']}")
                applied.append((n, ov["kind"]))
            continue
        if is_header(line):
            roles, extra = header_roles(line.split("\t"))
            after_break = True
            if outcomes and not prio_since_last:
                last = outcomes[-1]
                if "title" in extra:
                    last.title_frags.append((n, extra["title"]))
                    last.add_line(n)
                    last.judgements.append(f"line {n}: the header's Outcome cell carries '{extra['title']}', "
                                           f"the end of the title cut by the page break")
                if "actions" in extra:
                    last.frags["actions"].append((n, extra["actions"], True))
                    last.add_line(n)
                    last.judgements.append(f"line {n}: the header's Action cell carries '{extra['actions']}', "
                                           f"continuing the previous action across the page break")
            continue
        if roles is None:
            continue
        if ov and ov["kind"] == "priority-before-heading":
            if ov["priority"] != letter:
                letter = ov["priority"]
                ptitle = ov.get("priorityTitle")
                if "priorityTitle" not in ov:
                    # title printed later (line 544): take it from the heading that follows
                    for later in lines[idx:idx + 12]:
                        mm = re.match(r"^Priority " + letter + r": (.*)$", later.strip())
                        if mm:
                            ptitle = mm.group(1).strip()
                prio_since_last = True
            applied.append((n, "priority-before-heading"))
        row = split_row(line, roles)
        title = row["title"].strip()
        lead = row["lead"].strip()
        has_title_col = "title" in roles or "titlelead" in roles
        new = False
        if ov and ov["kind"] == "continuation-of-previous":
            new = False
        elif has_title_col:
            if title:
                prev = outcomes[-1] if outcomes else None
                prev_title = norm_ws(" ".join(t for _, t in prev.title_frags)) if prev else ""
                if (prev is not None and not lead and not prio_since_last and prev_title
                        and not prev_title.endswith(".")):
                    new = False
                    prev.title_frags.append((n, row["stray"] + title))
                    prev.judgements.append(f"line {n}: '{title}' continues the title (no lead, previous "
                                           f"title unfinished)")
                    title = ""
                else:
                    new = True
        else:
            # table printed without its Outcome column (line 900): a lead starts a row
            new = bool(lead)
        if new:
            o = Outcome(theme, letter, ptitle, n, in_other)
            if has_title_col:
                o.title_frags.append((n, row["stray"] + title))
                if row["stray"]:
                    o.judgements.append(f"line {n}: the stray first column '{row['stray']}' is the title's "
                                        f"first letter ('{row['stray']}' + '{title}')")
            else:
                o.no_title_column = True
                o.judgements.append(f"line {n}: the Outcome column of this page is missing from the "
                                    f"extraction (header line 900 starts at 'Lead'); the title is not printed")
            if lead:
                o.leads.append((n, lead))
            prev = outcomes[-1] if outcomes else None
            # lower-case fragment finishing the previous outcome's sentence
            if prev is not None and not prio_since_last and prev.theme == theme:
                for col in ("ach", "actions"):
                    cell = row[col].strip()
                    pf = prev.frags[col]
                    if cell and pf and ends_open(pf[-1][1]) and cell[0].islower():
                        mm = re.match(r"^(.*?[.!?])(\s+|$)", cell)
                        if mm:
                            frag = mm.group(1)
                            prev.frags[col].append((n, frag, False))
                            prev.add_line(n)
                            rest = cell[mm.end():]
                            row[col] = rest
                            prev.judgements.append(f"line {n}: '{frag}' at the start of the next row's "
                                                   f"{col} cell finishes this outcome's unfinished sentence")
                            o.judgements.append(f"line {n}: the leading words '{frag}' of the {col} cell "
                                                f"belong to the previous outcome's sentence")
            outcomes.append(o)
            prio_since_last = False
            if ov and ov["kind"] in ("split-row", "team-contact", "gap", "note"):
                applied.append((n, ov["kind"]))
        else:
            if not outcomes:
                continue
            o = outcomes[-1]
            o.add_line(n)
            if lead and not (ov and ov["kind"] == "continuation-of-previous"):
                o.leads.append((n, lead))
            if ov and ov["kind"] == "continuation-of-previous":
                o.judgements.append(f"line {n}: {ov['reason']}")
                applied.append((n, ov["kind"]))
            if ov and ov["kind"] in ("team-contact", "gap", "note"):
                applied.append((n, ov["kind"]))
        o = outcomes[-1]
        for col in ("ach", "actions", "plans"):
            cell = row[col]
            if cell.strip():
                o.frags[col].append((n, cell, after_break))
        after_break = False
        if ov and ov["kind"] == "continuation-of-previous":
            # keep the 482 row also as its own record (status merge-into), for traceability
            dup = Outcome(theme, letter, ptitle, n, in_other)
            dup.title_frags.append((n, row["title"].strip()))
            if lead:
                dup.leads.append((n, lead))
            for col in ("ach", "actions", "plans"):
                if row[col].strip():
                    dup.frags[col].append((n, row[col], False))
            dup.status = "merge-into"
            dup.merge_override = ov
            # trim the duplicate fragment from the receiving outcome's actions
            keep = ov["keepActionsUpTo"]
            last = o.frags["actions"][-1]
            text = last[1]
            cut = text.find(keep)
            if cut >= 0:
                o.frags["actions"][-1] = (last[0], text[:cut + len(keep)], last[2])
            # and drop the duplicate contact cell from the receiving outcome
            o.frags["plans"] = [f for f in o.frags["plans"] if f[0] != n]
            outcomes.append(dup)
            dup.judgements.append(f"line {n}: {ov['reason']}")
            prio_since_last = False
        if ov and ov["kind"] in ("team-contact",):
            o.team_contact = ov
        if ov and ov["kind"] == "gap":
            o.override_gaps.append(ov)
        if ov and ov["kind"] == "note":
            o.judgements.append(f"line {n}: {ov['reason']}")
        if ov and ov["kind"] == "split-row":
            o.split_override = ov
    missing = sorted({ov["line"] for ov in OVERRIDES} - {n for n, _k in applied})
    if missing:
        raise SystemExit(f"census: overrides not applied (source changed?): lines {missing}")
    return lines, outcomes


# --------------------------------------------------------------------------------------
# Columns -> fields
# --------------------------------------------------------------------------------------
def join_frags(frags):
    return norm_ws(" ".join(t for _, t, *_ in frags))


SENT_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?]\)))\s+(?=[A-Z\"'‘“(])")


FUNCTION_WORDS = {"of", "the", "and", "a", "an", "to", "for", "in", "with", "as", "during", "by", "on", "at",
                  "or", "from", "into", "their", "its", "our", "this", "these", "that", "which"}


def action_items(frags):
    """Cells -> items.  A cell continues the previous item when that item stops mid-sentence and
    either the cell starts in lower case / with a digit ('2004/05 to a programme...') or the item
    ends on a function word ('...Quality of' + 'Life issues.'); otherwise it is a new item (the
    bullets themselves are lost in the extraction).  Items are then split into sentences."""
    items = []
    for (n, text, brk) in frags:
        t = norm_ws(text)
        if not t:
            continue
        if t.strip("*").strip().lower() in ("to be completed",):
            continue
        if items and ends_open(items[-1]):
            last_word = items[-1].split()[-1].lower()
            if t[0].islower() or t[0].isdigit() or last_word in FUNCTION_WORDS or items[-1].endswith("-"):
                items[-1] = items[-1] + " " + t
                continue
        items.append(t)
    out = []
    for it in items:
        out.extend(s.strip() for s in SENT_SPLIT.split(it) if s.strip())
    return out


def expand_pi(prefix, body):
    p = prefix.strip()
    if p.startswith("BV"):
        p = "BV"
    elif p.startswith("LPSA"):
        p = "LPSA"
    out = []
    parts = re.split(r"\s*(,|&|–|-|and)\s*", body)
    vals, seps = parts[0::2], parts[1::2]
    prev = None
    for i, v in enumerate(vals):
        v = v.strip()
        if not v:
            continue
        sep = seps[i - 1] if i > 0 else None
        if sep in ("–", "-") and prev is not None:
            a = re.match(r"(\d+)([a-z])$", prev)
            b = re.match(r"(\d+)([a-z])$", v)
            if a and b and a.group(1) == b.group(1):
                for c in range(ord(a.group(2)) + 1, ord(b.group(2)) + 1):
                    out.append(f"{p} {a.group(1)}{chr(c)}")
                prev = v
                continue
        out.append(f"{p} {v}")
        prev = v
    return out


def build_roster(outcomes):
    roster = set()
    for o in outcomes:
        cell = join_frags(o.frags["plans"])
        for m in label_spans(cell):
            nm = name_after(cell, m[1])
            if nm:
                roster.add(norm_name(nm[2]))
        for pm in PHONE_RE.finditer(cell):
            for nm in names_before(cell, pm.start()):
                roster.add(norm_name(nm[2]))
    return roster


def label_spans(cell):
    spans = []
    for (lab, _line, _why) in LABELS:
        for m in re.finditer(re.escape(lab), cell):
            spans.append((m.start(), m.end(), lab))
    for m in GENERIC_LABEL_RE.finditer(cell):
        if any(s <= m.start() < e for s, e, _ in spans):
            continue
        spans.append((m.start(), m.end(), m.group(0)))
    return sorted(spans)


def name_after(cell, pos):
    m = re.match(r"\s*(" + NAME_TOKEN + r"(?:\s+" + NAME_TOKEN + r"){1,3})", cell[pos:])
    if not m:
        return None
    toks = merge_hyphen(m.group(1).split())
    keep = []
    for t in toks:
        if t in NAME_STOP or t.rstrip(":") in NAME_STOP:
            break
        keep.append(t)
        plain = [k for k in keep if k not in PARTICLES and not re.fullmatch(r"[A-Z]", k)]
        if len(plain) == 2 and not k_hyphen_open(t):
            break
    if len([t for t in keep if t not in PARTICLES and not re.fullmatch(r"[A-Z]", t)]) < 2:
        return None
    text = " ".join(keep)
    start = pos + m.start(1)
    # recompute end on the original string
    pat = r"\s*".join(re.escape(t).replace(r"\-", r"-\s?") for t in keep)
    end = start + len(re.match(pat, cell[start:]).group(0))
    return (start, end, text)


def merge_hyphen(toks):
    """'Llywelyn-' + 'Roberts' -> 'Llywelyn-Roberts' (line-wrap hyphen inside a name)."""
    out = []
    for t in toks:
        if out and out[-1].endswith("-") and t[:1].isupper():
            out[-1] = out[-1] + t
        else:
            out.append(t)
    return out


def k_hyphen_open(tok):
    return tok.endswith("-")


def names_before(cell, pos):
    """Capitalised run read leftwards from pos; 4 plain tokens = two people."""
    left = cell[:pos].rstrip()
    left = re.sub(r"Tel:\s*$", "", left).rstrip()
    toks = []
    for m in re.finditer(r"\S+", left):
        toks.append((m.start(), m.end(), m.group(0)))
    merged = []
    for tok in toks:
        if merged and merged[-1][2].endswith("-") and tok[2][:1].isupper():
            merged[-1] = (merged[-1][0], tok[1], merged[-1][2] + tok[2])
        else:
            merged.append(tok)
    toks = merged
    run = []
    i = len(toks) - 1
    while i >= 0:
        s, e, t = toks[i]
        if t.endswith((",", "/", ":", ".", ")", ";")) and run:
            break
        if t.endswith((",", "/", ":", ".", ")", ";")):
            break
        bare = t
        if bare in NAME_STOP or not re.fullmatch(NAME_TOKEN, bare) and not re.fullmatch(r"[A-Z][a-zA-Z'’]*-", bare):
            break
        run.insert(0, (s, e, t))
        i -= 1
    # join "Llywelyn-" + "Roberts"
    plain = [r for r in run if r[2] not in PARTICLES]
    if len(plain) < 2:
        return []
    if len(plain) == 4 and len(run) == 4 and not any(len(r[2]) == 1 for r in run):
        a, b = run[:2], run[2:]
        return [(a[0][0], a[1][1], a[0][2] + " " + a[1][2]), (b[0][0], b[1][1], b[0][2] + " " + b[1][2])]
    # a person is first name [+ initial/particle] + surname: at most two plain tokens
    while len([r for r in run if r[2] not in PARTICLES and not re.fullmatch(r"[A-Z]", r[2])]) > 2:
        run = run[1:]
    while run and (run[0][2] in PARTICLES or re.fullmatch(r"[A-Z]", run[0][2])):
        run = run[1:]
    return [(run[0][0], run[-1][1], " ".join(r[2] for r in run))]


def label_before(seq, i):
    """The label printed before a name, over the names run together with it ("HVP Group Contacts: Ian C
    Brown, Felicity Williamson"), unless it is the plain "Contact:" every cell has."""
    j = i - 1
    while j >= 0 and seq[j][2] == "name":
        j -= 1
    if j >= 0 and seq[j][2] == "label" and not re.fullmatch(r"Contacts?\s*:?", seq[j][3].strip(), re.I):
        return norm_ws(seq[j][3])
    return None


def parse_plans_cell(cell, roster, judgements, line_hint):
    """Split the last column into plans, indicators, contacts, gaps."""
    spans = []  # (start, end, kind, payload)
    for s, e, lab in label_spans(cell):
        spans.append((s, e, "label", lab))
        for (l2, ln, why) in LABELS:
            if l2 == lab:
                judgements.append(f"line {ln}: '{lab}' is a contact label ({why}), not a plan")
    for m in PHONE_RE.finditer(cell):
        spans.append((m.start(), m.end(), "phone", norm_ws(re.sub(r"^Tel:\s*", "", m.group(0)))))
    names = []
    for s, e, lab in label_spans(cell):
        nm = name_after(cell, e)
        if nm:
            names.append(nm)
    for m in PHONE_RE.finditer(cell):
        names.extend(names_before(cell, m.start()))
    for r in sorted(roster, key=len, reverse=True):
        pat = re.escape(r).replace(r"\-", r"-\s?").replace(r"\ ", r"\s+")
        for m in re.finditer(r"(?<![A-Za-z])" + pat + r"(?![a-z])", cell):
            names.append((m.start(), m.end(), m.group(0)))
    # keep longest non-overlapping names
    names.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    chosen = []
    for nm in names:
        if any(not (nm[1] <= c[0] or nm[0] >= c[1]) for c in chosen):
            continue
        if any(not (nm[1] <= s[0] or nm[0] >= s[1]) for s in spans if s[2] == "phone"):
            continue
        chosen.append(nm)
    # a name inside a label span (e.g. 'Contact') is not a name
    chosen = [c for c in chosen if not any(s[0] <= c[0] and c[1] <= s[1] for s in spans if s[2] == "label")]
    for c in chosen:
        spans.append((c[0], c[1], "name", c[2]))
    for m in PI_RE.finditer(cell):
        if any(not (m.end() <= s[0] or m.start() >= s[1]) for s in spans):
            continue
        spans.append((m.start(), m.end(), "pi", m.group(0)))
    spans.sort()
    # contacts: each phone to the nearest preceding name, and to names adjacent to that one
    contacts = []
    seq = [s for s in spans if s[2] in ("name", "phone", "label")]
    assigned = {}
    roles = []
    for i, s in enumerate(seq):
        if s[2] != "phone":
            continue
        j = i - 1
        while j >= 0 and seq[j][2] not in ("name", "phone"):
            j -= 1
        if j < 0 or seq[j][2] != "name" or j in assigned:
            continue
        group = [j]
        k = j - 1
        while k >= 0 and seq[k][2] == "name" and re.fullmatch(r"[\s,/]*", cell[seq[k][1]:seq[group[0]][0]]) \
                and k not in assigned:
            group.insert(0, k)
            k -= 1
        between = cell[seq[j][1]:s[0]].strip()
        if between and between not in ("Tel:",):
            roles.append((seq[j][0], seq[j][1], between))
        for g in group:
            assigned[g] = s[3]
        if len(group) > 1:
            judgements.append(f"line {line_hint}: the number {s[3]} is printed once after "
                              f"{' and '.join(norm_name(seq[g][3]) for g in group)}; given to each")
    role_of = {(ns, ne): text.strip(" ,;()") for (ns, ne, text) in roles}
    for i, s in enumerate(seq):
        if s[2] == "name":
            printed = [label_before(seq, i), role_of.get((s[0], s[1]))]
            contact = {"name": norm_name(s[3]), "phone": assigned.get(i)}
            if any(printed):
                contact["role"] = " ".join(p for p in printed if p)
            contacts.append(contact)
    # role text between a name and its phone is not a plan
    role_spans = []
    for (ns, ne, text) in roles:
        st = cell.find(text, ne)
        if st >= 0:
            role_spans.append((st, st + len(text), "role", text))
            judgements.append(f"line {line_hint}: '{text}' between the name and the phone is the "
                              f"person's role, not a plan")
    all_spans = sorted(spans + role_spans)
    # orphan phones (no name before them)
    for i, s in enumerate(seq):
        if s[2] == "phone":
            j = i - 1
            while j >= 0 and seq[j][2] == "label":
                j -= 1
            if j < 0 or seq[j][2] != "name":
                contacts.append({"name": None, "phone": s[3]})
    # labels with no name after them
    gaps = []
    for s in spans:
        if s[2] == "label":
            nxt = [t for t in spans if t[0] >= s[1] and t[2] in ("name",)]
            following = cell[s[1]:].strip()
            if not nxt or cell[s[1]:nxt[0][0]].strip():
                if not nxt or not following or nxt[0][0] > s[1] + 3:
                    gaps.append({"field": "contacts", "kind": "BLANK", "wording": s[3],
                                 "note": f"label '{s[3]}' is printed with no name after it"})
    # indicators
    indicators, indicator_numbers, indicator_notes = [], [], []
    pis = [s for s in all_spans if s[2] == "pi"]
    for s in pis:
        indicators.append(norm_ws(s[3]).rstrip(".;,"))
        m = PI_RE.match(s[3])
        indicator_numbers.extend(expand_pi(m.group("prefix"), m.group("body")))
    # remaining text -> plans
    pieces, pos = [], 0
    for s in all_spans:
        if s[0] > pos:
            pieces.append((pos, cell[pos:s[0]]))
        pos = max(pos, s[1])
    pieces.append((pos, cell[pos:]))
    plans = []
    for start, text in pieces:
        t = norm_ws(text)
        # qualifier right after a PI reference ("BV 117 to increase especially in ...")
        prev_pi = [s for s in pis if s[1] <= start and not cell[s[1]:start].strip()]
        if prev_pi and t[:3] == "to ":
            indicator_notes.append({"indicator": norm_ws(prev_pi[-1][3]), "text": t})
            judgements.append(f"line {line_hint}: '{t}' qualifies {norm_ws(prev_pi[-1][3])}; kept with the "
                              f"indicator, not as a plan")
            continue
        for part in re.split(r";|(?<=[.])\s+(?=[A-Z\"“])", t):
            p = part.strip().strip(",;:").strip()
            p = re.sub(r"[\s,]*\.$", "", p) if not p.endswith(")") else p
            p = p.strip().rstrip(",;:").strip()
            if not p or re.fullmatch(r"(and|&|,|\.|-|–|/)+", p):
                continue
            plans.append(p)
    # dedupe contacts printed twice
    seen, uniq = set(), []
    for c in contacts:
        key = (c["name"], c["phone"])
        if key in seen:
            judgements.append(f"line {line_hint}: {c['name']} {c['phone']} is printed twice; kept once")
            continue
        seen.add(key)
        uniq.append(c)
    return plans, indicators, indicator_numbers, indicator_notes, uniq, gaps


def gap_for_cell(field, text):
    t = norm_ws(text)
    if not t:
        return {"field": field, "kind": "BLANK", "wording": None, "note": None}
    for rx, kind in GAP_PHRASES:
        if rx.match(t):
            return {"field": field, "kind": kind, "wording": t.strip("*").strip(), "note": None}
    return None


NUM_TARGET_RE = re.compile(
    r"(?<![£\w./-])(?:not less than |over |approximately )?(\d[\d,]*(?:\.\d+)?)(%|\s+(?:new\s+|of the \d+ new\s+)?"
    r"(?:[a-z-]+\s+){0,4}?(?:homes?|units?|places?|properties|applications|tenants|dwellings)"
    r"|\s+for\s+shared\s+ownership)",
    re.I)


def numeric_targets(actions, frags):
    out = []
    for sent in actions:
        for m in NUM_TARGET_RE.finditer(sent):
            num = m.group(1)
            if re.fullmatch(r"(19|20)\d\d", num):
                continue
            line = None
            for (n, t, *_r) in frags:
                if m.group(0)[:12] in norm_ws(t):
                    line = n
                    break
            out.append({"printed": norm_ws(m.group(0)), "sentence": sent, "line": line})
    return out


def editorial(text):
    return [m.group(0) for m in EDITORIAL_RE.finditer(text or "")]


def assemble(outcomes):
    roster = build_roster(outcomes)
    result = []
    counters = {}
    for o in outcomes:
        key = (o.theme, o.letter)
        counters[key] = counters.get(key, 0) + 1
        o.num = counters[key]
    # a split row takes the number after its first half; the rows printed after it move up by one
    for o in outcomes:
        if hasattr(o, "split_override"):
            for later in outcomes:
                if (later.theme, later.letter) == (o.theme, o.letter) and later.num > o.num:
                    later.num += 1
    records = []
    for o in outcomes:
        if hasattr(o, "split_override"):
            records.extend(split_record(o, o.num + 1, roster))
        else:
            records.append(record(o, o.num, roster))
    return records, roster


def record(o, num, roster, override_cells=None):
    oid = f"{o.theme}-{o.letter}-{num}"
    j = list(o.judgements)
    cells = override_cells or {
        "title": norm_ws(" ".join(t for _, t in o.title_frags)) if not o.no_title_column else None,
        "lead": " / ".join(norm_ws(t) for _, t in o.leads) if o.leads else None,
        "ach": o.frags["ach"], "actions": o.frags["actions"], "plans": o.frags["plans"],
    }
    plans_text = join_frags(cells["plans"])
    line_hint = cells["plans"][0][0] if cells["plans"] else min(o.lines)
    if o.team_contact:
        plans_list, inds, indnums, indnotes, contacts, cgaps = [], [], [], [], \
            [{"name": None, "phone": None, "team": o.team_contact["name"]}], []
        j.append(f"line {o.team_contact['line']}: {o.team_contact['reason']}")
    else:
        plans_list, inds, indnums, indnotes, contacts, cgaps = parse_plans_cell(plans_text, roster, j, line_hint)
    gaps = []
    if cells["title"] is None:
        gaps.append({"field": "title", "kind": "BLANK", "wording": None,
                     "note": "the Outcome column of this page is missing from the extraction"})
    if not cells["lead"]:
        gaps.append({"field": "leadDirectorate", "kind": "BLANK", "wording": None, "note": None})
    ach_text = join_frags(cells["ach"])
    g = gap_for_cell("achievements", ach_text)
    achievements = ach_text
    if g:
        gaps.append(g)
        achievements = None
    else:
        m = re.search(r"\s*STATS\s*to be completed\s*$", ach_text)
        if m:
            gaps.append({"field": "achievements", "kind": "TO_BE_COMPLETED", "wording": "STATSto be completed",
                         "note": "the statistics are to be completed; the sentence before it is printed"})
            achievements = ach_text[:m.start()].strip()
        if "XXX" in ach_text:
            gaps.append({"field": "achievements", "kind": "PLACEHOLDER", "wording": "XXX",
                         "note": "figure printed as XXX"})
    for og in o.override_gaps:
        gaps.append({"field": og["field"], "kind": og["gapKind"], "wording": og["wording"],
                     "note": og["reason"]})
    act_text = join_frags(cells["actions"])
    g = gap_for_cell("actions", act_text)
    if g:
        gaps.append(g)
    actions = action_items(cells["actions"])
    pg = gap_for_cell("plans", plans_text)
    if pg and pg["kind"] != "BLANK":
        gaps.append(pg)
        gaps.append({"field": "contacts", "kind": pg["kind"], "wording": pg["wording"],
                     "note": "the combined plans/contact cell reads '" + pg["wording"] + "'"})
        plans_list = []
    elif not contacts:
        gaps.append({"field": "contacts", "kind": "BLANK", "wording": None,
                     "note": None if not plans_text else "the last column has plans but no contact"})
    gaps.extend(cgaps)
    eq = []
    for field, text in (("title", cells["title"]), ("achievements", ach_text), ("actions", act_text),
                        ("plans", plans_text)):
        for q in editorial(text):
            eq.append({"field": field, "printed": q})
    frags_all = cells["actions"]
    nts = numeric_targets(actions, frags_all)
    lines = sorted(set(o.lines) | {n for c in ("ach", "actions", "plans") for (n, *_r) in cells[c]})
    status = "keep"
    if o.status == "merge-into":
        status = "merge-into:" + f"{o.theme}-{o.letter}-{num - 1}"
    elif o.in_other:
        j.append(f"lines {lines[0]}-{lines[-1]}: printed in the theme's 'Other areas of activity' table, after its "
                 f"lettered priorities")
    if o.theme == "HSC" and o.letter == "B":
        j.append("Priority B heading missing in the source: " + [x for x in OVERRIDES if x["line"] == 732][0]["reason"])
    if o.theme == "ENV" and o.letter == "F":
        j.append([x for x in OVERRIDES if x["line"] == 538][0]["reason"])
    cont = sorted(set(lines_of(cells)) - {min(o.lines)})
    if cont and not override_cells:
        sub_leads = [f"'{t}' (line {n})" for n, t in o.leads[1:]]
        j.insert(0, f"rows at lines {', '.join(map(str, cont))} belong to the row at line {min(o.lines)} "
                    f"(continuation rows across page breaks or sub-rows; reasons below where not plain)"
                 + (f"; the sub-rows carry their own lead {', '.join(sub_leads)}, kept in leadDirectorate"
                    if sub_leads else ""))
    for c in contacts:
        if c["name"] and not c["phone"] and "Team" not in c["name"]:
            j.append(f"no phone is printed for {c['name']} in this row; left null, not filled from other rows")
    for g in gaps:
        if g["kind"] != "BLANK" or g.get("wording"):
            j.append(f"gap kept: {g['field']} {g['kind']}" + (f" ('{g['wording']}')" if g.get("wording") else ""))
    raw_plans = join_frags(cells["plans"])
    for c in contacts:
        if c["name"] and "-" in c["name"]:
            wrapped = re.sub(r"-(?=[A-Z])", "- ", c["name"])
            if wrapped != c["name"] and wrapped in raw_plans:
                j.append(f"contact name printed '{wrapped}' (line-wrap hyphen); read as '{c['name']}'")
    pis_text = []
    for field, text in (("achievements", ach_text), ("actions", act_text)):
        for m in PI_RE.finditer(text or ""):
            ref = norm_ws(m.group(0)).rstrip(".;,")
            if ref not in inds:
                pis_text.append({"field": field, "printed": ref})
    return OrderedDict([
        ("id", oid), ("themeKey", o.theme), ("priority", o.letter), ("priorityTitle", o.ptitle),
        ("sourceLines", [lines[0], lines[-1]]),
        ("title", cells["title"]), ("leadDirectorate", cells["lead"]),
        ("achievements", achievements), ("actions", actions), ("plans", plans_list),
        ("indicators", inds), ("indicatorNumbers", indnums), ("indicatorNotes", indnotes),
        ("indicatorsMentionedInText", pis_text),
        ("contacts", contacts), ("numericTargetsInText", nts), ("editorialQueries", eq),
        ("gaps", gaps), ("judgement", "; ".join(dict.fromkeys(j)) if j else "read as printed"),
        ("status", status),
    ])


def lines_of(cells):
    return [n for c in ("ach", "actions", "plans") for (n, *_r) in cells[c]]


def split_record(o, new_num, roster):
    ov = o.split_override
    ach = join_frags(o.frags["ach"])
    act = join_frags(o.frags["actions"])
    pl = join_frags(o.frags["plans"])
    n = ov["line"]
    ai = ach.find(ov["achievementsSplitAt"])
    ci = act.find(ov["actionsSplitAt"])
    pi = pl.find(ov["plansSplitAfter"]) + len(ov["plansSplitAfter"])
    first = {"title": ov["titles"][0], "lead": ov["leads"][0],
             "ach": [(n, ach[:ai], False)], "actions": [(n, act[:ci], False)], "plans": [(n, pl[:pi], False)]}
    second = {"title": ov["titles"][1], "lead": ov["leads"][1],
              "ach": [(n, ach[ai:], False)], "actions": [(n, act[ci:], False)], "plans": [(n, pl[pi:], False)]}
    o.judgements.append(f"line {n}: {ov['reason']}")
    a = record(o, o.num, roster, first)
    b = record(o, new_num, roster, second)
    b["status"] = f"split-from:{a['id']}"
    b["judgement"] = (f"line {n}: second outcome of the run-together row; numbered {b['id']}, after the first, as "
                      f"printed; the rows after it in Priority {o.letter} move up by one. " + b["judgement"])
    return a, b


def main(argv):
    src = DEFAULT_SOURCE
    out = None
    args = list(argv)
    if "--out" in args:
        i = args.index("--out")
        out = args[i + 1]
        del args[i:i + 2]
    if args:
        src = args[0]
    _lines, outcomes = parse(src)
    records, _roster = assemble(outcomes)
    text = json.dumps(records, indent=1, ensure_ascii=False)
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    else:
        sys.stdout.write(text + "\n")
    return records


if __name__ == "__main__":
    main(sys.argv[1:])
