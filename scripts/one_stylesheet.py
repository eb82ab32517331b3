#!/usr/bin/env python3
"""Trunk post-build hook: joins the release build's stylesheets into one file.

The styles live beside what they style (style/main.css, then the map's, the timeline's
and the reader's), and Trunk copies each to its own file with its own <link>. Gzipped one
by one they were 5.6 KB; as one file 4.4 KB, since the four share most of their words, and
the page makes one request instead of four. The joined file keeps index.html's order (the
cascade depends on it), gets a content hash in its name and an integrity hash in its
<link>, and the four files are removed. Debug builds keep them apart, for editing.
"""
import hashlib
import os
import re

import hook
from hook import sri


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
    joined = b"\n".join(parts)
    name = f"app-{hashlib.sha256(joined).hexdigest()[:16]}.css"
    with open(os.path.join(staging, name), "wb") as f:
        f.write(joined)
    tag = f'<link href=./{name} integrity={sri(joined)} rel=stylesheet>'
    first, last = links[0], links[-1]
    between = html[first.end() : last.start()]
    for link in links[1:-1]:
        between = between.replace(link.group(0), "", 1)
    html = html[: first.start()] + tag + between + html[last.end() :]
    with open(index_path, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"one_stylesheet.py: {len(links)} stylesheets -> {name}, {len(joined)} bytes")


if __name__ == "__main__":
    main()
