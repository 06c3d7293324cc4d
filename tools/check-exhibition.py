#!/usr/bin/env python3
"""Checks vr360/exhibition.yaml the way the content team needs before committing it.

Usage: python3 tools/check-exhibition.py [vr360/exhibition.yaml]   (needs PyYAML)

Checks, on top of the contract's format (/work/contract-vr360.md, section 1): every title,
caption and credit exists in all five languages; ids are unique; no wall slot holds two
things; a wall has at most one slot per 2.4 m (7 on 18 m, 5 on 12 m) and no gaps; no wall is
empty; doors come in facing pairs at the same place; files exist; videos < 1 MB with a poster
< 100 KB. Prints a summary per room; exits 1 on any problem.
"""
import os
import re
import sys

import yaml

LANGS = ("vi", "en", "zh", "ko", "ja")
WALLS = ("north", "east", "south", "west")
OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}
ID = re.compile(r"^[a-z0-9-]+$")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "vr360/exhibition.yaml"
    base = os.path.dirname(os.path.abspath(path))
    site = os.path.dirname(base)
    with open(path, encoding="utf-8") as f:
        ex = yaml.safe_load(f)
    problems = []

    def texts(where, m, key):
        value = (m or {}).get(key)
        if not isinstance(value, dict):
            problems.append(f"{where}: {key} missing")
            return 0
        n = 0
        for lang in LANGS:
            s = value.get(lang)
            if isinstance(s, str) and s.strip():
                n += 1
            else:
                problems.append(f"{where}: {key}.{lang} missing")
        extra = set(value) - set(LANGS)
        if extra:
            problems.append(f"{where}: {key} has unknown languages {sorted(extra)}")
        return n

    def file(where, ref, limit=None):
        p = os.path.join(site, "assets", ref[1:]) if ref.startswith("/") else os.path.join(base, ref)
        if ref.startswith("/") and not os.path.isfile(p):
            p = os.path.join(site, "content", ref[1:])
        if not os.path.isfile(p):
            problems.append(f"{where}: {ref} not found")
        elif limit and os.path.getsize(p) >= limit:
            problems.append(f"{where}: {ref} is {os.path.getsize(p)} bytes (limit {limit})")

    texts("exhibition", ex, "title")
    texts("exhibition", ex, "intro")
    rooms = ex.get("rooms") or []
    ids = [r.get("id") for r in rooms]
    if len(set(ids)) != len(ids):
        problems.append(f"room ids repeat: {ids}")
    if ex.get("start") and ex["start"] not in ids:
        problems.append(f"start: no room {ex['start']}")
    doors = {}
    total = 0
    for room in rooms:
        rid = room.get("id", "?")
        if not ID.match(str(rid)):
            problems.append(f"room {rid}: id must match [a-z0-9-]+")
        texts(f"room {rid}", room, "name")
        texts(f"room {rid}", room, "intro")
        m = room.get("map") or {}
        if not all(isinstance(m.get(k), (int, float)) and 0 <= m[k] <= 1 for k in ("x", "y")):
            problems.append(f"room {rid}: map needs x and y in 0..1")
        hall = room.get("hall") or {}
        size = hall.get("size") or []
        if len(size) != 3:
            problems.append(f"room {rid}: hall.size must be [width, depth, height]")
            continue
        for k in ("walls", "floor", "ceiling", "accent"):
            if k in hall and not COLOUR.match(str(hall[k])):
                problems.append(f"room {rid}: hall.{k} is not #rrggbb")
        length = {"north": size[0], "south": size[0], "east": size[1], "west": size[1]}
        slots = {w: {} for w in WALLS}
        seen = set()
        kinds = {"image": 0, "video": 0}
        for e in room.get("exhibits") or []:
            eid = e.get("id", "?")
            where = f"{rid}/{eid}"
            if not ID.match(str(eid)) or eid in seen:
                problems.append(f"{where}: id must be [a-z0-9-]+ and unique in the room")
            seen.add(eid)
            n = sum(texts(where, e, k) for k in ("title", "caption", "credit"))
            if n != 15:
                problems.append(f"{where}: {n} of 15 strings")
            if ("image" in e) == ("video" in e):
                problems.append(f"{where}: needs exactly one of image/video")
            if "image" in e:
                kinds["image"] += 1
                file(where, e["image"])
            if "video" in e:
                kinds["video"] += 1
                file(where, e["video"], 1_000_000)
                if "poster" not in e:
                    problems.append(f"{where}: a video needs a poster")
                else:
                    file(where, e["poster"], 100_000)
                for lang, vtt in (e.get("captions") or {}).items():
                    file(f"{where} captions.{lang}", vtt)
            slots_of(where, e, slots, problems, eid)
        for d in room.get("doors") or []:
            where = f"{rid} door to {d.get('to')}"
            if d.get("to") not in ids or d.get("to") == rid:
                problems.append(f"{where}: no such other room")
            slots_of(where, d, slots, problems, "door:" + str(d.get("to")))
            doors[(rid, d.get("to"))] = (d.get("wall"), d.get("slot"), max(slots[d.get("wall")] or [0]) if d.get("wall") in slots else 0)
        for w in WALLS:
            used = sorted(slots[w])
            if not used:
                problems.append(f"room {rid}: the {w} wall is empty")
                continue
            most = int(length[w] // 2.4)
            if used[-1] > most:
                problems.append(f"room {rid}: {w} wall has {used[-1]} slots, at most {most} on {length[w]} m")
            if used != list(range(1, used[-1] + 1)):
                problems.append(f"room {rid}: {w} wall leaves slots empty: uses {used}")
        total += kinds["image"]
        line = ", ".join(f"{w} {len(slots[w])}" for w in WALLS)
        print(f"{rid}: {kinds['image']} pictures, {kinds['video']} videos, {len(room.get('doors') or [])} doors ({line})")
    for (a, b), (wall, slot, _) in doors.items():
        back = doors.get((b, a))
        if back is None:
            problems.append(f"door {a} -> {b} has no door back")
            continue
        # facing doors: opposite walls, and the same place along them (slot counted from the other end)
        count_a = max_slot(ex, a, wall)
        count_b = max_slot(ex, b, back[0])
        if back[0] != OPPOSITE.get(wall) or count_a != count_b or slot != count_b + 1 - back[1]:
            problems.append(f"doors {a}.{wall}.{slot} and {b}.{back[0]}.{back[1]} do not face each other")
    print(f"total: {total} pictures")
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1 if problems else 0)


def slots_of(where, item, slots, problems, what):
    wall, slot = item.get("wall"), item.get("slot")
    if wall not in slots or not isinstance(slot, int) or slot < 1:
        problems.append(f"{where}: needs wall (north|east|south|west) and slot >= 1")
        return
    if slot in slots[wall]:
        problems.append(f"{where}: {wall} slot {slot} already holds {slots[wall][slot]}")
    slots[wall][slot] = what


def max_slot(ex, rid, wall):
    room = next(r for r in ex["rooms"] if r["id"] == rid)
    items = list(room.get("exhibits") or []) + list(room.get("doors") or [])
    return max((i["slot"] for i in items if i.get("wall") == wall), default=0)


if __name__ == "__main__":
    main()
