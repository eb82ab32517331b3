#!/usr/bin/env python3
"""Lists the functions of an optimised wasm by size, with their names, and sums them by crate.

twiggy cannot read wasm-opt's output when it keeps names (it stops on duplicate keys), so
this reads the code and name sections itself. Use it on the file bench/size/names.sh
builds: the release wasm after wasm-bindgen and `wasm-opt -Oz -g`, with v0 symbol
mangling so that generic instances name their type parameters.

    python3 bench/size/functions.py FILE.wasm [TOP]
"""
import collections
import re
import sys


def leb(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def functions(data):
    """(size in bytes, name) of every function body."""
    i, imported, bodies, names = 8, 0, [], {}
    while i < len(data):
        section = data[i]
        size, i = leb(data, i + 1)
        end = i + size
        if section == 2:  # imports: count the functions, whose indices come first
            count, j = leb(data, i)
            for _ in range(count):
                for _ in range(2):  # module and field names
                    length, j = leb(data, j)
                    j += length
                kind = data[j]
                j += 1
                if kind == 0:
                    _, j = leb(data, j)
                    imported += 1
                elif kind == 1:  # table: element type, limits
                    flags, j = leb(data, j + 1)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 2:  # memory: limits
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 3:  # global: type, mutability
                    j += 2
        elif section == 10:  # code
            count, j = leb(data, i)
            for _ in range(count):
                length, k = leb(data, j)
                bodies.append(length + (k - j))
                j = k + length
        elif section == 0:  # custom: the name section
            length, j = leb(data, i)
            if data[j : j + length] == b"name":
                j += length
                while j < end:
                    sub = data[j]
                    sub_size, j = leb(data, j + 1)
                    sub_end = j + sub_size
                    if sub == 1:  # function names
                        count, k = leb(data, j)
                        for _ in range(count):
                            index, k = leb(data, k)
                            length, k = leb(data, k)
                            names[index] = data[k : k + length].decode("utf-8", "replace")
                            k += length
                    j = sub_end
        i = end
    return [(size, names.get(imported + n, "?")) for n, size in enumerate(bodies)]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    with open(sys.argv[1], "rb") as f:
        funcs = functions(f.read())
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    clean = lambda name: re.sub(r"\[[0-9a-f]{16}\]", "", name)
    funcs.sort(reverse=True)
    print(f"{len(funcs)} functions, {sum(s for s, _ in funcs)} bytes of code\n")
    for size, name in funcs[:top]:
        print(f"{size:7d}  {clean(name)[:150]}")
    by_crate = collections.Counter()
    for size, name in funcs:
        crate = re.match(r"[<(&\s]*([A-Za-z_0-9]+)", clean(name))
        by_crate[crate.group(1) if crate else "?"] += size
    print("\nby the crate that names the function (generic code is named by its crate):")
    for crate, size in by_crate.most_common(20):
        print(f"{size:7d}  {crate}")


main()
