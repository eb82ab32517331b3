"""Copies into Trunk's staging dir the files build.rs baked to be fetched after the first
view: the translated text (translation-HASH.postcard) and the basemap's city level
(basemap-city-HASH.postcard).

build.rs writes them into its OUT_DIR, whose path only Cargo knows: asking Cargo to build
the same target again, which it finds up to date, prints that path in its JSON messages.
Run by Trunk's post_build hook (Trunk.toml), which sets TRUNK_STAGING_DIR and
TRUNK_PROFILE.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = "petrograd1917"
# The prefixes of build.rs's fetched files; at most one file of each (a story without a
# translation has none).
FETCHED = ("translation", "basemap-city")


def out_dir() -> Path:
    command = [
        "cargo", "build", "--offline", "--target", "wasm32-unknown-unknown",
        "--bin", PACKAGE, "--message-format=json",
        # The features Trunk built with: index.html's (`hydrate`, no default features), or
        # those given by TRUNK_BUILD_FEATURES (scripts/bench.sh adds `diagnostics`).
        "--no-default-features", "--features", os.environ.get("TRUNK_BUILD_FEATURES") or "hydrate",
    ]
    if os.environ.get("TRUNK_PROFILE", "release") == "release":
        command.append("--release")
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"copy_baked.py: {' '.join(command)} failed:\n{result.stderr}")
    found = None
    for line in result.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") == "build-script-executed" and (
            f"#{PACKAGE}@" in message.get("package_id", "")
            or f"/{PACKAGE}#" in message.get("package_id", "")
        ):
            found = Path(message["out_dir"])
    if found is None:
        sys.exit("copy_baked.py: cargo did not report the build script's OUT_DIR")
    return found


def main() -> None:
    staging = Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
    baked_dir = out_dir()
    for prefix in FETCHED:
        baked = sorted(baked_dir.glob(f"{prefix}-*.postcard"))
        if len(baked) > 1:
            sys.exit(f"copy_baked.py: several {prefix} files baked: {baked}")
        for path in baked:
            shutil.copyfile(path, staging / path.name)
            print(f"copy_baked.py: {path.name} ({path.stat().st_size} B) into {staging}")


if __name__ == "__main__":
    main()
