#!/usr/bin/env python3
"""Trunk post-build hook: gives the functions that the wasm and its JavaScript glue pass
each other short names, in release builds.

wasm-bindgen names every import after its JavaScript function and a 16-digit hash
(`__wbg_appendChild_dbf7ad2f48413560`), and every closure shim after its Rust path and a
hash. The app imports about 190 functions; their names were 6 KB of the wasm's import
section and again of the glue, and hashes do not compress: together some 6 KB gzip of
the first view. Here each of those names becomes one or two letters, in the wasm's import
and export sections and in the glue, which is all that refers to them.

Only names that wasm-bindgen made are renamed (imports, and the exports whose names carry
`__` that the glue uses), and each must appear in the glue as a whole word; afterwards no old name may be
left in the glue. Anything else stops the build, so a change in wasm-bindgen's output
cannot pass unnoticed. Trunk has already put both files' Subresource Integrity hashes in
index.html; they are replaced by the new files'. Run before minify_js.py, which minifies
the renamed glue. Debug builds keep the readable names.
"""
import os
import re
import string

import hook
from hook import sri


def fail(message: str) -> None:
    hook.fail("short_names.py", message)


def read_leb(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def leb(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def read_name(data: bytes, at: int) -> tuple[str, int]:
    length, at = read_leb(data, at)
    return data[at : at + length].decode("utf-8"), at + length


def name_bytes(name: str) -> bytes:
    raw = name.encode("utf-8")
    return leb(len(raw)) + raw


def skip_limits(data: bytes, at: int) -> int:
    flags = data[at]
    _, at = read_leb(data, at + 1)
    if flags & 1:
        _, at = read_leb(data, at)
    return at


def import_desc_end(data: bytes, at: int) -> int:
    """Where an import's description (after its two names) ends."""
    kind = data[at]
    at += 1
    if kind == 0:  # function: type index
        return read_leb(data, at)[1]
    if kind == 1:  # table: reference type, limits
        return skip_limits(data, at + 1)
    if kind == 2:  # memory: limits
        return skip_limits(data, at)
    if kind == 3:  # global: value type, mutability
        return at + 2
    if kind == 4:  # tag: attribute, type index
        return read_leb(data, at + 1)[1]
    fail(f"unknown import kind {kind}")
    return at


def short_names(taken: set[str]):
    """a, b, … Z, then aa, ab, …, skipping JavaScript keywords and any word the glue
    already uses (a renamed export can be the name of a glue function too)."""
    letters = string.ascii_letters
    reserved = {"do", "if", "in"} | taken
    for a in letters:
        if a not in reserved:
            yield a
    for a in letters:
        for b in letters + string.digits:
            if a + b not in reserved:
                yield a + b


def rename(wasm: bytes, taken: set[str]) -> tuple[bytes, dict[str, str]]:
    """The wasm with wasm-bindgen's import and export names shortened, and the renaming."""
    if wasm[:8] != b"\0asm\1\0\0\0":
        fail("not a wasm module")
    names = short_names(taken)
    renamed: dict[str, str] = {}
    out = bytearray(wasm[:8])
    at = 8
    while at < len(wasm):
        section = wasm[at]
        size, body = read_leb(wasm, at + 1)
        end = body + size
        if section == 2:  # imports
            count, p = read_leb(wasm, body)
            new = bytearray(leb(count))
            for _ in range(count):
                module, p = read_name(wasm, p)
                field, p = read_name(wasm, p)
                desc_end = import_desc_end(wasm, p)
                if field not in renamed:
                    renamed[field] = next(names)
                new += name_bytes(module) + name_bytes(renamed[field]) + wasm[p:desc_end]
                p = desc_end
            out += bytes([section]) + leb(len(new)) + new
        elif section == 7:  # exports
            count, p = read_leb(wasm, body)
            new = bytearray(leb(count))
            for _ in range(count):
                field, p = read_name(wasm, p)
                kind = wasm[p]
                _, desc_end = read_leb(wasm, p + 1)
                if "__" in field and field in taken and field not in renamed:
                    renamed[field] = next(names)
                new += name_bytes(renamed.get(field, field)) + wasm[p:desc_end]
                p = desc_end
            out += bytes([section]) + leb(len(new)) + new
        else:
            out += wasm[at:end]
        at = end
    return bytes(out), renamed


def main() -> None:
    staging = hook.release_staging("short_names.py")
    if not staging:
        return
    wasms = [n for n in os.listdir(staging) if n.endswith("_bg.wasm")]
    if len(wasms) != 1:
        fail(f"expected one wasm in the build, found {wasms}")
    wasm_path = os.path.join(staging, wasms[0])
    js_path = wasm_path[: -len("_bg.wasm")] + ".js"
    index_path = os.path.join(staging, "index.html")
    with open(wasm_path, "rb") as f:
        wasm = f.read()
    with open(js_path, encoding="utf-8") as f:
        js = f.read()
    with open(index_path, encoding="utf-8") as f:
        html = f.read()

    words = re.compile(r"[A-Za-z_$][\w$]*")
    in_glue = set(words.findall(js))
    new_wasm, renamed = rename(wasm, in_glue)
    missing = [old for old in renamed if old not in in_glue]
    if missing:
        fail(f"{len(missing)} names of the wasm are not in the glue, e.g. {missing[:3]}")
    new_js = words.sub(lambda m: renamed.get(m.group(0), m.group(0)), js)

    for old, new in ((wasm, new_wasm), (js.encode(), new_js.encode())):
        if sri(old) not in html:
            fail("index.html lacks an integrity hash of the wasm or the glue")
        html = html.replace(sri(old), sri(new))
    left = set(words.findall(new_js)) & set(renamed)
    if left:
        fail(f"old names left in the glue: {sorted(left)[:3]}")
    with open(wasm_path, "wb") as f:
        f.write(new_wasm)
    with open(js_path, "w", encoding="utf-8") as f:
        f.write(new_js)
    with open(index_path, "w", encoding="utf-8") as f:
        f.write(html)
    print(
        f"short_names.py: {len(renamed)} names; wasm {len(wasm)} -> {len(new_wasm)} bytes, "
        f"glue {len(js)} -> {len(new_js)}"
    )


if __name__ == "__main__":
    main()
