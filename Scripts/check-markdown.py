#!/usr/bin/env python3
"""Renders Concord briefings with a CommonMark renderer (markdown-it-py, GitHub tables enabled) and
checks that they render cleanly: every pipe table becomes an HTML table with the same number of
rows, no raw HTML or script survives, and no link points anywhere but http(s).

usage: check-markdown.py FILE.md...   (exit 1 on the first problem, naming the file)
"""
import re
import sys

from markdown_it import MarkdownIt


def check(path):
    text = open(path, encoding="utf-8").read()
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    html = md.render(text)
    problems = []
    expected_tables = len(re.findall(r"^\| --- \|", text, flags=re.M))
    rendered_tables = html.count("<table>")
    if rendered_tables != expected_tables:
        problems.append(f"{expected_tables} tables written, {rendered_tables} rendered")
    # Rows: each table's body rows in the Markdown equal the <tr> in its HTML.
    md_rows = len([l for l in text.splitlines() if l.startswith("| ") and not l.startswith("| --- |")])
    if html.count("<tr>") != md_rows:
        problems.append(f"{md_rows} table rows written, {html.count('<tr>')} rendered")
    for bad in ["<script", "<!--", "javascript:\"", "href=\"javascript"]:
        if bad in html:
            problems.append(f"rendered HTML contains {bad!r}")
    for href in re.findall(r'href="([^"]*)"', html):
        if not (href.startswith("https://") or href.startswith("http://")):
            problems.append(f"link to {href!r}")
    if re.search(r"<h[1-6]>", html) is None:
        problems.append("no heading rendered")
    headings = re.findall(r"<h([1-6])>", html)
    written = len(re.findall(r"^#{1,6} ", text, flags=re.M))
    if len(headings) != written:
        problems.append(f"{written} headings written, {len(headings)} rendered")
    return problems


def main():
    status = 0
    for path in sys.argv[1:]:
        problems = check(path)
        for p in problems:
            print(f"{path}: {p}", file=sys.stderr)
            status = 1
        if not problems:
            print(f"{path}: renders cleanly")
    return status


if __name__ == "__main__":
    sys.exit(main())
