#!/usr/bin/env python3
"""Writes the hostile store corpus (issue 23): tampered `fasthold.cases` values, one JSON file
   each, read by the native store tests (tests/unit/store_test.cpp, ctest hostile_store) and by
   the page in Chromium (tests/e2e/storage.mjs). Each file holds
     cases       the raw value of fasthold.cases
     unreadable  the raw value of fasthold.cases.unreadable before the page starts (or null)
     readable    the nicknames that must be read, in order
     aside       how many things the unreadable key must hold afterwards
     locked      "" | "newer" | "aside_failed": the store must stay exactly as it was
   Large values are made here, at test time, never committed.
     tests/hostile/make_store_corpus.py OUT_DIR
"""
import json
import os
import sys

# Chromium's localStorage holds 5 Mi UTF-16 characters per origin; platform_native is given the same.
QUOTA = 5 << 20


def case(nickname, **fields):
    c = {"format": "fasthold-case", "version": 1, "nickname": nickname}
    c.update(fields)
    return c


def store(cases, current=-1, **extra):
    s = {"format": "fasthold-store", "version": 1, "cases": cases, "current": current}
    s.update(extra)
    return json.dumps(s, ensure_ascii=False)


def entry(name, cases, readable, aside, locked="", unreadable=None):
    return name, {"cases": cases, "unreadable": unreadable, "readable": readable, "aside": aside, "locked": locked}


def corpus():
    a, b = case("Anna"), case("Bo")
    yield entry("good-two", store([a, b], 1), ["Anna", "Bo"], 0)
    yield entry("one-bad-among-good", store([a, case("Anna\tHansen"), b], 2), ["Anna", "Bo"], 1)
    yield entry("current-string", store([a, b], "0"), ["Anna", "Bo"], 1)
    yield entry("current-huge", store([a, b], 10 ** 30), ["Anna", "Bo"], 1)
    yield entry("version-string", store([a], 0, version="1"), ["Anna"], 1)
    yield entry("cases-not-a-list", store({"0": a}), [], 1)
    yield entry("unknown-field-beside", store([a], 0, extra={"x": [1, 2]}), ["Anna"], 1)
    # A wrong type in each field of a case: each such case alone is set aside.
    wrong = [case(5), case("f", facts="x"), case("l", log={}), case("p", absence_periods="y"),
             case("c", checklist=[]), case("s", steps_done=3), case("ls", last_shown=1),
             case("ct", contact="c"), case("lb", last_backup=7), case("br", backup_reminded=[]),
             case("v", version="1"), {"format": "fasthold-case"}, "a case?", 7, None, []]
    yield entry("wrong-types", store([a] + wrong + [b], 0), ["Anna", "Bo"], len(wrong))
    yield entry("not-json", '{"format":"fasthold-store","cases":[{', [], 1)
    yield entry("not-a-store", '{"format":"other","cases":[]}', [], 1)
    yield entry("empty-value", '', [], 1)
    yield entry("newer-store", store([a, b], 0, version=2), ["Anna", "Bo"], 0, "newer")
    yield entry("newer-case", store([a, dict(case("Ny"), version=2, future_field=1)], 0), ["Anna"], 0, "newer")
    big = "x" * (1 << 20)
    note = {"id": "e1", "date": "2026-01-05", "kind": "note", "note": big}
    yield entry("huge-values", store([case("Stor", log=[note]), case("Stor\u0007" + big)], 0), ["Stor"], 1)
    yield entry("legacy-aside-kept", store([a, case("x\u0000y")], 0), ["Anna"], 2, unreadable='{broken store of an earlier version')
    same = json.dumps({"format": "fasthold-unreadable", "version": 1, "downloaded": 0,
                       "items": [{"where": "/cases/1", "why": "old", "text": json.dumps(case("x\u0000y"), separators=(",", ":"), sort_keys=True)}]})
    yield entry("aside-not-twice", store([a, case("x\u0000y")], 0), ["Anna"], 1, unreadable=same)
    # The aside key nearly fills the quota: the new item cannot be kept, so nothing is saved.
    huge_bad = case("z\u0001" + "z" * (2 << 20))
    yield entry("aside-full", store([a, huge_bad], 0), ["Anna"], 2, "aside_failed", unreadable="y" * (2 << 20))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    names = []
    for name, e in corpus():
        assert len(e["cases"]) + len(e["unreadable"] or "") < QUOTA
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(e, f, ensure_ascii=False)
        names.append(name + "\n")
    with open(os.path.join(out, "manifest.txt"), "w", encoding="utf-8") as f:
        f.writelines(names)


if __name__ == "__main__":
    main()
