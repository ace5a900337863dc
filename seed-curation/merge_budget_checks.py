#!/usr/bin/env python3
"""Declares the arithmetic the source states between its budget figures that the hand-curated
budget tables did not yet check: figures the text states against the tables (line 384), figures
Table 1 repeats from the Analysis of the Change, and the capital programme's parts against its
stated total. The text's two figures become a small table "from the prose", as the capital
programme, the revenue investments and the reserves already are, placed after Table 1 where the
source prints them. Run from the repository root; it rewrites the seed document in place and is
idempotent.

  python3 seed-curation/merge_budget_checks.py
"""

import seed_document



def cell(table, line, column, negated=None):
    return {"table": table, "line": line, "column": column, "unit": None, "negated": negated}


def check(kind, description, total=None, parts=None, columns=None, figure=None, same_as=None, cells=None):
    return {"kind": kind, "description": description, "total": total, "parts": parts, "columns": columns,
            "lines": None, "blankIsZero": False, "figure": figure, "sameAs": same_as, "cells": cells}


MTBS_SAVINGS = ["Procurement Savings", "NHP efficiency savings", "NHP procurement savings"]
TEXT_GROWTH = "Growth included in the base Revenue Budget 2004-2005"
TEXT_SAVINGS = "Policy reductions, increases in fees and charges and efficiency savings"

TEXT_TABLE = {
    "key": "GROWTH_AND_SAVINGS",
    "title": "Growth and savings in the 2004-2005 base budget",
    "caption": "From the prose after Table 1 (line 384)",
    "columns": [{"key": "amount", "label": "Amount", "unit": "£m"}],
    "lines": [
        {"label": TEXT_GROWTH, "amounts": {"amount": "£11.879m"}, "gaps": [],
         "notes": "Seed 000, line 384: \"includes £11.879m of growth resulting from legal and contractual commitments, "
                  "demographic change and the effects of other agreed council policies, including the New Harrow Project\"."},
        {"label": TEXT_SAVINGS, "amounts": {"amount": "£6.085m"}, "gaps": [],
         "notes": "Seed 000, line 384: \"The budget includes policy reductions, increases in fees and charges and "
                  "efficiency savings totalling £6.085m.\""},
    ],
    "gaps": [],
    "notes": "The two figures the text gives after Table 1, kept as a table so that they can be checked against the tables.",
    "checks": [
        check("SAME_FIGURE", "The growth the text states is Table 1's budgeted growth for 2004-05",
              figure=cell(None, TEXT_GROWTH, "amount"), same_as=cell("MTBS", "Budgeted Growth", "2004-05")),
        check("SAME_FIGURE", "The growth the text states is the Analysis of Change's growth",
              figure=cell(None, TEXT_GROWTH, "amount"), same_as=cell("ANALYSIS_OF_CHANGE", "Total Net Expenditure", "growth")),
        check("SUM_OF_CELLS", "The savings the text states are Table 1's three savings lines for 2004-05 (printed there as negatives)",
              figure=cell(None, TEXT_SAVINGS, "amount"),
              cells=[cell("MTBS", line, "2004-05", negated=True) for line in MTBS_SAVINGS]),
        check("SAME_FIGURE", "The savings the text states are the Analysis of Change's savings (printed there as a negative)",
              figure=cell(None, TEXT_SAVINGS, "amount"),
              same_as=cell("ANALYSIS_OF_CHANGE", "Total Net Expenditure", "savings", negated=True)),
    ],
}

MTBS_CHECKS = [
    check("SAME_FIGURE", "Table 1's budgeted growth for 2004-05 is the Analysis of Change's growth",
          figure=cell("MTBS", "Budgeted Growth", "2004-05"), same_as=cell("ANALYSIS_OF_CHANGE", "Total Net Expenditure", "growth")),
    check("SUM_OF_CELLS", "The Analysis of Change's inflation is Table 1's basic and additional inflation for 2004-05",
          figure=cell("ANALYSIS_OF_CHANGE", "Total Net Expenditure", "inflation"),
          cells=[cell("MTBS", "Basic Inflation", "2004-05"), cell("MTBS", "Additional Inflation", "2004-05")]),
    check("SUM_OF_CELLS", "The Analysis of Change's savings are Table 1's three savings lines for 2004-05",
          figure=cell("ANALYSIS_OF_CHANGE", "Total Net Expenditure", "savings"),
          cells=[cell("MTBS", line, "2004-05") for line in MTBS_SAVINGS]),
]

CAPITAL_CHECKS = [
    check("SUM_OF_LINES", "The main areas of investment come to the programme's stated total (the source calls them "
                          "the main areas, so other spending may make up the rest)",
          total="Total capital programme",
          parts=["ICT", "Schools, children's services and community care", "Housing",
                 "New Harrow Project, parks, highways and transportation"],
          columns=["2004-05"]),
]


def declare(table, checks):
    """Adds each check the table does not already declare (by its description)."""
    have = {c["description"] for c in table["checks"] or []}
    table["checks"] = (table["checks"] or []) + [c for c in checks if c["description"] not in have]


def main():
    seed = seed_document.read()
    tables = seed["budgetTables"]
    if not any(t["key"] == TEXT_TABLE["key"] for t in tables):
        after = next(i for i, t in enumerate(tables) if t["key"] == "MTBS")
        tables.insert(after + 1, TEXT_TABLE)
    by_key = {t["key"]: t for t in tables}
    declare(by_key["MTBS"], MTBS_CHECKS)
    declare(by_key["CAPITAL_PROGRAMME"], CAPITAL_CHECKS)
    seed_document.write(seed)
    print(f"{sum(len(t['checks'] or []) for t in tables)} budget checks declared over {len(tables)} tables")


if __name__ == "__main__":
    main()
