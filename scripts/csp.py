#!/usr/bin/env python3
"""Trunk post-build hook: adds a Content-Security-Policy to the release build's index.html.

The policy allows only the app's own origin. The app's loader (Trunk.toml's
pattern_script) is an inline module script whose text names the hashed file names, so it
changes with every build: this hook hashes the exact inline scripts in the built page (the
loader and index.html's nomodule one) and allows those only (no 'unsafe-inline' for
scripts). WebAssembly compilation needs 'wasm-unsafe-eval'. The service worker
(./sw.js) and the web app manifest come from the app's origin too, as `worker-src` and
`manifest-src` say outright rather than through their fallbacks.
"""
import base64
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("csp.py runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)")
# Release builds only: `trunk serve` injects its live-reload script into the page it serves
# after the hooks have run, and a policy written here would block it.
if os.environ.get("TRUNK_PROFILE") != "release":
    print("csp.py: a debug build, no policy (trunk serve's live reload is an inline script)")
    sys.exit(0)
index = os.path.join(staging, "index.html")
with open(index, encoding="utf-8") as f:
    html = f.read()

scripts = re.findall(r"<script(?:\s[^>]*)?>(.*?)</script>", html, flags=re.S)
hashes = [
    "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
    for s in scripts
    if s.strip()
]
policy = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ]
)
meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}" />'
if "Content-Security-Policy" in html:
    sys.exit("index.html already has a Content-Security-Policy")
# After the charset declaration, which must come first; the release build is minified,
# so the tag may have lost its quotes and its slash.
charset = re.search(r'<meta charset="?utf-8"?\s*/?>', html, flags=re.I)
if not charset:
    sys.exit("csp.py: no <meta charset> in index.html to put the policy after")
html = html[: charset.end()] + meta + html[charset.end() :]
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
print(f"csp.py: policy added, {len(hashes)} inline script(s) allowed by hash")
