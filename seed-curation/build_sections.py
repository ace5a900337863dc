#!/usr/bin/env python3
"""Build sections.json and cpa.json for the Harrow BVPP 2004/05 Draft 1 from the text extraction.

Every paragraph is taken from the source by line number, so its words are the source's words.
The only changes made to a line are listed in CLEAN below (bullet markers, the extractor's
**bold** markup, surrounding whitespace); lines split by a page break are joined with one space.
Read-only on the repository; writes only next to this script.
"""
import json
import os
import re

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "source", "000_2f0341b9452202b1.txt")
SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "seed", "harrow-bvpp-2004-05-draft-1.json")
OUT = os.path.dirname(os.path.abspath(__file__))

LINES = open(SRC, encoding="utf-8").read().split("\n")


def line(n):
    return LINES[n - 1]


def clean(text):
    """Bullet marker '- ' (and the stray second glyph '· ' on line 73), **bold** markup, outer whitespace."""
    t = text.strip()
    t = re.sub(r"^- (· )?", "", t)
    t = t.replace("**", "")
    return t.strip()


def para(*ns):
    """One paragraph from one line, or from several lines broken by the extraction (joined with a space)."""
    return " ".join(clean(line(n)) for n in ns)


def gap(kind, wording, note):
    return {"field": "paragraphs", "kind": kind, "wording": wording, "note": note}


def spec():
    S = []

    S.append(dict(
        key="leaders-foreword", sourceLines=[31, 33],
        paras=[33],
        gaps=[gap("TO_BE_INSERTED", "to be inserted", "Line 33: the foreword is not written in this draft.")],
        notes="Heading line 31; the only content is the placeholder 'to be inserted' (line 33), kept as printed "
              "as the section's one paragraph and listed as a gap. Contents page (lines 7-29) and its footer "
              "(line 22) are not part of any section."))

    S.append(dict(
        key="about-harrow", sourceLines=[35, 53],
        paras=[37, 39, 41, 43, 45, 47, 49, 51, 53],
        gaps=[gap("TO_BE_INSERTED",
                  "[further specifics relating conditions to priorities and actions to be inserted in final draft]",
                  "Line 53: the draft's own note that ward-level specifics are still to come; kept as printed.")],
        notes="Heading line 35. Eight prose paragraphs, one source line each (lines 37, 39, 41, 43, 45, 47, 49, 51), "
              "then the bracketed editorial note of line 53 kept as printed and listed as a gap. No page break "
              "inside the section. 'relatively high dependence on the small business activity' (line 47) is "
              "kept as printed."))

    S.append(dict(
        key="councils-priorities", sourceLines=[55, 123],
        paras=[57, 59, 61, 63, 65, 67, 68, 69, 70, 71, 72, 73, 74, 75, 77, 79, 81, 83, 85, 87,
               89, 90, 91, 92, 93, 97, 99, 101, 103, 104, 105, 107, 109,
               111, 112, 113, 114, 115, 116, 119, 121, 122, 123],
        gaps=[gap("TO_BE_CONFIRMED", "(tbc)", "Line 57: the adoption date of the corporate plan (April 2004) is unconfirmed.")],
        notes="Heading line 55. Sub-headings printed inside the section are kept as their own paragraphs, in "
              "place: 'Vision' (59), 'Mission' (77), 'The New Harrow Project' (85), 'The Best Value Performance "
              "Plan' (107) - drop them if the curator wants prose only. Each bulleted item is one paragraph "
              "(lines 67-75, 89-93, 103-105, 111-116, 121-123) with the extractor's '- ' marker removed; line 73 "
              "also has a second, stray bullet glyph '· ' which is removed. The extractor's **bold** markup "
              "around 'South Harrow pilot' (99) and 'Community Schools Project' (101) is removed, the words kept. "
              "The mission (lines 79 and 81) is printed as two quoted paragraphs, the first without a closing "
              "quotation mark: kept as printed. Dropped: page number '7' (line 95, between the New Harrow "
              "Project list and 'Two pilots...'; no sentence is broken by it), a whitespace-only line (118) and "
              "the running footer 'OS274BestValuePerformancePlan200405Appx0' (125). 'mission statement :-' (57) "
              "and 'in five ways:-' (87) are kept as printed."))

    S.append(dict(
        key="performance-management-framework", sourceLines=[127, 181],
        paras=[129, (133, 135), 137, 139, 141, 143, 144, 145, 146, 147, 149, 151, (153, 155), 157, 159, 161, 163,
               179, 181],
        gaps=[gap("PLACEHOLDER", None,
                  "Lines 130-132: the 'simplified model' the text of line 129 refers to is not in the extraction "
                  "(a diagram); nothing is printed for it.")],
        notes="Heading line 127. Two paragraphs continue across a page break and are joined with one space: "
              "line 133 ('...Staff are held to account for their') continues on line 135 ('performance "
              "through...'), and line 153 ('...The Council has been working with local') continues on line 155 "
              "('partners to develop a community strategy...'); no page number or header survives at either "
              "break. The diagram of the planning model (after line 129) is absent and kept as a PLACEHOLDER "
              "gap. Sub-headings kept as their own paragraphs: 'Local priorities' (151), 'Local Public Services "
              "Agreement' (159). Bullets of lines 143-147 are one paragraph each. **bold** markup removed around "
              "'Medium Term Budget Strategy' (137), 'performance management system' (139), 'shared national "
              "priorities' (149) and 'community strategy' (155). 'The has been a strong focus' (139) is kept as "
              "printed (the source's slip for 'There has'). Left out: the twelve LPSA areas (lines 165-177), "
              "which are the LPSA table curated in lpsaTargets; the prose around it stays - the lead-in "
              "'The areas covered in the Agreement... are -' (163), the asterisk footnote '* (these topics have "
              "local targets...)' (179, it explains the asterisks of that list, whose 'local' flags carry the "
              "same fact) and line 181."))

    S.append(dict(
        key="cpa", sourceLines=[183, 276],
        paras=[187, 189, 195, 197, 199, 200, 202, 204, 206, 208, 209, 210, 211, 212, 213, 220, 222, 224, 236,
               238, 240, 246, 267, 271, 275, 276],
        gaps=[gap("PLACEHOLDER", "chart here", "Line 202: the chart of how many councils got each rating is not in the draft."),
              gap("NOT_AVAILABLE", "[cross-reference to performance data when available]",
                  "Line 212: printed at the end of the housing benefits finding; kept in the paragraph as printed."),
              gap("TO_BE_UPDATED", "[last 3 columns to be updated with position post 31/03/04]",
                  "Line 246: the draft's note on the improvement-plan summary (the tracker, curated in "
                  "improvementPlan) - its progress columns are still to be brought up to date.")],
        notes="Printed heading 'Taking stock:' (183) + 'Comprehensive Performance Assessment and Harrow's "
              "Improvement Plan' (185); the seed heading keeps the second line only. Kept: every prose "
              "paragraph 187-240, the numbered lines 199-200 and question headings 204 and 222 with their "
              "printed numbers ('1.', '2.'), the six Audit Commission findings 208-213 (one paragraph each; "
              "they are also cpa.findings), the three statements the seed's cpa lacked - 220 (corporate "
              "score and its note), 224 (how service scores were given; improved Housing and Use of Resources "
              "scores) and 236 (the IDeA peer review refresh) - and the sub-heading 'Harrow's Improvement "
              "Plan' (238) with its lead-in 240. Left out as fragments of the scorecard graphics, whose facts "
              "the cpa object carries: 'Overall performance' (191) and 'Fair' (193) -> cpa.overallRating; "
              "'Service area' (215) and 'Education' (217), the only surviving cells of the service-scores "
              "table -> cpa MISSING_TABLE gap; 'December 2003' (228) -> cpa.assessedAt; 'Performance Rating' "
              "(232), a chart label. Also left out: whitespace-only line 219, the running footer 'OS274Best"
              "ValuePerformancePlan200405Appx0' (234; a page break falls between 224 and 236, no sentence "
              "broken), and the improvement-plan summary table (242-245, 248-265), curated in improvementPlan "
              "and printed where it stands by the section's block. Its key is kept as printed: 'Key:' (267) "
              "and its three labels (271, 275, 276; their bullet glyph dropped), whose symbols were images "
              "the extraction lost - no task's status is stated, so none is invented. Line 246, the draft's "
              "bracketed note printed between tracker pages, is kept "
              "as a paragraph with a TO_BE_UPDATED gap because nothing else in the seed records it - it could "
              "equally live as a gap on improvementPlan (judgement call)."))

    S.append(dict(
        key="councils-finances", sourceLines=[280, 429],
        paras=[282, 284, 286, 288, 290, 292, 294, 298, 300, 302, 303, 305, 306, 307, 308, 309, 311, 313,
               315, 316, 317, 318, 319, 321, 323, 325, 327, 329, 331, 333, 335, 336, 337, 338, 340, 342, 344,
               346, 348, 350, 351, 352, 353, 354, 355, 356, 357, 359, 384, 386, 388, 399, 401, 403, 405, 429],
        gaps=[gap("NOT_AVAILABLE", "[outturns 2003/04 not available for this draft]",
                  "Line 284: 2003/04 outturn figures are not in this draft."),
              gap("PLACEHOLDER", "£xxm",
                  "Line 388: 'The Council's gross budget for 2004-2005 is £xxm' - the figure is not filled in "
                  "the prose. (The Sources of Income table prints a 'Gross revenue budget' of 357.3; not "
                  "copied into the prose.)")],
        notes="Heading line 280; the running part-title 'Taking stock (cont.)' (278) is dropped. Sub-headings "
              "kept as their own paragraphs: 'Overview' (286), '2004-05 Revenue Budget' (298), '2004-05 Capital "
              "Programme' (331), 'The Budget Process' (340), 'Medium Term Revenue Budget Summary' (346), "
              "'Sources of Income' (386), 'Council Tax Levels' (399), 'Analysis of the Change between financial "
              "years' (403). Line 292 'Supporting the New Harrow Project Investment in Front Line Services "
              "Improving Efficiency' is kept as one paragraph as printed: it is very likely three list items "
              "('Supporting the New Harrow Project' / 'Investment in Front Line Services' / 'Improving "
              "Efficiency') run together by the extraction, but the line is not split here. Bulleted items are "
              "one paragraph each (302-309, 315-319, 335-338, 350-357); the blank line 304 inside the first "
              "list is extraction spacing, not a break in the list. **bold** markup removed around 'New Harrow "
              "Project' (300), 'front line services' (311) and 'efficiency savings' (325). The leading space of "
              "line 359 is trimmed. Dropped: page number '18' (296; it falls between two paragraphs). Left out "
              "as budget tables curated in budgetTables: Table 1 with its caption 'Table 1' (361-382, MTBS), "
              "the Sources of Income table (390-397) and the Analysis of the Change table (407-427). The bullet "
              "lists of 315-319 (revenue investments) and 335-338 (capital programme) and the prose of 344 "
              "(reserves) and 401 (council tax) are kept as prose although budgetTables also takes figures "
              "from them (REVENUE_INVESTMENTS, CAPITAL_PROGRAMME, RESERVES, COUNCIL_TAX)."))

    S.append(dict(
        key="annual-audit-letter", sourceLines=[433, 444],
        paras=[435, 437, 438, 439, 440, 441, 442, 444],
        gaps=[],
        notes="Heading 'Annual Audit Letter 2002/03' (433); the running part-title 'Taking stock (cont.)' (431) is "
              "dropped. Lead-in (435), six bulleted main points (437-442, one paragraph each, '- ' marker "
              "removed) and the closing sentence (444). The en dash in 'Audit Commission – currently Deloitte & "
              "Touche LLP' (435) is kept. 'The assessment of the Council's arrangements in this area, scored "
              "this at Level 4' (442) keeps its printed comma."))

    S.append(dict(
        key="relationship-managers-letter", sourceLines=[446, 448],
        paras=[448],
        gaps=[gap("TO_BE_INSERTED", "to be inserted", "Line 448: the relationship manager's letter is not in this draft.")],
        notes="Heading line 446; the only content is 'to be inserted' (448), kept as printed and listed as a gap."))

    S.append(dict(
        key="statement-on-contracts", sourceLines=[452, 456],
        paras=[454, 456],
        gaps=[gap("TO_BE_INSERTED", "[specifics on contracts to be inserted]",
                  "Line 456: the contract specifics are not in this draft.")],
        notes="Heading line 452; the running part-title 'Taking stock (cont.)' (450) is dropped. The certification "
              "(454) and the bracketed note (456), kept as printed; the note is also a gap."))

    S.append(dict(
        key="improving-our-services", heading="Improving our services", sourceLines=[458, 469],
        paras=[460, 462, 463, 464, 465, 466, 467, 469],
        gaps=[],
        notes="NEW SECTION (not in the seed). Heading line 458, listed in the contents (line 19) as 'IMPROVING OUR "
              "SERVICES'. It introduces the six theme chapters: lead-in (460), the six themes as printed "
              "(462-467, one paragraph each, '- ' marker removed) and the closing sentence (469). The theme "
              "chapters that follow (471-921: statements, priorities, outcome tables, 'Other areas of activity' "
              "and '- - followed by table of BVPIs / and local PIs if any -') are curated in themes and are not "
              "part of this section. Placed after statement-on-contracts and before bv-reviews, its printed "
              "position."))

    S.append(dict(
        key="bv-reviews", sourceLines=[923, 935],
        paras=[925, 927, 929, 931, 933, 935],
        gaps=[gap("TO_BE_COMPLETED",
                  "[this section to be completed following report to BV Advisory Panel 28 April 2004 on the revised review programme]",
                  "Line 925: the section is still a skeleton in this draft."),
              gap("EDITORIAL_QUERY", "Clean & green?",
                  "Line 929: the draft queries whether the 'Clean & green' review belongs in the list of reviews "
                  "concluded in year; kept as printed, unconfirmed.")],
        notes="Heading line 923. The skeleton of the reviews list is kept line by line, as printed, because its "
              "layout did not survive the extraction: '. concluded in year:' (927, the leading '. ' is probably a "
              "bullet glyph but is kept), the review names of 929 and 933 each run together on one line, and two "
              "label fragments 'implementation progress' (931) and 'programme' (935). The names are very likely "
              "separate items - 929: 'Your Home Your Needs' / 'Teachers' Centre' / 'Getting around' / 'Clean & "
              "green?'; 933: 'Procurement' / 'First Contact' / 'Safer Harrow' / 'Moving to Independent Living' - "
              "and the fragments probably labels such as '. implementation progress:' and a '... programme' "
              "heading, but none of that is printed, so the lines are not split or completed here. The lines "
              "before the heading (920-921, '- - followed by table of BVPIs / and local PIs if any -') belong to "
              "the CFC theme."))

    S.append(dict(
        key="contact-details", sourceLines=[937, 939],
        paras=[939],
        gaps=[gap("TO_BE_INSERTED", "[to be inserted on final draft]",
                  "Line 939 (the last line of the source, printed without a final newline): the contact details are "
                  "not written in this draft.")],
        notes="Heading line 937; the only content is the placeholder '[to be inserted on final draft]' (939), kept "
              "as printed as the section's one paragraph and listed as a gap."))
    for entry in S:
        entry["blocks"] = BLOCKS.get(entry["key"], [])
    return S


# Where the source prints a part that is not prose, by the line of the paragraph it follows: the
# LPSA list, the CPA's scores, the improvement plan's summary table, the budget tables (or, for
# the figures the prose itself gives, their checks), and the six theme chapters.
BLOCKS = {
    "performance-management-framework": [(163, "LPSA")],
    "cpa": [(189, "CPA"), (240, "IMPROVEMENT_PLAN")],
    "councils-finances": [(319, "BUDGET_CHECKS:REVENUE_INVESTMENTS"), (338, "BUDGET_CHECKS:CAPITAL_PROGRAMME"),
                          (344, "BUDGET_CHECKS:RESERVES"), (359, "BUDGET_TABLE:MTBS"),
                          (384, "BUDGET_CHECKS:GROWTH_AND_SAVINGS"), (388, "BUDGET_TABLE:SOURCES_OF_INCOME"),
                          (401, "BUDGET_CHECKS:COUNCIL_TAX"), (405, "BUDGET_TABLE:ANALYSIS_OF_CHANGE")],
    "improving-our-services": [(469, "THEMES")],
}


def first_line(p):
    return p[0] if isinstance(p, tuple) else p


def build():
    seed = json.load(open(SEED, encoding="utf-8"))
    seed_sections = {s["key"]: s for s in seed["sections"]}
    out = []
    for s in spec():
        paras = [para(*p) if isinstance(p, tuple) else para(p) for p in s["paras"]]
        heading = s.get("heading") or seed_sections[s["key"]]["heading"]
        lines = [first_line(p) for p in s["paras"]]
        blocks = [{"afterParagraph": lines.index(line), "part": part} for line, part in s["blocks"]]
        out.append({"key": s["key"], "heading": heading, "paragraphs": paras, "gaps": s["gaps"],
                    "sourceLines": s["sourceLines"], "notes": s["notes"], "blocks": blocks or None})
    return seed, out


def build_cpa(seed):
    cpa = json.loads(json.dumps(seed["cpa"]))
    cross_reference = {
        "field": "findings", "kind": "NOT_AVAILABLE",
        "wording": "[cross-reference to performance data when available]",
        "note": "Line 212: printed at the end of the fifth finding, which the seed keeps without it; the cpa "
                "section's paragraphs keep the finding whole. Optional - the same gap is also on the cpa section."}
    # the seed is both input and output: a second run must not add the gap again
    cpa["gaps"] = [g for g in cpa["gaps"] if g != cross_reference] + [cross_reference]
    cpa["notes"] = (
        "Three statements of the source's CPA section were not in the seed's cpa; each is kept word for word "
        "here and as a paragraph of the 'cpa' section. None is added to findings: findings are the six points "
        "printed under 'The Audit Commission found that' (lines 206-213), and these three are printed outside "
        "that list. "
        "(1) Line 220, printed after the remnant of the service-scores table ('Service area' / 'Education', "
        "215-217) and before question 2: \"" + para(220) + "\" - it is the source of corporateScore "
        "('2 out of 4'); its note on the Corporate Assessment belongs with corporateScore, here in notes. "
        "(2) Line 224, under question 2 ('How do Harrow Council's main services perform?', line 222): \"" +
        para(224) + "\" - it explains how serviceScores were given and which improved; it belongs with "
        "serviceScores, whose table is missing (see gaps), so it is kept here and no score is invented. "
        "(3) Line 236, after the page break that follows the chart labels ('December 2003', 'Performance "
        "Rating'): \"" + para(236) + "\" - the IDeA peer review refresh, not a CPA finding of the Audit "
        "Commission; it belongs in the cpa section's paragraphs, recorded here only so the object names it. "
        "Other facts of lines 187-232 already held: overallRating 'Fair' (193, 195), previousRating 'Weak' "
        "(189, 208), assessedAt 'December 2003' (228), corporateScore (220).")
    return cpa


def check(seed, out):
    """Every paragraph the seed already had must be in the new paragraphs, word for word."""
    mine = {s["key"]: s for s in out}
    for s in seed["sections"]:
        assert s["key"] in mine, s["key"]
        for p in s["paragraphs"]:
            full = " ".join(mine[s["key"]]["paragraphs"])
            assert p in full, (s["key"], p)
        for g in s["gaps"]:
            if g["wording"]:
                assert any(g["wording"] in p for p in mine[s["key"]]["paragraphs"]), (s["key"], g)
    for s in out:
        for g in s["gaps"]:
            if g["wording"]:
                assert any(g["wording"] in p for p in s["paragraphs"]), (s["key"], g)
        for p in s["paragraphs"]:
            assert p and p == p.strip() and "**" not in p and not p.startswith("- "), (s["key"], p)
    order = [s["key"] for s in seed["sections"]]
    assert [k for k in (s["key"] for s in out) if k in order] == order


if __name__ == "__main__":
    seed, out = build()
    check(seed, out)
    with open(os.path.join(OUT, "sections.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(OUT, "cpa.json"), "w", encoding="utf-8") as f:
        json.dump(build_cpa(seed), f, ensure_ascii=False, indent=2)
        f.write("\n")
    for s in out:
        print(f"{s['key']:36} {s['sourceLines']} paragraphs={len(s['paragraphs'])} gaps={len(s['gaps'])}")
