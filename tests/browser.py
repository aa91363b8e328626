"""Headless Chromium helpers for the browser tests (Debian's `chromium`)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio"]
#: Hosts Chromium itself talks to (updates, accounts); requests of the page never go there.
BROWSER_SERVICE_HOSTS = re.compile(r"^https?://([a-z0-9.-]+\.)?(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|"
                                   r"googleusercontent\.com|chromium\.org)(:\d+)?/")


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        if os.environ.get("KG_REQUIRE_BROWSER"):
            pytest.fail("chromium is not installed (apt-get install -y chromium fonts-wqy-microhei)")
        pytest.skip("chromium is not installed")
    return exe


def run(url: str, *extra: str, budget_ms: int = 30000, timeout: int = 180) -> tuple[str, list[str]]:
    """Load *url*; return the DOM after scripts ran and the URLs of every request made."""
    exe = chromium()
    with tempfile.TemporaryDirectory() as tmp:
        netlog = Path(tmp) / "net.json"
        cmd = [exe, *FLAGS, f"--user-data-dir={tmp}/profile", f"--log-net-log={netlog}",
               "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--window-size=1400,900",
               f"--virtual-time-budget={budget_ms}", "--dump-dom", *extra, url]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        urls = sorted(set(re.findall(r'"url":"([^"]+)"', netlog.read_text(errors="replace")))) if netlog.exists() else []
    return proc.stdout, urls


def page_requests(urls: list[str]) -> list[str]:
    """The requests that did not come from Chromium's own services."""
    return [u for u in urls if not BROWSER_SERVICE_HOSTS.match(u)]


def body_attrs(dom: str) -> dict[str, str]:
    m = re.search(r"<body([^>]*)>", dom)
    attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', m.group(1))) if m else {}
    return {k: v.replace("&quot;", '"').replace("&amp;", "&") for k, v in attrs.items()}


def screenshot(url: str, out: Path, size: str = "1600,1000", budget_ms: int = 30000) -> None:
    exe = chromium()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, *FLAGS, f"--user-data-dir={tmp}/profile", f"--window-size={size}",
                        "--hide-scrollbars", f"--virtual-time-budget={budget_ms}", f"--screenshot={out}", url],
                       capture_output=True, timeout=180, check=True)


def resources(attrs: dict[str, str]) -> list[str]:
    return json.loads(attrs.get("data-resources", "[]"))
