#!/usr/bin/env python3
"""Trunk post-build hook: minifies wasm-bindgen's JavaScript glue in release builds.

Trunk minifies the HTML and the CSS (`minify` in Trunk.toml) but copies the glue as
wasm-bindgen wrote it, comments and long names included: 9.1 KB gzipped, 6.6 KB after
terser (from npm, pinned in package.json). Trunk has already put the file's
Subresource Integrity hash in index.html where it wrote one, so that hash is replaced by
the new file's (Trunk.toml's own preload links carry none).
Debug builds keep the readable glue.
"""
import os
import subprocess
import sys

import hook
from hook import sri

staging = hook.release_staging("minify_js.py")
if not staging:
    sys.exit(0)
source = os.environ.get("TRUNK_SOURCE_DIR")
if not source:
    hook.fail("minify_js.py", "runs as a Trunk post_build hook (TRUNK_SOURCE_DIR is not set)")
terser = os.path.join(source, "node_modules", ".bin", "terser")
if not os.access(terser, os.X_OK):
    sys.exit(f"minify_js.py: {terser} is missing; scripts/setup.sh installs it (npm ci)")

index = os.path.join(staging, "index.html")
with open(index, encoding="utf-8") as f:
    html = f.read()
scripts = sorted(name for name in os.listdir(staging) if name.endswith(".js"))
if not scripts:
    sys.exit("minify_js.py: no .js file in the build")
for name in scripts:
    path = os.path.join(staging, name)
    with open(path, "rb") as f:
        before = f.read()
    subprocess.run(
        [terser, path, "--module", "--compress", "--mangle", "--output", path], check=True
    )
    with open(path, "rb") as f:
        after = f.read()
    old, new = sri(before), sri(after)
    html = html.replace(old, new)
    print(f"minify_js.py: {name} {len(before)} -> {len(after)} bytes")
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
