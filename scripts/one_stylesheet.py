#!/usr/bin/env python3
"""Trunk post-build hook: joins the release build's stylesheets into one, inlined in
index.html.

The styles live beside what they style (style/main.css, then the map's, the timeline's
and the reader's), and Trunk copies each to its own file with its own <link>. Joined, they
gzip to about 5.9 KB (the four share most of their words). The first view is prerendered
HTML, and the first paint waits for the stylesheet: as a file of its own it cost one more
round trip before anything showed (150 ms on the phone profile, 560 ms under Lighthouse's
DevTools throttling). Inlined in one <style> at the end of <head> (after the preload links,
which thus start sooner), the four in index.html's order (the cascade depends on it), it
arrives with the page. The Content-Security-Policy
allows inline styles ('unsafe-inline' for style-src, scripts/csp.py); the four files are
removed. Debug builds keep them apart, for editing.
"""
import os
import re

import hook


def fail(message: str) -> None:
    hook.fail("one_stylesheet.py", message)


def main() -> None:
    staging = hook.release_staging("one_stylesheet.py")
    if not staging:
        return
    index_path = os.path.join(staging, "index.html")
    with open(index_path, encoding="utf-8") as f:
        html = f.read()
    links = list(re.finditer(r"<link\b[^>]*\brel=\"?stylesheet\"?[^>]*>", html))
    if len(links) < 2:
        fail(f"expected the stylesheets' <link>s in index.html, found {len(links)}")
    parts = []
    for link in links:
        href = re.search(r"\bhref=\"?\./([^\" >]+\.css)\"?", link.group(0))
        if not href:
            fail(f"a stylesheet <link> without a local href: {link.group(0)}")
        path = os.path.join(staging, href.group(1))
        with open(path, "rb") as f:
            parts.append(f.read())
        os.remove(path)
    joined = b"\n".join(parts).decode("utf-8")
    if "</style" in joined.lower():
        fail("a stylesheet contains '</style', which would end the inlined <style> early")
    for link in reversed(links):
        html = html[: link.start()] + html[link.end() :]
    # At the end of <head>, after the preload links of the glue and the wasm, so that the
    # browser starts those downloads without first reading the styles' 20-odd KB.
    head_end = html.find("</head>")
    if head_end < 0:
        fail("index.html has no </head> to put the styles before")
    html = html[:head_end] + f"<style>{joined}</style>" + html[head_end:]
    with open(index_path, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"one_stylesheet.py: {len(links)} stylesheets inlined in index.html, {len(joined)} bytes")


if __name__ == "__main__":
    main()
