"""Generate a realistic corpus reproducibly: N distinct documents made from the bundled ones.

Document i is bundled document i mod 4 with its own first line (a document number), its region names
swapped for other provinces (so that the region context and responsible units differ) and one of its
paragraphs dropped (so that no two copies have the same text).  Same N → byte-identical files.

    python benchmarks/make_corpus.py 2000 /tmp/corpus-2000
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "data").glob("*.txt"))
PROVINCES = ["河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
             "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海"]


def make(n: int, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    paths = []
    for i in range(n):
        rng = random.Random(i)
        text = texts[i % len(texts)]
        province = PROVINCES[rng.randrange(len(PROVINCES))]
        text = text.replace("安徽", province)
        lines = text.split("\n")
        body = [k for k, line in enumerate(lines) if len(line) > 80]
        if body:
            del lines[body[rng.randrange(len(body))]]
        text = f"（第{i + 1}号）\n" + "\n".join(lines)
        path = out / f"doc-{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many documents")
    parser.add_argument("out", type=Path, help="the folder to write them to (made if missing)")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("count must be at least 1")
    paths = make(args.count, args.out)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    print(f"{len(paths)} documents, {chars:,} characters in {args.out}")
