#!/usr/bin/env python3
"""Trunk post-build hook: puts the memoir's text in the build, for the link of index.html's
#no-app message (shown when the app cannot run).

The copy starts with a UTF-8 byte order mark. Many static servers (Python's http.server,
nginx and Apache as installed) send .txt files as `text/plain` with no charset, and
browsers then read the text as windows-1252: "RÃ©volution". The mark makes every browser
read it as UTF-8 whatever the server says, and displays as nothing. The source in
assets/source/ stays byte for byte the Marxists Internet Archive's text, as the story's
passages are checked against it.
"""
import os

import hook

NAME = "raskolnikov-la-revolution-d-octobre.txt"
BOM = "\ufeff"


def main() -> None:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    source = os.environ.get("TRUNK_SOURCE_DIR")
    if not staging or not source:
        hook.fail("memoir_text.py", "runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)")
    path = os.path.join(source, "assets", "source", NAME)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        hook.fail("memoir_text.py", f"cannot read {path} as UTF-8: {e}")
    if text.startswith(BOM):
        hook.fail("memoir_text.py", f"{path} already starts with a byte order mark")
    with open(os.path.join(staging, NAME), "w", encoding="utf-8") as f:
        f.write(BOM + text)
    print(f"memoir_text.py: {NAME}, {len(text)} characters")


if __name__ == "__main__":
    main()
