"""Regenerate the screenshots in docs/ (needs Debian's chromium and fonts-wqy-microhei).

    python docs/screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def shot(html: Path, png: Path, fragment: str = "", size: str = "1600,1000") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["chromium", *FLAGS, f"--user-data-dir={tmp}", f"--window-size={size}",
                        "--virtual-time-budget=30000", f"--screenshot={png}", html.resolve().as_uri() + fragment],
                       check=True, capture_output=True, timeout=300)
    print(f"wrote {png}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        kg = [sys.executable, "-m", "kg.cli"]
        subprocess.run([*kg, "build", "--out", str(out)], check=True, capture_output=True)
        subprocess.run([*kg, "viz", "--graph", str(out), "--focus", "北斗", "-o", str(out / "beidou.html")],
                       check=True, capture_output=True)
        shot(out / "graph.html", ROOT / "docs" / "graph-full.png", "#q=人工智能")
        shot(out / "beidou.html", ROOT / "docs" / "graph-beidou.png")


if __name__ == "__main__":
    main()
