#!/usr/bin/env python3
"""Compare the census (census.py output) with the curated seed JSON and write diff.md.

    python3 make_diff.py [--census outcomes-000.json] [--seed SEED.json] [--source SOURCE.txt] [--out diff.md]

Stdlib only; reads the seed, never writes it.
"""
import json
import re
import sys
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import census  # noqa: E402

DEFAULT_SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "seed", "harrow-bvpp-2004-05-draft-1.json")


def nws(s):
    return re.sub(r"\s+", " ", s or "").strip()


def nname(s):
    return census.norm_name(s) if s else s


def nphone(s):
    return re.sub(r"\s+", "", s or "") or None


def ntext(s):
    """Compare text ignoring case, spacing and punctuation."""
    return re.sub(r"[^a-z0-9]+", "", (s or "").lower())


def seed_outcomes(seed):
    out = {}
    for t in seed["themes"]:
        for p in t["priorities"] or []:
            if p is None:
                continue
            for i, o in enumerate(p.get("outcomes") or []):
                out[f"{t['key']}-{p['letter']}-{i + 1}"] = o
    return out


def seed_indicator_numbers(o):
    nums = []
    for s in o.get("indicators") or []:
        for m in census.PI_RE.finditer(s):
            nums.extend(census.expand_pi(m.group("prefix"), m.group("body")))
    return nums


def find_line(lines, text, lo, hi):
    if not text:
        return None
    probe = nws(text)[:25]
    for n in range(lo, hi + 1):
        if probe and probe in nws(lines[n - 1]):
            return n
    # names may be split over lines / hyphen-wrapped
    first = probe.split(" ")[0] if probe else ""
    for n in range(lo, hi + 1):
        if first and first in lines[n - 1]:
            return n
    return None


def trunc(s, n=140):
    s = nws(s) if isinstance(s, str) else json.dumps(s, ensure_ascii=False)
    return s if len(s) <= n else s[:n - 1] + "…"


def classify_contacts(expected, seed_contacts, seed_plans):
    """Return per-person classification and notes on the seed entries."""
    res = []
    used = set()
    exp_names = [nname(c["name"]) for c in expected if c["name"]]
    for c in expected:
        name, phone = nname(c["name"]), nphone(c["phone"])
        kind, detail = None, None
        for i, s in enumerate(seed_contacts):
            sn = nname(s.get("name"))
            if sn and sn == name:
                kind = "right" if nphone(s.get("phone")) == phone else "phone-differs"
                detail = s
                used.add(i)
                break
        if kind is None and name:
            for i, s in enumerate(seed_contacts):
                sn = nname(s.get("name")) or ""
                if name in sn and sn != name:
                    others = [e for e in exp_names if e != name and e in sn]
                    kind = "merged" if others else "stray-words"
                    detail = s
                    used.add(i)
                    break
        if kind is None:
            for i, s in enumerate(seed_contacts):
                if not s.get("name") and nphone(s.get("phone")) == phone and phone:
                    kind = "phone-without-name"
                    detail = s
                    used.add(i)
                    break
        if kind is None:
            in_plans = any(name and (name in nname(p) or name.split(" ")[-1] in p) for p in seed_plans)
            kind = "missing"
            detail = "put into plans" if in_plans else "absent"
        res.append((c, kind, detail))
    extra = [s for i, s in enumerate(seed_contacts) if i not in used]
    return res, extra


def main(argv):
    args = dict(zip(argv[::2], argv[1::2]))
    census_path = args.get("--census", os.path.join(HERE, "outcomes-000.json"))
    seed_path = args.get("--seed", DEFAULT_SEED)
    src = args.get("--source", census.DEFAULT_SOURCE)
    out = args.get("--out", os.path.join(HERE, "diff.md"))
    recs = json.load(open(census_path, encoding="utf-8"))
    seed = json.load(open(seed_path, encoding="utf-8"))
    lines = census.read_lines(src)
    S = seed_outcomes(seed)
    byid = {r["id"]: r for r in recs}
    # what each seed outcome should hold: its census record, plus rows split out of it
    expected = {}
    for r in recs:
        sid = r["id"]
        if r["status"].startswith("split-from:"):
            sid = r["status"].split(":", 1)[1]
        expected.setdefault(sid, []).append(r)

    counts = {"right": 0, "right-hyphen-normalised": 0, "missing": 0, "missing-in-plans": 0,
              "stray-words": 0, "merged": 0, "phone-without-name": 0, "phone-differs": 0}
    merged_entries = set()
    stray_entries = []
    plans_wrong = []
    ind_total, ind_missing = 0, []
    gap_blank_with_content, gap_tbc_planned, gap_other = [], [], []
    nt_missing = []
    eq_unflagged = []
    sections = []
    team_in_plans = []
    dup_entries = []

    for r in recs:
        sid = r["id"]
        so = S.get(sid)
        lo, hi = r["sourceLines"]
        rows = []
        status = r["status"]
        if status.startswith("split-from:"):
            rows.append(("status", "(part of " + status.split(":")[1] + ")", "new outcome " + sid + " split out",
                         lo, r["judgement"][:300]))
            so_parent = S.get(status.split(":")[1])
            sections.append((sid, r, rows, None))
            continue
        if so is None:
            rows.append(("status", "(absent)", status, lo, ""))
            sections.append((sid, r, rows, None))
            continue
        if status != "keep":
            rows.append(("status", "outcome", status, lo, r["judgement"][:700]))
        parts = expected.get(sid, [r])
        # ---- title / lead / achievements / actions
        if nws(so.get("title")) != nws(r["title"]):
            rows.append(("title", so.get("title"), r["title"], lo, ""))
        if nws(so.get("leadDirectorate")) != nws(r["leadDirectorate"]):
            rows.append(("leadDirectorate", so.get("leadDirectorate"), r["leadDirectorate"], lo, ""))
        if status == "keep" or status.startswith("not-an"):
            if ntext(so.get("achievements")) != ntext(r["achievements"]) and not (
                    len(parts) > 1 and ntext(so.get("achievements")) == ntext(" ".join(p["achievements"] or "" for p in parts))):
                rows.append(("achievements", so.get("achievements"), r["achievements"], lo, "text differs"))
            sa = ntext(" ".join(so.get("actions") or []))
            ca = ntext(" ".join(" ".join(p["actions"]) for p in parts))
            if sa != ca:
                rows.append(("actions", " | ".join(so.get("actions") or []),
                             " | ".join(" | ".join(p["actions"]) for p in parts), lo, "text differs"))
        # ---- plans
        cplans = [x for p in parts for x in p["plans"]]
        if status.startswith("merge-into"):
            cplans = []
        if ntext(" ".join(so.get("plans") or [])) != ntext(" ".join(cplans)):
            why = []
            sp = " ".join(so.get("plans") or [])
            if any(c["name"] and nname(c["name"]).split(" ")[-1] in nname(sp) for p in parts for c in p["contacts"]):
                why.append("holds contact names")
            if census.PI_RE.search(sp):
                why.append("holds PI references")
            if re.search(r"\b\d{3,4}\s\d{4}\b", sp):
                why.append("holds phone numbers")
            if not why and cplans and not so.get("plans"):
                why.append("plans missing")
            if not why:
                why.append("fragment / wrong words")
            plans_wrong.append((sid, why))
            rows.append(("plans", so.get("plans"), cplans, find_line(lines, (cplans or [""])[0], lo, hi) or lo,
                         ", ".join(why)))
        # ---- indicators
        cnums = [x for p in parts for x in p["indicatorNumbers"]] if not status.startswith("merge") else []
        snums = seed_indicator_numbers(so)
        ind_total += len(cnums)
        miss = [x for x in cnums if x not in snums]
        if miss:
            ind_missing.append((sid, miss))
        if [x for p in parts for x in p["indicators"]] != (so.get("indicators") or []) and not status.startswith("merge"):
            rows.append(("indicators", so.get("indicators"), [x for p in parts for x in p["indicators"]],
                         find_line(lines, ([x for p in parts for x in p["indicators"]] or [""])[0], lo, hi) or lo,
                         ("missing: " + ", ".join(miss)) if miss else "same numbers, printed form differs"))
        # ---- contacts
        if not status.startswith("merge"):
            exp = [c for p in parts for c in p["contacts"]]
            people = [c for c in exp if c["name"] and "Team" not in c["name"]]
            teams = [c for c in exp if c["name"] and "Team" in c["name"]]
            for t in teams:
                if not any(nname(s.get("name")) == t["name"] for s in so.get("contacts") or []):
                    team_in_plans.append(sid)
                    rows.append(("contacts", so.get("contacts"), [t], find_line(lines, "Regeneration Team", lo, hi) or lo,
                                 "team contact held in plans"))
            res, extra = classify_contacts(people, so.get("contacts") or [], so.get("plans") or [])
            for (c, kind, detail) in res:
                ln = find_line(lines, c["name"], lo, hi) or lo
                if kind == "right":
                    counts["right"] += 1
                    if nws(detail.get("name")) != nws(c["name"]):
                        counts["right-hyphen-normalised"] += 1
                        rows.append(("contacts.name", detail.get("name"), c["name"], ln,
                                     "same person; line-wrap hyphen removed"))
                    continue
                counts[kind] += 1
                if kind == "missing" and detail == "put into plans":
                    counts["missing-in-plans"] += 1
                if kind == "merged":
                    merged_entries.add((sid, detail.get("name")))
                if kind == "stray-words":
                    stray_entries.append((sid, detail.get("name"), c["name"]))
                rows.append(("contacts", detail if isinstance(detail, dict) else f"({detail})", c, ln, kind))
            seen = set()
            for s in so.get("contacts") or []:
                k = (nname(s.get("name")), nphone(s.get("phone")))
                if k in seen:
                    dup_entries.append((sid, s.get("name")))
                    rows.append(("contacts", s, "(printed twice; one entry)", lo, "duplicate entry"))
                seen.add(k)
        # ---- gaps
        sg = {(g["field"], g["kind"]): g for g in so.get("gaps") or []}
        cg = {}
        for p in parts:
            for g in p["gaps"]:
                cg[(g["field"], g["kind"])] = g
        for key, g in sg.items():
            if key in cg:
                continue
            if key[0] == "targets":
                continue  # the census does not rebuild targets[]; the XXX is kept under achievements
            field, kind = key
            if status.startswith("merge"):
                gap_other.append((sid, key, "row is not an outcome"))
                continue
            has_content = {
                "contacts": any(p["contacts"] for p in parts),
                "actions": any(p["actions"] for p in parts),
                "achievements": any(p["achievements"] for p in parts),
                "plans": any(p["plans"] for p in parts),
            }.get(field)
            if kind == "BLANK" and (has_content or any(k[0] == field for k in cg)):
                gap_blank_with_content.append((sid, field))
                rows.append(("gaps", f"{field} {kind}", "source has content" if has_content else
                             "; ".join(f"{k[0]} {k[1]} '{cg[k]['wording']}'" for k in cg if k[0] == field),
                             lo, "flagged BLANK where the source prints something"))
            elif kind == "TO_BE_COMPLETED" and has_content:
                gap_tbc_planned.append((sid, field, g.get("wording")))
                rows.append(("gaps", f"{field} {kind} '{g.get('wording')}'", "planned date, not a gap", lo,
                             "the words are part of a dated plan"))
            else:
                gap_other.append((sid, key, ""))
                rows.append(("gaps", f"{field} {kind}", "(not a gap in the census)", lo, ""))
        for key, g in cg.items():
            if key not in sg and not status.startswith("merge") and not any(k[0] == key[0] and k[1] == "BLANK"
                                                                               for k in sg):
                rows.append(("gaps", "(none)", f"{key[0]} {key[1]} {g.get('wording') or ''}".strip(), lo,
                             g.get("note") or ""))
        # ---- notes the seed lacks (per-row judgement overrides of kind 'note')
        for ov in census.OVERRIDES:
            if ov["kind"] == "note" and lo <= ov["line"] <= hi and not status.startswith("merge"):
                key_words = re.findall(r"'([^']+)'", ov["reason"])[:2]
                if not any(k in (so.get("notes") or "") for k in key_words):
                    rows.append(("notes", so.get("notes"), ov["reason"], ov["line"], "kept as printed; note added"))
        # ---- numeric targets
        st = " ".join((t.get("targetPrinted") or "") + " " + (t.get("source") or "") for t in so.get("targets") or [])
        for p in parts:
            for t in p["numericTargetsInText"]:
                num = re.search(r"\d[\d,.]*", t["printed"]).group(0)
                if not re.search(r"(?<![\d.])" + re.escape(num) + r"(?![\d])", st):
                    nt_missing.append((sid, t["printed"], t["line"], t["sentence"]))
                    rows.append(("targets", "(not in targets[])", t["printed"], t["line"] or lo,
                                 "numeric target only in the action text: " + trunc(t["sentence"], 120)))
        # ---- editorial queries
        for p in parts:
            for q in p["editorialQueries"]:
                flagged = q["printed"] in json.dumps(so.get("gaps"), ensure_ascii=False) or \
                    q["printed"] in (so.get("notes") or "")
                if not flagged:
                    eq_unflagged.append((sid, q["printed"]))
                    rows.append(("editorialQueries", "(not flagged)", q["printed"],
                                 find_line(lines, q["printed"], lo, hi) or lo, f"source query in {q['field']}"))
        sections.append((sid, r, rows, so))

    # queries outside the outcome tables
    outside = []
    for n, l in enumerate(lines, 1):
        for m in census.EDITORIAL_RE.finditer(l):
            if not any(r["sourceLines"][0] <= n <= r["sourceLines"][1] for r in recs) and n > 470:
                before = re.findall(r"\S+", l[:m.start()])[-2:]
                outside.append((n, " ".join(before + [m.group(0)])))

    people_total = sum(counts[k] for k in ("right", "missing", "stray-words", "merged", "phone-without-name",
                                           "phone-differs"))
    seed_ids = list(S.keys())
    md = []
    md.append("# Census vs curated seed — Harrow BVPP 2004/05 Draft 1\n")
    md.append(f"Source: `{src}`; seed: `{seed_path}` (read only); census: `{census_path}` "
              f"(from `census.py`).  Generated by `make_diff.py`.\n")
    md.append("## Counts\n")
    md.append(f"- Outcome rows in the census: {len(recs)} "
              f"({sum(1 for r in recs if r['status'] == 'keep')} keep, "
              f"{sum(1 for r in recs if r['status'].startswith('split-from'))} split-from, "
              f"{sum(1 for r in recs if r['status'] == 'not-an-outcome')} not-an-outcome, "
              f"{sum(1 for r in recs if r['status'].startswith('merge-into'))} merge-into); seed outcomes: {len(seed_ids)}.")
    md.append(f"- People named as contacts (seed outcomes, merge rows excluded; a person counted once per "
              f"outcome): {people_total}.")
    md.append(f"  - right in the seed (name and phone): {counts['right']} "
              f"(of which {counts['right-hyphen-normalised']} only differ by a line-wrap hyphen, "
              f"e.g. 'Llywelyn- Roberts')")
    md.append(f"  - missing from contacts: {counts['missing']} (of which {counts['missing-in-plans']} were put "
              f"into `plans`)")
    md.append(f"  - carried with a stray word of the neighbouring column: {counts['stray-words']} "
              f"({len(stray_entries)} entries)")
    md.append(f"  - merged in pairs: {counts['merged']} people in {len(merged_entries)} entries")
    md.append(f"  - seed entry has the phone but no name: {counts['phone-without-name']}")
    md.append(f"  - same name, different phone: {counts['phone-differs']}")
    md.append(f"  - seed entries duplicated: {len(dup_entries)} ({', '.join(f'{a} {b}' for a, b in dup_entries)}); "
              f"team contact held in plans: {len(team_in_plans)} ({', '.join(team_in_plans)})")
    md.append(f"- `plans` wrong: {len(plans_wrong)} of {len(seed_ids)} seed outcomes "
              f"(content compared ignoring case, spacing, punctuation and how the list is split).")
    why_counts = {}
    for _sid, why in plans_wrong:
        for w in why:
            why_counts[w] = why_counts.get(w, 0) + 1
    md.append("  - " + "; ".join(f"{k}: {v}" for k, v in sorted(why_counts.items())))
    nmiss = sum(len(m) for _s, m in ind_missing)
    nt_list = "; ".join(f"{a} '{b}'" for a, b, _l, _s in nt_missing)
    nt_sentences = len({(a, s_) for a, b, l, s_ in nt_missing})
    tbc_list = "; ".join(f"{a} {b} '{c}'" for a, b, c in gap_tbc_planned)
    md.append(f"- Indicator references (individual PI numbers, ranges expanded, e.g. 'BV 181a – 181d' = 4): "
              f"{ind_total}; missing from the seed's `indicators`: {nmiss} in {len(ind_missing)} outcomes "
              f"({'; '.join(s + ': ' + ', '.join(m) for s, m in ind_missing)}).")
    md.append(f"- Numeric targets stated only in action text (not in the seed's `targets[]`): {len(nt_missing)} "
              f"figures in {nt_sentences} action sentences "
              f"({nt_list}).")
    md.append(f"- Editorial queries in outcome rows not flagged in the seed: {len(eq_unflagged)} "
              f"({'; '.join(f'{s} {q}' for s, q in eq_unflagged)}); outside the outcome tables: "
              f"{'; '.join(f'line {n} {q}' for n, q in outside)}.")
    md.append(f"- Gaps flagged BLANK where the source prints something: {len(gap_blank_with_content)} "
              f"({', '.join(f'{s} {f}' for s, f in gap_blank_with_content)}).")
    md.append(f"- Gaps flagged TO_BE_COMPLETED that are dated plans: {len(gap_tbc_planned)} "
              f"({tbc_list}).")
    md.append("")
    md.append("## The audit's acceptance list, checked against the source and the current seed\n")
    md.append("| audit item | census finding (current seed) |")
    md.append("|---|---|")
    acc = [
        ("27 contacts missing (19 HSC 'Contact:', COM-C-1..4, ENV-C-1..2, Brenda Rayson LRN-B-1, Ian C Brown ECO-D-3)",
         f"{counts['missing']} missing now: ENV-C-1 (Gareth Llywelyn-Roberts) and ENV-C-2 (David Corby) were "
         f"already fixed in the seed by commit 37b178b; the other 25 confirmed, all held in `plans`."),
        ("11 names with a word of the neighbouring column",
         f"{counts['stray-words']} confirmed: " + "; ".join(f"{a} '{b}'" for a, b, _c in stray_entries)),
        ("8 people merged in pairs into 4 entries",
         f"{counts['merged']} people in {len(merged_entries)} entries: " + "; ".join(f"{a} '{b}'" for a, b in sorted(merged_entries))),
        ("2 contacts with a phone and no name", f"{counts['phone-without-name']} confirmed (LRN-C-1 Brenda Rayson, "
                                                 f"CFC-F-1 Myfanwy Barrett)"),
        ("plans wrong in 43 of 105", f"{len(plans_wrong)} of {len(seed_ids)} by this census's comparison (the "
                                     f"figure matches; the seed has changed since the audit, so the sets may differ): "
                                     + ", ".join(sid for sid, _w in plans_wrong)),
        ("13 of 46 indicator references missing", f"{nmiss} of {ind_total} confirmed (list above)"),
        ("~9 numeric targets only in action text", f"{len(nt_missing)} figures (list above); ENV-E-5's two are "
                                                   f"the planned results of the Rayners Lane scheme rather than "
                                                   f"stated targets"),
        ("ENV-A-3 not an outcome (line 482 continues ENV-A-2)", "confirmed: status merge-into:ENV-A-2"),
        ("ENV-A-4 'granti' / 'Andrew Trenem' vs Trehern", "confirmed; kept as printed with a note"),
        ("ECO-D-5, ECO-D-6 are 'Other areas of activity' (line 853)", "revised: they are ECO-OTHER-1 and -2, the "
                                                                       "rows of the theme's 'Other areas of activity'"),
        ("CFC-D-1 is two outcomes (line 888)", "confirmed: CFC-D-1 keeps the ICT strategy, CFC-D-2 "
                                               "(split-from:CFC-D-1) the external ICT partner, as printed"),
        ("editorial queries not flagged: was?, [academies?], evaluated??., organise(?), Clean & green?",
         "confirmed: the first four are in COM-C-1, LRN-D-1, LRN-D-5, HSC-A-4; 'Clean & green?' is line 929, in "
         "the BV Reviews section, outside every outcome table"),
        ("27 gaps flagged BLANK where the source has content",
         f"{len(gap_blank_with_content)} now: 23 are contact cells the seed moved into `plans`; COM-E-1 and "
         f"COM-E-2 contacts read 'to be completed' (TO_BE_COMPLETED, not BLANK). The audit's ENV-C-1/ENV-C-2 "
         f"actions and contacts (4) were fixed by commit 37b178b."),
        ("3 'to be completed' gaps that are planned dates", f"{len(gap_tbc_planned)} confirmed (list above)"),
    ]
    for a, b in acc:
        md.append(f"| {a} | {b} |")
    md.append("")
    md.append("## Per outcome\n")
    md.append("Columns: field | current (seed) | proposed (census) | source line | note.  Outcomes with no "
              "difference are listed at the end.\n")
    same = []
    for sid, r, rows, so in sections:
        if not rows:
            same.append(sid)
            continue
        md.append(f"### {sid} — {trunc(r['title'] or '(title not printed)', 90)}  (lines {r['sourceLines'][0]}-"
                  f"{r['sourceLines'][1]}, status {r['status']})\n")
        md.append("| field | current | proposed | line | note |")
        md.append("|---|---|---|---|---|")
        for (f, cur, prop, ln, note) in rows:
            def cell(x):
                if isinstance(x, dict):
                    x = f"{x.get('name')} / {x.get('phone')}"
                elif isinstance(x, list):
                    x = "; ".join(f"{y.get('name')} / {y.get('phone')}" if isinstance(y, dict) else str(y) for y in x) or "[]"
                elif x is None:
                    x = "null"
                return trunc(str(x), 220 if f != "status" else 700).replace("|", "\\|")
            md.append(f"| {f} | {cell(cur)} | {cell(prop)} | {ln} | {cell(note)} |")
        md.append("")
    md.append("### No difference\n")
    md.append(", ".join(same) + "\n")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")
    return counts


if __name__ == "__main__":
    main(sys.argv[1:])
