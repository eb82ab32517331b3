#!/usr/bin/env python3
"""Renders the app's PNG icons (192 and 512 px, for the web app manifest) from
assets/favicon.svg with headless Chromium, so the PNGs look exactly like the SVG that
browsers show as the favicon. Run once after changing the SVG, and commit the PNGs:

    python3 tools/icons/make_icons.py

Needs Chromium (`apt-get install chromium`); the build itself never runs this.
"""
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
SVG = ROOT / "assets" / "favicon.svg"
OUT = ROOT / "assets" / "app"
SIZES = (192, 512)
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def render(size: int, work: pathlib.Path) -> pathlib.Path:
    """One PNG of `size`×`size`, transparent outside the SVG's rounded square."""
    page = work / f"icon-{size}.html"
    page.write_text(
        "<!doctype html><html><body style='margin:0'>"
        f"<img src='{SVG.as_uri()}' width={size} height={size} style='display:block'>"
        "</body></html>",
        encoding="utf-8",
    )
    png = OUT / f"icon-{size}.png"
    subprocess.run(
        [
            CHROMIUM,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--default-background-color=00000000",
            f"--user-data-dir={work / 'profile'}",
            f"--window-size={size},{size}",
            f"--screenshot={png}",
            page.as_uri(),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return png


def main() -> None:
    if not os.access(CHROMIUM, os.X_OK):
        sys.exit(f"make_icons.py: Chromium not found at {CHROMIUM} (set CHROMIUM=...)")
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            png = render(size, pathlib.Path(tmp))
            print(f"make_icons.py: {png.relative_to(ROOT)}, {png.stat().st_size} bytes")


if __name__ == "__main__":
    main()
