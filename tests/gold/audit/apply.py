#!/usr/bin/env python3
"""Writes an audit's verdicts into a gold set: each located_in / met_with pair
of tests/gold/<SET>/*.json gets "basis": "stated" or "implied" from
tests/gold/audit/<SET>.json. Only that key is added; everything else is kept.

usage: python3 tests/gold/audit/apply.py SET   (from the repository root)
"""
import glob
import json
import os
import sys


def indent_of(text):
    for line in text.splitlines()[1:]:
        stripped = line.lstrip(" ")
        if stripped:
            return len(line) - len(stripped)
    return 2


def main():
    name = sys.argv[1]
    audit = json.load(open(f"tests/gold/audit/{name}.json", encoding="utf-8"))
    basis = {}
    for p in audit["located_in"]:
        basis[("located_in", p["article"], p["place"], p["in"])] = p["basis"]
    for p in audit["met_with"]:
        basis[("met_with", p["article"], p["a"], p["b"])] = p["basis"]
    used = 0
    for path in sorted(glob.glob(f"tests/gold/{name}/*.json")):
        text = open(path, encoding="utf-8").read()
        gold = json.loads(text)
        for rel, ka, kb in (("located_in", "place", "in"), ("met_with", "a", "b")):
            for pair in gold.get(rel, []):
                key = (rel, gold["article"], pair[ka], pair[kb])
                if key not in basis:
                    sys.exit(f"{path}: {rel} pair not in the audit")
                pair["basis"] = basis[key]
                used += 1
        out = json.dumps(gold, indent=indent_of(text), ensure_ascii=False)
        open(path, "w", encoding="utf-8").write(out + ("\n" if text.endswith("\n") else ""))
    if used != len(basis):
        sys.exit(f"the audit has {len(basis)} pairs, the gold {used}")
    print(f"{name}: basis written for {used} pairs")


if __name__ == "__main__":
    main()
