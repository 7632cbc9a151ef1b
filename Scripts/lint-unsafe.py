#!/usr/bin/env python3
"""Fails when the library has a construct that can trap on outside input: `try!`, `as!`, a postfix
force unwrap `x!`, or an integer conversion that traps on a value out of range (`Int(someDouble)`
and friends must go through `Int(exactly:)`, `clamping:` or `truncatingIfNeeded:`).

    Scripts/lint-unsafe.py [DIR ...]   (default: Sources/Concord)

Strings and comments are skipped. A line may opt out with a trailing `// safe: <why>` comment when
the value cannot come from outside (a constant, or a value the line itself just checked).
"""
import os
import re
import sys

# An integer made from a computed expression (usually floating point) must say how it handles a value out of range.
CONVERSION = re.compile(r"\b(U?Int(8|16|32|64)?)\((?!exactly:|clamping:|truncatingIfNeeded:|bitPattern:)(\(|[^()]*\.rounded|[^()]*(seconds|Double|Float))")


def code_only(line, state):
    """The line without string literals and comments; `state` carries an open /* comment."""
    out = []
    i = 0
    in_string = False
    while i < len(line):
        if state["block"]:
            end = line.find("*/", i)
            if end < 0:
                return "".join(out)
            state["block"] = False
            i = end + 2
            continue
        c = line[i]
        if in_string:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                in_string = False
            i += 1
            continue
        if line.startswith("//", i):
            break
        if line.startswith("/*", i):
            state["block"] = True
            i += 2
            continue
        if c == '"':
            in_string = True
            out.append('""')
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def problems(path):
    state = {"block": False}
    found = []
    for number, raw in enumerate(open(path, encoding="utf-8"), 1):
        if "// safe:" in raw:
            continue
        line = code_only(raw.rstrip("\n"), state)
        if "try!" in line:
            found.append((number, "try! traps on a thrown error"))
        if re.search(r"\bas!", line):
            found.append((number, "as! traps on a failed cast"))
        for m in re.finditer(r"[A-Za-z0-9_)\]]!(?!=)", line):
            found.append((number, "a force unwrap traps on nil"))
            break
        if CONVERSION.search(line):
            found.append((number, "an integer conversion that traps when the value is out of range"))
    return found


def main(argv):
    roots = argv or ["Sources/Concord"]
    total = 0
    for root in roots:
        for folder, _, files in os.walk(root):
            for name in sorted(files):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(folder, name)
                for number, why in problems(path):
                    print(f"{path}:{number}: {why}")
                    total += 1
    if total:
        print(f"{total} construct(s) that can trap; rewrite them, or mark a line '// safe: <why>' when its value cannot come from outside", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
