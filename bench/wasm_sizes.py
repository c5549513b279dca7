#!/usr/bin/python3
"""A twiggy-like size breakdown of a .wasm linked with --profiling-funcs (names kept).

usage: wasm_sizes.py FILE.wasm [TOP]
Prints the sections, the code bytes per group of functions (Dear ImGui, nlohmann::json,
Fasthold's engine and UI, libc++, libc/other) and the TOP largest functions.
"""
import re
import sys
from collections import Counter


def leb(b, i):
    result = shift = 0
    while True:
        x = b[i]
        i += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, i


def name(b, i):
    n, i = leb(b, i)
    return b[i:i + n].decode("utf-8", "replace"), i + n


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    b = open(path, "rb").read()
    assert b[:4] == b"\0asm"
    i = 8
    sections = []
    imported_funcs = 0
    bodies = []
    names = {}
    while i < len(b):
        sid = b[i]
        size, j = leb(b, i + 1)
        end = j + size
        label = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
                 7: "export", 8: "start", 9: "elem", 10: "code", 11: "data", 12: "datacount", 13: "tag"}.get(sid, str(sid))
        if sid == 0:
            cname, _ = name(b, j)
            label = "custom " + cname
            if cname == "name":
                k = _
                while k < end:
                    sub = b[k]
                    ssize, k = leb(b, k + 1)
                    if sub == 1:
                        count, m = leb(b, k)
                        for _n in range(count):
                            idx, m = leb(b, m)
                            nm, m = name(b, m)
                            names[idx] = nm
                    k += ssize
        elif sid == 2:
            count, k = leb(b, j)
            for _n in range(count):
                _, k = name(b, k)
                _, k = name(b, k)
                kind = b[k]
                k += 1
                if kind == 0:
                    _, k = leb(b, k)
                    imported_funcs += 1
                elif kind == 1:
                    k += 1
                    flags, k = leb(b, k)
                    _, k = leb(b, k)
                    if flags & 1:
                        _, k = leb(b, k)
                elif kind == 2:
                    flags, k = leb(b, k)
                    _, k = leb(b, k)
                    if flags & 1:
                        _, k = leb(b, k)
                elif kind == 3:
                    k += 2
                elif kind == 4:
                    k += 1
                    _, k = leb(b, k)
        elif sid == 10:
            count, k = leb(b, j)
            for _n in range(count):
                s, k2 = leb(b, k)
                bodies.append(k2 - k + s)
                k = k2 + s
        sections.append((label, size))
        i = end
    print("sections:")
    for label, size in sections:
        print(f"  {label:24s} {size:9d}")

    def group(n):
        if re.search(r"ImGui|ImDraw|ImFont|ImGuiTextBuffer|ImVector|ImStb|stb_|Im[A-Z]\w*::|^Im[A-Z]|STB_", n):
            return "Dear ImGui"
        if "nlohmann" in n:
            return "nlohmann::json"
        if "fasthold::ui" in n or "(anonymous namespace)::" in n and "fasthold" not in n:
            return "Fasthold UI"
        if "fasthold::platform" in n:
            return "Fasthold platform"
        if "fasthold" in n:
            return "Fasthold engine"
        if n.startswith("std::") or "std::__2" in n or n.startswith("void std::") or "__cxx" in n or "__cxa" in n:
            return "libc++ / libc++abi"
        if n.startswith("$") or re.match(r"^\d+$", n):
            return "unnamed"
        return "libc / emscripten / other"

    groups = Counter()
    funcs = []
    for k, size in enumerate(bodies):
        n = names.get(imported_funcs + k, f"${imported_funcs + k}")
        groups[group(n)] += size
        funcs.append((size, n))
    total = sum(bodies)
    print(f"\ncode: {total} bytes in {len(bodies)} functions")
    for g, size in groups.most_common():
        print(f"  {g:28s} {size:9d}  {100 * size / total:5.1f}%")
    print(f"\nlargest {top} functions:")
    for size, n in sorted(funcs, reverse=True)[:top]:
        print(f"  {size:8d}  {n[:150]}")


main()
