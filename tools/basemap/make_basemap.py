#!/usr/bin/env python3
"""Make assets/basemap/*.geojson from GSHHG full resolution (through GMT) and drawn_1917.py.

Run from the repository root:  python3 tools/basemap/make_basemap.py
Needs the Debian packages gmt and gmt-gshhg-full; Python 3.11 standard library only.
The output is deterministic: running it again gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import subprocess
import sys
import tempfile
from collections.abc import Callable
from itertools import product
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import drawn_1917  # noqa: E402

# The clip box, which is also the map's pan limit (src/logic/geo/limits.rs says the same
# numbers): wide enough that the whole-story view covers the map at every window from
# 320x568 to 2560x1440, whose map regions run from portrait to about 2.9:1 (the widest, a
# short laptop screen, reaches about 28.6 to 31.6 degrees east); Lake Ladoga comes in at
# the north-east corner.
WEST, EAST, SOUTH, NORTH = 28.5, 31.7, 59.35, 60.3
REGION = f"{WEST}/{EAST}/{SOUTH}/{NORTH}"
# The story's own area (Kronstadt to Gatchina, Oranienbaum to the Neva's bend): full
# detail inside, a coarser tolerance outside, where nothing of the story happens and the
# map shows it only around the edges of the whole-story view.
STORY_WEST, STORY_EAST, STORY_SOUTH, STORY_NORTH = 29.4, 30.9, 59.45, 60.15
LAT0 = (STORY_SOUTH + STORY_NORTH) / 2
M_PER_DEG_LAT = 110_574.0
M_PER_DEG_LON = 111_320.0 * math.cos(math.radians(LAT0))

# Level of detail: Douglas-Peucker tolerance (m) and decimals kept. The region view shows
# about 90 km across, some 90 m a pixel; the city view goes down to a few metres a pixel,
# where GSHHG's own accuracy (tens of metres) is the limit, so 4 decimals (<= 11 m) do.
# `far_*`: the same outside the story's area.
LEVELS = {
    "region": {
        "tolerance_m": 60.0,
        "decimals": 3,
        "min_area_m2": 20_000.0,
        "far_tolerance_m": 250.0,
        "far_min_area_m2": 400_000.0,
    },
    "city": {
        "tolerance_m": 5.0,
        "decimals": 4,
        "min_area_m2": 0.0,
        "far_tolerance_m": 40.0,
        "far_min_area_m2": 20_000.0,
    },
}
DRAWN_DECIMALS = 4
BUDGET_GZIP_BYTES = 40 * 1024

# Places of the story that are on land (lat, lon from the design notes), checked at every level.
ON_LAND = {
    "Smolny": (59.9464, 30.3964),
    "Warsaw station": (59.9077, 30.3072),
    "Baltic station": (59.9071, 30.2988),
    "General Staff": (59.9381, 30.3172),
    "Narva gate": (59.9009, 30.2739),
    "Putilov works": (59.8787, 30.2584),
    "Izmailovsky regiment": (59.9141, 30.3095),
    "Jager regiment barracks": (59.920, 30.331),
    "Gatchina-Warsaw station": (59.5533, 30.1331),
    "Gatchina-Baltic station": (59.5598, 30.1033),
    "Gatchina palace": (59.5631, 30.1072),
    "Krasnoye Selo": (59.733, 30.083),
    "Tsarskoye Selo station": (59.7228, 30.4294),
    "Kronstadt, Anchor Square": (59.9917, 29.7779),
    "Oranienbaum": (59.917, 29.767),
    "Peterhof": (59.8831, 29.9000),
    "Pulkovo heights": (59.7718, 30.3260),
}
ON_WATER = {"Neva bay": (59.95, 29.95)}
SMOLNY = (30.3964, 59.9464)
# Coming downstream, GSHHG's Neva line is left for the drawn one at this latitude.
CITY_REACHED_LAT = 59.87


# ---------------------------------------------------------------- GMT and parsing


def run_gmt(args: list[str], stdin: str | None = None, check: bool = True):
    """GMT leaves a gmt.history in its working folder: give it a throwaway one."""
    with tempfile.TemporaryDirectory() as scratch:
        return subprocess.run(
            ["gmt", *args], input=stdin, check=check, capture_output=True, text=True, cwd=scratch
        )


def gmt_segments(flags: list[str]) -> list[tuple[int, list[tuple[float, float]]]]:
    """Run `gmt coast` and return its segments as (level, points)."""
    out = run_gmt(["coast", f"-R{REGION}", "-Df", "-M", *flags]).stdout
    segments: list[tuple[int, list[tuple[float, float]]]] = []
    for line in out.splitlines():
        if line.startswith(">"):
            level = int(line.rsplit("Level", 1)[1]) if "Level" in line else 1
            segments.append((level, []))
        elif line.strip():
            lon, lat = line.split()[:2]
            segments[-1][1].append((float(lon), float(lat)))
    return [(lvl, pts) for lvl, pts in segments if len(pts) >= 2]


def gshhg_version() -> str:
    err = run_gmt(["coast", f"-R{REGION}", "-Df", "-M", "-W", "-V"], check=False).stderr
    for line in err.splitlines():
        if "GSHHG version" in line:
            return line.split("GSHHG version", 1)[1].strip()
    return "unknown"


def gmt_land_mask(points: list[tuple[float, float]]) -> list[bool]:
    """GMT's own land test, the reference the polygons are checked against."""
    text = "".join(f"{lon:.6f} {lat:.6f} {k}\n" for k, (lon, lat) in enumerate(points))
    out = run_gmt(["select", f"-R{REGION}", "-Df", "-Ns/k", "-fg"], stdin=text).stdout
    kept = {int(float(line.split()[2])) for line in out.splitlines() if line.strip()}
    return [k in kept for k in range(len(points))]


# ---------------------------------------------------------------- geometry helpers


def metres(p: tuple[float, float]) -> tuple[float, float]:
    return (p[0] * M_PER_DEG_LON, p[1] * M_PER_DEG_LAT)


def signed_area(ring: list[tuple[float, float]]) -> float:
    """Shoelace area in m^2, positive when counter-clockwise."""
    s = 0.0
    pts = [metres(p) for p in ring]
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        s += x1 * y2 - x2 * y1
    return s / 2


def in_ring(p: tuple[float, float], ring: list[tuple[float, float]]) -> bool:
    x, y = p
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def on_land(p: tuple[float, float], polygons: list[list[list[tuple[float, float]]]]) -> bool:
    return any(in_ring(p, poly[0]) and not any(in_ring(p, h) for h in poly[1:]) for poly in polygons)


def seg_point_distance_m(p, a, b) -> float:
    px, py = metres(p)
    ax, ay = metres(a)
    bx, by = metres(b)
    dx, dy = bx - ax, by - ay
    L = dx * dx + dy * dy
    t = 0.0 if L == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / L))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def in_story_area(p: tuple[float, float]) -> bool:
    return STORY_WEST <= p[0] <= STORY_EAST and STORY_SOUTH <= p[1] <= STORY_NORTH


def tolerance(cfg) -> Callable[[tuple[float, float]], float]:
    """The level's tolerance in the story's area, its far tolerance outside."""
    return lambda p: cfg["tolerance_m"] if in_story_area(p) else cfg["far_tolerance_m"]


def douglas_peucker(points: list[tuple[float, float]], tol) -> list[tuple[float, float]]:
    """Keep both ends and every point farther than tol(point) metres from the simplified
    line; tol is a number or a function of the point (finer in the story's area)."""
    if not callable(tol):
        tol = (lambda t: lambda _p: t)(tol)
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, best_d = -1, 0.0
        for k in range(i + 1, j):
            d = seg_point_distance_m(points[k], points[i], points[j])
            if d > tol(points[k]) and d > best_d:
                best, best_d = k, d
        if best >= 0:
            keep[best] = True
            stack += [(i, best), (best, j)]
    return [p for p, k in zip(points, keep) if k]


def on_box(p: tuple[float, float]) -> bool:
    return p[0] in (WEST, EAST) or p[1] in (SOUTH, NORTH)


def simplify_ring(ring: list[tuple[float, float]], tol) -> list[tuple[float, float]]:
    """Simplify a closed ring; vertices on the clip box are kept so the edges stay straight."""
    body = ring[:-1]
    pins = [i for i, p in enumerate(body) if on_box(p)]
    if not pins:
        # No fixed vertex: anchor at the first one and the one farthest from it.
        far = max(range(len(body)), key=lambda k: math.dist(metres(body[0]), metres(body[k])))
        pins = [0, far] if far else [0]
    out: list[tuple[float, float]] = []
    for a, b in zip(pins, pins[1:] + [pins[0] + len(body)]):
        span = [body[k % len(body)] for k in range(a, b + 1)]
        out += douglas_peucker(span, tol)[:-1]
    return out + out[:1]


def round_path(points, decimals: int) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for lon, lat in points:
        q = (round(lon, decimals), round(lat, decimals))
        if not out or out[-1] != q:
            out.append(q)
    return out


# ---------------------------------------------------------------- shorelines to polygons


def stitch(segments):
    """Join segments end to start (GMT cuts shorelines at its 1-degree bins)."""
    closed, open_ = [], []
    pending = [(lvl, list(pts)) for lvl, pts in segments]
    while pending:
        lvl, chain = pending.pop(0)
        grown = True
        while grown and chain[0] != chain[-1]:
            grown = False
            for k, (l2, other) in enumerate(pending):
                if other[0] == chain[-1]:
                    chain += other[1:]
                elif other[-1] == chain[0]:
                    chain = other + chain[1:]
                else:
                    continue
                pending.pop(k)
                grown = True
                break
        (closed if chain[0] == chain[-1] else open_).append((lvl, chain))
    return closed, open_


def box_position(p: tuple[float, float]) -> float:
    """Where p lies on the clip box, counter-clockwise from the south-west corner, in [0, 4)."""
    lon, lat = p
    if lat == SOUTH and lon < EAST:
        return (lon - WEST) / (EAST - WEST)
    if lon == EAST and lat < NORTH:
        return 1 + (lat - SOUTH) / (NORTH - SOUTH)
    if lat == NORTH and lon > WEST:
        return 2 + (EAST - lon) / (EAST - WEST)
    if lon == WEST:
        return 3 + (NORTH - lat) / (NORTH - SOUTH)
    raise ValueError(f"open shoreline ends inside the box at {p}")


CORNERS = [(0.0, (WEST, SOUTH)), (1.0, (EAST, SOUTH)), (2.0, (EAST, NORTH)), (3.0, (WEST, NORTH))]


def close_with_box(chains):
    """Close open chains (land on their left) by walking the box counter-clockwise."""
    chains = [c for c in chains]
    rings = []
    starts = sorted(chains, key=lambda c: box_position(c[0]))
    used = set()
    for first in starts:
        if id(first) in used:
            continue
        ring: list[tuple[float, float]] = []
        chain = first
        while True:
            used.add(id(chain))
            ring += chain
            t_end = box_position(chain[-1])
            # Next chain start counter-clockwise from here.
            nxt = min(starts, key=lambda c: (box_position(c[0]) - t_end) % 4)
            t_next = box_position(nxt[0])
            span = (t_next - t_end) % 4
            for t, corner in sorted(CORNERS, key=lambda c: (c[0] - t_end) % 4):
                if 0 < (t - t_end) % 4 < span:
                    ring.append(corner)
            if id(nxt) in used:
                break
            chain = nxt
        rings.append(ring + [ring[0]])
    return rings


def land_polygons(segments):
    closed, open_ = stitch(segments)
    level_one_open = [c for lvl, c in open_ if lvl == 1]
    # Lake Ladoga's shore crosses the box: closed along the box like the coast, with the
    # lake (water) on its right. GSHHG's own ring direction is not relied on: every pairing
    # of the two directions is tried, and GMT's land test picks.
    lake_open = [c for lvl, c in open_ if lvl == 2]
    if any(lvl not in (1, 2) for lvl, _ in open_):
        raise SystemExit("an island in a lake crosses the clip box; not handled")

    sample = [
        (WEST + (EAST - WEST) * (i + 0.5) / 90, SOUTH + (NORTH - SOUTH) * (j + 0.5) / 60)
        for i in range(90)
        for j in range(60)
    ]
    truth = gmt_land_mask(sample)

    best = None
    for reverse, reverse_lakes in product((False, True), repeat=2):
        chains = [c[::-1] if reverse else c for c in level_one_open]
        chains += [c[::-1] if reverse_lakes else c for c in lake_open]
        outer = close_with_box(chains) if chains else []
        if not chains and truth[len(truth) // 2]:
            outer = [[(WEST, SOUTH), (EAST, SOUTH), (EAST, NORTH), (WEST, NORTH), (WEST, SOUTH)]]
        polys = build_hierarchy(outer, closed)
        agree = sum(on_land(p, polys) == t for p, t in zip(sample, truth)) / len(sample)
        if best is None or agree > best[0]:
            best = (agree, polys)
    agree, polys = best
    print(f"polygons agree with `gmt select` on {agree:.2%} of {len(sample)} sample points")
    if agree < 0.995:
        raise SystemExit("land polygons disagree with GMT's land mask")
    return polys


def build_hierarchy(outer_rings, closed):
    """Level 1 and 3 rings are land, level 2 and 4 rings are holes in the land around them."""
    polys = [[orient(r, ccw=True)] for r in outer_rings]
    for lvl, ring in sorted(closed, key=lambda lr: lr[0]):
        if lvl in (1, 3):
            polys.append([orient(ring, ccw=True)])
        else:
            host = next((p for p in polys if in_ring(ring[0], p[0])), None)
            if host is not None:
                host.append(orient(ring, ccw=False))
    return polys


def orient(ring, ccw: bool):
    return ring if (signed_area(ring) > 0) == ccw else ring[::-1]


# ---------------------------------------------------------------- the Neva


def clip_to_land(line, polygons):
    """The parts of a river line outside the water polygons (GSHHG draws the delta as water)."""
    edges = [(a, b) for poly in polygons for ring in poly for a, b in zip(ring, ring[1:])]
    pieces, current = [], []
    crossings = set()
    for a, b in zip(line, line[1:]):
        ts = [0.0, 1.0]
        for c, d in edges:
            t = segment_intersection(a, b, c, d)
            if t is not None:
                ts.append(t)
        ts = sorted(set(ts))
        crossings.update(q for q in (lerp(a, b, t) for t in ts[1:-1]) if not near_box(q))
        for t0, t1 in zip(ts, ts[1:]):
            p0 = lerp(a, b, t0)
            p1 = lerp(a, b, t1)
            mid = lerp(a, b, (t0 + t1) / 2)
            if on_land(mid, polygons) and inside_box(mid):
                if not current:
                    current = [p0]
                current.append(p1)
            elif current:
                pieces.append(current)
                current = []
    if current:
        pieces.append(current)
    # A piece that runs from shore to shore, or a short stub, is the line crossing an island
    # of the delta, where GSHHG already has the water as polygons: drop it.
    return [
        p
        for p in pieces
        if length_m(p) > 1000 and not (p[0] in crossings and p[-1] in crossings)
    ]


def with_drawn_city_stretch(neva):
    """GSHHG's Neva line down to where it reaches the city, then the project's drawing of
    the river through the city (drawn_1917.NEVA_CITY)."""
    if neva[0][0] < neva[-1][0]:
        raise SystemExit("the Neva line is not stored downstream (east to west)")
    # From Shlisselburg the river runs south-west, then north into the city: cut where it
    # comes back north of CITY_REACHED_LAT after its southernmost point.
    south = min(range(len(neva)), key=lambda k: neva[k][1])
    cut = next(k for k in range(south, len(neva)) if neva[k][1] >= CITY_REACHED_LAT)
    return neva[:cut] + list(drawn_1917.NEVA_CITY)


def near_box(p) -> bool:
    eps = 1e-9
    return min(abs(p[0] - WEST), abs(p[0] - EAST), abs(p[1] - SOUTH), abs(p[1] - NORTH)) < eps


def inside_box(p) -> bool:
    return WEST <= p[0] <= EAST and SOUTH <= p[1] <= NORTH


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def segment_intersection(a, b, c, d):
    """Parameter t along a-b where it crosses c-d, or None."""
    r = (b[0] - a[0], b[1] - a[1])
    s = (d[0] - c[0], d[1] - c[1])
    den = r[0] * s[1] - r[1] * s[0]
    if den == 0:
        return None
    qp = (c[0] - a[0], c[1] - a[1])
    t = (qp[0] * s[1] - qp[1] * s[0]) / den
    u = (qp[0] * r[1] - qp[1] * r[0]) / den
    return t if 0 < t < 1 and 0 <= u <= 1 else None


def length_m(line) -> float:
    return sum(math.dist(metres(a), metres(b)) for a, b in zip(line, line[1:]))


# ---------------------------------------------------------------- output


def feature(properties, geometry):
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def dump(path: Path, features, extra=None):
    """One feature a line: small diffs, still plain GeoJSON (RFC 7946)."""
    head = {"type": "FeatureCollection"}
    if extra:
        head.update(extra)
    opening = json.dumps(head, separators=(",", ":"), ensure_ascii=False)[:-1]
    lines = [json.dumps(f, separators=(",", ":"), ensure_ascii=False) for f in features]
    text = opening + ',"features":[\n' + ",\n".join(lines) + "\n]}\n"
    path.write_text(text, encoding="utf-8")
    return text


def coords(points):
    return [[lon, lat] for lon, lat in points]


def level_layer(level: str, polygons, rivers, version: str):
    cfg = LEVELS[level]
    tol, dec = tolerance(cfg), cfg["decimals"]
    land, vertices = [], 0
    for poly in polygons:
        rings = []
        for k, ring in enumerate(poly):
            simple = round_path(simplify_ring(ring, tol), dec)
            if simple[0] != simple[-1]:
                simple.append(simple[0])
            area = abs(signed_area(simple[:-1]))
            # Islets below the level's size are dropped; far from the story, lakes too.
            far = not any(in_story_area(p) for p in simple)
            min_area = cfg["far_min_area_m2"] if far else cfg["min_area_m2"] if k == 0 else 0
            if len(simple) < 4 or area == 0 or area < min_area:
                if k == 0:
                    break
                continue
            rings.append(coords(orient(simple, ccw=(k == 0))))
        if rings:
            land.append(rings)
            vertices += sum(len(r) for r in rings)
    river_lines = []
    for line in rivers:
        simple = round_path(douglas_peucker(line, tol), dec)
        if len(simple) >= 2:
            river_lines.append(coords(simple))
            vertices += len(simple)
    source = f"GSHHG {version} full resolution (Wessel and Smith), LGPL-3+"
    features = [
        feature(
            {
                "kind": "water",
                "name": "Gulf of Finland and the Neva",
                "note": "the extent of the basemap: water wherever no land polygon covers it",
                "source": source,
            },
            {
                "type": "Polygon",
                "coordinates": [
                    [[WEST, SOUTH], [EAST, SOUTH], [EAST, NORTH], [WEST, NORTH], [WEST, SOUTH]]
                ],
            },
        ),
        feature({"kind": "land", "source": source}, {"type": "MultiPolygon", "coordinates": land}),
        feature(
            {
                "kind": "river",
                "name": "Neva",
                "source": f"{source}; {drawn_1917.NEVA_SOURCE}",
                "approximate": True,
            },
            {"type": "MultiLineString", "coordinates": river_lines},
        ),
    ]
    return features, vertices, land


def drawn_layers():
    st = drawn_1917.STATIONS
    lines_of = {sid: [] for sid in st}
    rails = []
    for rid, name, path in drawn_1917.RAILWAYS:
        pts = []
        for item in path:
            if isinstance(item, str):
                lines_of[item].append(rid)
                pts.append(st[item][1])
            else:
                pts.append(item)
        rails.append(
            feature(
                {
                    "kind": "railway",
                    "id": rid,
                    "name": name,
                    "approximate": True,
                    "source": drawn_1917.RAILWAY_SOURCE,
                },
                {"type": "LineString", "coordinates": coords(round_path(pts, DRAWN_DECIMALS))},
            )
        )
    stations = [
        feature(
            {"kind": "station", "id": sid, "name": name, "lines": lines_of[sid]},
            {"type": "Point", "coordinates": [round(pos[0], DRAWN_DECIMALS), round(pos[1], DRAWN_DECIMALS)]},
        )
        for sid, (name, pos) in st.items()
    ]
    return rails, stations


def names(fid: str) -> dict:
    """The 1917 names in English and French, today's where they differ, and a note."""
    en, fr, today, today_fr, note = drawn_1917.NAMES[fid]
    props = {"name": en, "name_fr": fr}
    if today:
        props.update(today=today, today_fr=today_fr)
    if note:
        props["note"] = note
    return props


def city_layers():
    """The city of 1917: streets, canals and bridges as lines, districts as label points.
    Every one marked approximate, with its source."""
    def line(kind, source, fid, pts):
        props = {"kind": kind, "id": fid, **names(fid), "approximate": True, "source": source}
        if fid in drawn_1917.LABEL_AT:
            props["label_at"] = [round(v, DRAWN_DECIMALS) for v in drawn_1917.LABEL_AT[fid]]
        return feature(props, {"type": "LineString", "coordinates": coords(round_path(pts, DRAWN_DECIMALS))})

    streets = [line("street", drawn_1917.STREET_SOURCE, f, p) for f, p in drawn_1917.STREETS]
    canals = [line("canal", drawn_1917.CANAL_SOURCE, f, p) for f, p in drawn_1917.CANALS]
    bridges = [line("bridge", drawn_1917.BRIDGE_SOURCE, f, p) for f, p in drawn_1917.BRIDGES]
    districts = [
        feature(
            {"kind": "district", "id": fid, **names(fid), "approximate": True,
             "source": drawn_1917.DISTRICT_SOURCE},
            {"type": "Point", "coordinates": [round(pos[0], DRAWN_DECIMALS), round(pos[1], DRAWN_DECIMALS)]},
        )
        for fid, pos in drawn_1917.DISTRICTS
    ]
    return streets, canals, bridges, districts


def story_places() -> tuple[dict, dict]:
    """The design-notes places, plus the story's own places file when it is there: kind
    `water` must be on water, every other place with a point on land."""
    on_land, on_water = dict(ON_LAND), dict(ON_WATER)
    path = Path(__file__).resolve().parents[2] / "assets/story/places.geojson"
    if path.exists():
        for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
            g = f.get("geometry")
            if g and g.get("type") == "Point":
                lon, lat = g["coordinates"][:2]
                target = on_water if f["properties"].get("kind") == "water" else on_land
                target[f"places.geojson {f.get('id')}"] = (lat, lon)
    return on_land, on_water


def check_places(level: str, land) -> list[str]:
    polys = [[[tuple(p) for p in ring] for ring in poly] for poly in land]
    errors = []
    on_land_places, on_water_places = story_places()
    for name, (lat, lon) in on_land_places.items():
        if not on_land((lon, lat), polys):
            errors.append(f"{level}: {name} is not on land")
    for name, (lat, lon) in on_water_places.items():
        if on_land((lon, lat), polys):
            errors.append(f"{level}: {name} is not on water")
    return errors


def samples(pts, step_m: float = 50.0):
    """Points every step_m metres along a line, with their distance from its start."""
    out, done = [], 0.0
    for a, b in zip(pts, pts[1:]):
        seg = math.dist(metres(a), metres(b))
        n = max(1, math.ceil(seg / step_m))
        out += [(lerp(a, b, k / n), done + seg * k / n) for k in range(n)]
        done += seg
    return out + [(tuple(pts[-1]), done)]


def check_drawn_on_land(features, land, rivers) -> list[str]:
    """Railways and streets stay on land; a canal too, but for its last 300 m at each end
    (where it meets the Neva or another canal, at GSHHG's tens of metres); a bridge has both
    ends on land and its middle over water; a district's label point is on land. Each is
    inside the story's area, where the city level's detail is."""
    polys = [[[tuple(p) for p in ring] for ring in poly] for poly in land]
    errors = []
    for f in features:
        fid, kind = f["properties"]["id"], f["properties"]["kind"]
        g = f["geometry"]
        pts = [g["coordinates"]] if g["type"] == "Point" else g["coordinates"]
        if not all(in_story_area(p) for p in pts):
            errors.append(f"{fid} is outside the story's area")
        if kind == "bridge":
            # Over water where GSHHG has the river as polygons, across the Neva's line
            # upstream of them (the Liteyny and Peter the Great bridges).
            ends_dry = on_land(pts[0], polys) and on_land(pts[-1], polys)
            wet = any(not on_land(p, polys) for p, _ in samples(pts, 10.0))
            crosses = any(
                segment_intersection(a, b, c, d) is not None
                for a, b in zip(pts, pts[1:])
                for line in rivers
                for c, d in zip(line, line[1:])
            )
            if not ends_dry or not (wet or crosses):
                errors.append(f"bridge {fid} does not span the water from bank to bank")
            continue
        along = samples(pts)
        total = along[-1][1]
        margin = 300.0 if kind == "canal" else 0.0
        for p, d in along:
            if margin <= d <= total - margin and not on_land(p, polys):
                errors.append(f"{fid} leaves the land near {p[0]:.4f},{p[1]:.4f}")
                break
    return errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="assets/basemap", help="output folder")
    ap.add_argument("--preview", help="also write an SVG preview of the city level here")
    ap.add_argument(
        "--preview-bbox",
        default=f"{WEST},{SOUTH},{EAST},{NORTH}",
        help="west,south,east,north of the preview",
    )
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    version = gshhg_version()
    print(f"GSHHG version {version}, region {REGION}")
    polygons = land_polygons(gmt_segments(["-W"]))
    # River lines are cut at GMT's bins too: joined first. Of the rivers and canals in the
    # box only the Neva is kept, the line that passes Smolny.
    closed_rivers, open_rivers = stitch(gmt_segments(["-Ia"]))
    river_lines = [pts for _, pts in closed_rivers + open_rivers]
    rivers = [
        piece
        for line in river_lines
        for piece in clip_to_land(line, polygons)
        if min(seg_point_distance_m(SMOLNY, a, b) for a, b in zip(piece, piece[1:])) < 1000
    ]
    rivers = [with_drawn_city_stretch(r) for r in rivers]
    print(f"rivers kept: {len(rivers)} line(s), {sum(len(r) for r in rivers)} vertices")

    errors = []
    texts = {}
    lands = {}
    for level in LEVELS:
        features, vertices, land = level_layer(level, polygons, rivers, version)
        extra = {
            "name": f"Petrograd 1917 basemap, {level} level",
            "bbox": [WEST, SOUTH, EAST, NORTH],
        }
        texts[f"{level}.geojson"] = dump(out / f"{level}.geojson", features, extra)
        lands[level] = land
        errors += check_places(level, land)
        print(f"{level}: {len(land)} land polygons, {vertices} vertices")

    rails, stations = drawn_layers()
    streets, canals, bridges, districts = city_layers()
    city_1917 = streets + canals + bridges + districts
    errors += check_drawn_on_land(rails + city_1917, lands["city"], rivers)
    texts["railways.geojson"] = dump(
        out / "railways.geojson", rails + stations, {"name": "Railways of 1917 used by the story"}
    )
    texts["city_1917.geojson"] = dump(
        out / "city_1917.geojson",
        city_1917,
        {"name": "The city of 1917: main avenues, canals, Neva bridges, districts (approximate)"},
    )

    total = 0
    for name, text in texts.items():
        gz = len(gzip.compress(text.encode(), compresslevel=9, mtime=0))
        total += gz
        print(f"{name:18} {len(text.encode()):7} B raw {gz:6} B gzip -9")
    # Every basemap file counts, whatever wrote it.
    stray = sorted(p.name for p in out.glob("*.geojson") if p.name not in texts)
    if stray:
        errors.append(f"files in {out} this script does not write: {stray}")
    print(f"total gzip {total} B (budget {BUDGET_GZIP_BYTES} B)")
    if total > BUDGET_GZIP_BYTES:
        errors.append("over the size budget")

    if args.preview:
        bbox = [float(v) for v in args.preview_bbox.split(",")]
        city_rivers = json.loads(texts["city.geojson"].split("\n")[3].rstrip(","))
        write_preview(
            Path(args.preview),
            bbox,
            lands["city"],
            city_rivers["geometry"]["coordinates"],
            rails,
            streets + canals + bridges,
            stations,
        )
    if errors:
        raise SystemExit("\n".join(errors))


def write_preview(path: Path, bbox, land, rivers, rails, streets, stations) -> None:
    """A quick look in a browser; not shipped."""
    w0, s0, e0, n0 = bbox
    w = 1400
    h = int(w * (n0 - s0) * M_PER_DEG_LAT / ((e0 - w0) * M_PER_DEG_LON))

    def xy(p):
        return f"{(p[0] - w0) / (e0 - w0) * w:.1f},{(n0 - p[1]) / (n0 - s0) * h:.1f}"

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}">']
    parts.append(f'<rect width="{w}" height="{h}" fill="#bcd"/>')
    for poly in land:
        d = " ".join("M" + " L".join(xy(p) for p in ring) + "Z" for ring in poly)
        parts.append(f'<path d="{d}" fill="#eed" fill-rule="evenodd" stroke="#555" stroke-width="0.5"/>')
    for line in rivers:
        parts.append(f'<polyline points="{" ".join(xy(p) for p in line)}" fill="none" stroke="#38a" stroke-width="2"/>')
    for f in rails:
        pts = " ".join(xy(p) for p in f["geometry"]["coordinates"])
        parts.append(f'<polyline points="{pts}" fill="none" stroke="#000" stroke-width="1.5" stroke-dasharray="6 3"/>')
    for f in streets:
        pts = " ".join(xy(p) for p in f["geometry"]["coordinates"])
        parts.append(f'<polyline points="{pts}" fill="none" stroke="#a33" stroke-width="1"/>')
    for f in stations:
        x, y = xy(f["geometry"]["coordinates"]).split(",")
        parts.append(f'<circle cx="{x}" cy="{y}" r="3" fill="#000"/>')
    for name, (lat, lon) in {**ON_LAND, **ON_WATER}.items():
        x, y = xy((lon, lat)).split(",")
        parts.append(f'<circle cx="{x}" cy="{y}" r="3" fill="red"/><text x="{x}" y="{y}" font-size="10">{name}</text>')
    parts.append("</svg>")
    path.write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
