#!/usr/bin/env python3
"""Infers succession links between two versions of a code by comparing article headings.

    Scripts/infer-successions.py FROM-WORK TO-WORK[@N] [EXTRA-TO-WORK[@N] ...] [--first N] [--effective DATE] [--moved-as TYPE] [--check]

Reads the article tables (Statutes/articles/<work>/*.txt), takes each article of FROM-WORK's special
part (from article N on) as it read at the end of its life, and finds the article of TO-WORK (or of an EXTRA work, such as
the administrative code an offence moved to; `@N`: only its articles from N on) whose first-enacted heading matches best. Writes
Statutes/successions/<from>--<to>.inferred.txt: one `link` line per article, always with evidence
`inferred` (so every output prints it unverified) and a NOTE saying what matched. Articles that
already have a link elsewhere (works/*.json, or any other succession file) are left out, so that a
link stated by a source or reviewed by a person always wins. With --check, the file is compared with
what the script would write now and the script fails if they differ.

Standard library only.
"""
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
STATUTES = os.path.join(ROOT, "Statutes")

STOP = set("""и или в во на с со по за к о об от для а также либо его ее её их при без из под над до
            через то это не ни же что как так иные иных иного иной иная другой других другие которые
            лица лицом лицу лиц целях цели""".split())


def parse_table(work):
    """Articles of a work: number -> {first, last, chapter, repealed, special}."""
    folder = os.path.join(STATUTES, "articles", work)
    articles = {}
    order = []
    chapter = None
    section = None
    current = None
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        chapter = None
        section = None
        for raw in open(os.path.join(folder, name), encoding="utf-8"):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [f.strip() for f in line.strip().split("|")]
            indented = line.startswith(" ")
            if not indented:
                kind = fields[0]
                if kind == "section":
                    section, chapter, current = fields[2], None, None
                elif kind == "chapter":
                    chapter, current = fields[2], None
                elif kind == "article":
                    title = None if fields[2] in ("-", "?") else fields[2]
                    current = {"number": fields[1], "first": title, "last": title, "chapter": chapter,
                               "section": section, "repealed": None}
                    articles[fields[1]] = current
                    order.append(fields[1])
                continue
            if current is None:
                continue
            kind = fields[0]
            if kind == "title" and fields[5] != "?":
                current["last"] = fields[5]
            elif kind == "repealed":
                current["repealed"] = fields[1]
    return articles, order


# Stems the 2014 codes use for what the 1997 code called otherwise: the 2014 code speaks of "criminal
# offences" (уголовное правонарушение) where the 1997 one said "crime" (преступление).
EQUIVALENT = {"правон": "престу", "проступ": "престу", "должно": "служеб"}
DROP = {"уголов"}


def stems(title):
    words = re.findall(r"[а-яёa-z0-9]+", (title or "").lower().replace("ё", "е"))
    out = set()
    for w in words:
        if w in STOP or len(w) <= 1:
            continue
        stem = EQUIVALENT.get(w[:6], w[:6])
        if stem not in DROP:
            out.add(stem)
    return out


def score(a, b):
    if not a or not b:
        return 0.0
    dice = 2 * len(a & b) / (len(a) + len(b))
    # A heading of three or more stems wholly inside a longer one is that article taken into it
    # (2001 CoAO art. 374 «Нарушение законодательства об общественных объединениях» is the start of
    # 2014 art. 489's merged heading): a match, whatever the other article adds.
    if len(a) >= 3 and a <= b:
        return max(dice, 0.6)
    return dice


def number_key(n):
    return [int(x) for x in n.split("-")]


def linked_elsewhere(from_work, out_name):
    """Provisions of from_work that already have a succession outside the file being written."""
    linked = set()
    for name in os.listdir(os.path.join(STATUTES, "works")):
        if not name.endswith(".json"):
            continue
        data = json.load(open(os.path.join(STATUTES, "works", name), encoding="utf-8"))
        if data.get("id") != from_work:
            continue
        for p in data.get("provisions", []):
            if p.get("successors"):
                linked.add(p["article"])
    folder = os.path.join(STATUTES, "successions")
    for name in os.listdir(folder) if os.path.isdir(folder) else []:
        if not name.endswith(".txt") or name == out_name:
            continue
        for raw in open(os.path.join(folder, name), encoding="utf-8"):
            fields = [f.strip() for f in raw.split("|")]
            if fields[0] == "link" and fields[1].startswith(from_work + ":"):
                linked.add(fields[1].split(":", 1)[1])
    return linked


def infer(from_work, to_specs, effective, first, moved_as="moved"):
    to_works = to_specs
    source, order = parse_table(from_work)
    targets = {}
    for spec in to_works:
        work, _, lowest = spec.partition("@")
        arts, _ = parse_table(work)
        for number, a in arts.items():
            if lowest and number_key(number)[0] < int(lowest):
                continue
            # An article repealed before the links take effect cannot be a successor.
            if a["repealed"] and a["repealed"] < effective:
                continue
            targets[(work, number)] = (stems(a["first"]), a)
    to_works = [w.partition("@")[0] for w in to_works]
    out_name = f"{from_work}--{to_works[0]}.inferred.txt"
    skip = linked_elsewhere(from_work, out_name)
    lines = []
    counts = {"renumbered": 0, moved_as: 0, "merged": 0, "replaced": 0, "repealed": 0}
    proposals = []
    last_target = 0
    for number in order:
        a = source[number]
        # The special part only: the chapters of offences (a code's general part has no successors by offence).
        if number_key(number)[0] < first:
            continue
        if number in skip or a["repealed"] or not a["last"]:
            continue
        mine = stems(a["last"])
        ranked = sorted(((score(mine, s), key) for key, (s, _) in targets.items()), reverse=True)
        best = ranked[0] if ranked else (0.0, None)
        # The first target work is the main successor: an offence that matches there stayed in it, even
        # when another work (the administrative code) has the same heading too.
        primary = [r for r in ranked if r[1][0] == to_works[0]]
        if primary and primary[0][0] >= 0.6:
            best = primary[0]
        # Ties go to the target nearest the previous article's: codes keep their order.
        ties = [r for r in ranked if abs(r[0] - best[0]) < 1e-9 and r[1][0] == best[1][0]]
        if len(ties) > 1:
            best = min(ties, key=lambda r: abs(number_key(r[1][1])[0] - last_target))
        if best[1] and best[1][0] == to_works[0] and best[0] >= 0.6:
            last_target = number_key(best[1][1])[0]
        proposals.append((number, a, best, ranked[1] if len(ranked) > 1 else (0.0, None)))
    # A target taken by several articles is a merger; by one, a renumbering.
    taken = {}
    for number, a, (s, key), _ in proposals:
        if s >= 0.6:
            taken.setdefault(key, []).append(number)
    for number, a, (s, key), (s2, key2) in proposals:
        if key is None:
            continue
        work, target = key
        heading = targets[key][1]["first"]
        if s >= 0.6:
            if work != to_works[0]:
                kind = moved_as
            elif len(taken[key]) > 1:
                kind = "merged"
            else:
                kind = "renumbered"
            what = f"headings match ({s:.2f}): «{a['last']}» / «{heading}»"
            if len(taken[key]) > 1:
                others = ", ".join(n for n in taken[key] if n != number)
                what += f"; {target} also takes art. {others}"
            lines.append(f"link | {from_work}:{number} | {kind} | {work}:{target} | {effective} | inferred | - | {what}")
        elif s >= 0.4:
            kind = "replaced"
            lines.append(f"link | {from_work}:{number} | replaced | {work}:{target} | {effective} | inferred | - | "
                         f"headings partly match ({s:.2f}): «{a['last']}» / «{heading}»")
        else:
            kind = "repealed"
            hint = f"; closest: {work}:{target} «{heading}» ({s:.2f})" if s > 0 else ""
            lines.append(f"link | {from_work}:{number} | repealed | - | {effective} | inferred | - | "
                         f"no article of {', '.join(to_works)} has a matching heading{hint}")
        counts[kind] += 1
    header = [
        f"# Succession links {from_work} -> {', '.join(to_works)}, inferred from the article headings.",
        f"# Generated by Scripts/infer-successions.py {from_work} {' '.join(to_specs)} --first {first} --effective {effective}" + (f" --moved-as {moved_as}" if moved_as != "moved" else ""),
        "# from Statutes/articles/ (headings as last in force / as first enacted); do not edit by hand:",
        "# a link stated by a source or checked by a person goes in works/*.json or another successions file,",
        "# and the script then leaves that article out. Every link here is inferred, so always unverified.",
        "# Scores: Dice coefficient of the headings' word stems (at least 0.60 when a heading of 3 or more stems",
        "# lies wholly inside the other); >= 0.60 a match, 0.40-0.60 a partial match.",
        "# Counts: " + ", ".join(f"{k} {v}" for k, v in counts.items()),
        "",
    ]
    return out_name, "\n".join(header + lines) + "\n"


def main(argv):
    check = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    effective = "2015-01-01"
    first = 1
    moved_as = "moved"
    if "--moved-as" in argv:
        i = argv.index("--moved-as")
        moved_as = argv[i + 1]
        del argv[i:i + 2]
    if "--first" in argv:
        i = argv.index("--first")
        first = int(argv[i + 1])
        del argv[i:i + 2]
    if "--effective" in argv:
        i = argv.index("--effective")
        effective = argv[i + 1]
        del argv[i:i + 2]
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    name, text = infer(argv[0], argv[1:], effective, first, moved_as)
    command = " ".join([argv[0]] + argv[1:] + ["--first", str(first), "--effective", effective] + (["--moved-as", moved_as] if moved_as != "moved" else []))
    path = os.path.join(STATUTES, "successions", name)
    if check:
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        if current != text:
            print(f"{path}: out of date; run Scripts/infer-successions.py {command}", file=sys.stderr)
            return 1
        return 0
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w", encoding="utf-8").write(text)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
