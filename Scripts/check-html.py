#!/usr/bin/env python3
"""Loads Concord's HTML pages in headless Chromium and checks what the browser built from them:
the page loads, it has as many tables and table rows as the file wrote (a malformed table would be
rebuilt or dropped), no script element or event-handler attribute exists, every link is http(s), an
anchor of the same page, or a relative path to a file that exists, and the given texts appear
literally in the page's text (report text such as "<script>" shown, not interpreted).

usage: check-html.py [--text TEXT]... [--screenshot PNG] FILE.html...   (exit 1 on any problem)
"""
import html.parser
import os
import re
import shutil
import subprocess
import sys


class DOM(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = {}
        self.ids = set()
        self.links = []
        self.handlers = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        for name, value in attrs:
            if name == "id":
                self.ids.add(value)
            if name == "href":
                self.links.append(value or "")
            if name.startswith("on"):
                self.handlers.append(f"<{tag} {name}>")

    def handle_data(self, data):
        self.text.append(data)


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    sys.exit("check-html.py: no chromium found (Debian: apt-get install chromium)")


def dump(browser, path):
    url = "file://" + os.path.abspath(path)
    run = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url],
                         capture_output=True, text=True, timeout=120)
    if run.returncode != 0 or "<html" not in run.stdout:
        return None
    return run.stdout


def check(browser, path, texts):
    problems = []
    source = open(path, encoding="utf-8").read()
    dom_text = dump(browser, path)
    if dom_text is None:
        return ["the page did not load in Chromium"]
    dom = DOM()
    dom.feed(dom_text)
    for tag in ("table", "tr"):
        written = len(re.findall(rf"<{tag}[ >]", source))
        if dom.tags.get(tag, 0) != written:
            problems.append(f"{written} <{tag}> written, {dom.tags.get(tag, 0)} in the loaded page")
    if dom.tags.get("script"):
        problems.append("a script element in the loaded page")
    problems += [f"event handler {h}" for h in dom.handlers]
    folder = os.path.dirname(os.path.abspath(path))
    for href in dom.links:
        if href.startswith("https://") or href.startswith("http://"):
            continue
        if href.startswith("#"):
            if href[1:] not in dom.ids:
                problems.append(f"link to missing anchor {href}")
            continue
        target = href.split("#")[0]
        if ":" in href or href.startswith("/") or not os.path.exists(os.path.join(folder, target)):
            problems.append(f"link to {href!r}")
    body = "".join(dom.text)
    for text in texts:
        if text not in body:
            problems.append(f"text {text!r} not shown literally")
    return problems


def main(argv):
    texts, files, screenshot = [], [], None
    i = 0
    while i < len(argv):
        if argv[i] == "--text":
            texts.append(argv[i + 1])
            i += 2
        elif argv[i] == "--screenshot":
            screenshot = argv[i + 1]
            i += 2
        else:
            files.append(argv[i])
            i += 1
    browser = chromium()
    status = 0
    for path in files:
        problems = check(browser, path, texts)
        for p in problems:
            print(f"{path}: {p}", file=sys.stderr)
            status = 1
        if not problems:
            print(f"{path}: loads cleanly in Chromium")
    if screenshot and files:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,2000",
                        f"--screenshot={os.path.abspath(screenshot)}", "file://" + os.path.abspath(files[0])],
                       capture_output=True, timeout=120)
        if not os.path.exists(screenshot):
            print(f"{screenshot}: no screenshot written", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
