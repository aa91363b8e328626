"""Generate a realistic corpus reproducibly: N distinct documents made from the bundled ones.

Document i is bundled document i mod 4 with its own first line (a document number), its region names
swapped for other provinces (so that the region context and responsible units differ) and one of its
paragraphs dropped (so that no two copies have the same text).  Same N → byte-identical files.

    python benchmarks/make_corpus.py 2000 /tmp/corpus-2000
"""

from __future__ import annotations

import random
import sys
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
    count = int(sys.argv[1])
    paths = make(count, Path(sys.argv[2]))
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    print(f"{len(paths)} documents, {chars:,} characters in {sys.argv[2]}")
