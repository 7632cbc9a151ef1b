#!/usr/bin/env python3
"""Checks a site written by `concord site`: every page parses, holds no script or event handler,
and every link is http(s) or a relative path to a page of the site (and to an anchor that page
has); then loads a sample of pages in headless Chromium with check-html.py's checks (every code
page, every report page, the index, the lineage page of kz.cc.2014:174, and every 50th of the other
pages), and takes a screenshot of the 174 page.

usage: check-site.py SITE_DIR [--screenshot PNG]   (exit 1 on any problem)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util

spec = importlib.util.spec_from_file_location("check_html", os.path.join(os.path.dirname(os.path.abspath(__file__)), "check-html.py"))
check_html = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_html)


def parse(path):
    dom = check_html.DOM()
    dom.feed(open(path, encoding="utf-8").read())
    return dom


def main(argv):
    if not argv:
        sys.exit(__doc__)
    site = argv[0]
    screenshot = argv[argv.index("--screenshot") + 1] if "--screenshot" in argv else None
    pages = sorted(os.path.relpath(os.path.join(d, f), site) for d, _, fs in os.walk(site) for f in fs if f.endswith(".html"))
    doms = {page: parse(os.path.join(site, page)) for page in pages}
    problems = []
    links = 0
    for page, dom in doms.items():
        if dom.tags.get("script"):
            problems.append(f"{page}: a script element")
        problems += [f"{page}: event handler {h}" for h in dom.handlers]
        for href in dom.links:
            links += 1
            if href.startswith("https://") or href.startswith("http://"):
                continue
            target, _, anchor = href.partition("#")
            if ":" in href or href.startswith("/"):
                problems.append(f"{page}: link to {href!r}")
                continue
            resolved = os.path.normpath(os.path.join(os.path.dirname(page), target)) if target else page
            if resolved not in doms:
                problems.append(f"{page}: link to {href!r}, which is not a page of the site")
            elif anchor and anchor not in doms[resolved].ids:
                problems.append(f"{page}: link to {href!r}, whose page has no such anchor")
    print(f"{site}: {len(pages)} pages, {links} links checked")
    sample = [p for p in pages if p == "index.html" or p.startswith("codes/") or p.startswith("reports/")]
    lineage = [p for p in pages if p.startswith("provisions/")]
    sample += [p for p in lineage if p == "provisions/kz-cc-1997-164.html"] + lineage[::50] + [p for p in pages if p.startswith("cases/")][::5]
    browser = check_html.chromium()
    for page in dict.fromkeys(sample):
        problems += [f"{page}: {p}" for p in check_html.check(browser, os.path.join(site, page), [])]
    print(f"{site}: {len(dict.fromkeys(sample))} pages loaded in Chromium")
    if screenshot:
        import subprocess
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,2400",
                        f"--screenshot={os.path.abspath(screenshot)}", "file://" + os.path.abspath(os.path.join(site, "provisions/kz-cc-1997-164.html"))],
                       capture_output=True, timeout=120)
        if not os.path.exists(screenshot):
            problems.append(f"{screenshot}: no screenshot written")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
