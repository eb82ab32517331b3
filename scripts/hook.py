"""What the post-build hooks (Trunk.toml) share: where Trunk's build is, the integrity
hashes Trunk writes in index.html, and how a hook stops the build."""
import base64
import hashlib
import os
import sys


def fail(hook: str, message: str) -> None:
    """Stops the build with the hook's name and what went wrong."""
    sys.exit(f"{hook}: {message}")


def release_staging(hook: str) -> str | None:
    """Trunk's staging directory in a release build; None in a debug build, which the
    hooks leave as Trunk wrote it."""
    if os.environ.get("TRUNK_PROFILE") != "release":
        return None
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        fail(hook, "runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)")
    return staging


def sri(data: bytes) -> str:
    """A Subresource Integrity hash as Trunk writes them."""
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()
