"""`make bench`: throughput and latency of the production configuration, as ratios to /healthz.

Starts gunicorn (2 workers, production settings) twice on loopback: "warm" with the page cache on
(Redis), "cold" with it off, so every request renders the page. For each URL it runs wrk for a
fixed time at 16 connections and prints requests/s, p50 and p99 latency and the ratio to /healthz
measured by the same server in the same run. Timing is never asserted in the test suite; this is
where the figures come from.

Database: DATABASE_URL if set (PostgreSQL), else an SQLite file bench.sqlite3 in the project.
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bench import comment_load  # noqa: E402

COMMENTED_PAGE = "/medications/buprenorphine/"
# 20 approved comments on the measured medication page (idempotent: keyed by author name).
SEED_COMMENTS = """
from comments.models import CommentStatus, PortalComment
from medications.models import MedicationPage
page = MedicationPage.objects.get(slug="buprenorphine")
for n in range(20):
    name = f"Bench reader {n}"
    if not PortalComment.objects.filter(page=page, user_name=name).exists():
        PortalComment(content_object=page, site_id=1, user_name=name,
                      user_email=f"bench{n}@example.org", status=CommentStatus.APPROVED,
                      comment=f"Comment {n}: this page helped me talk to my doctor.").save()
"""
# How many times each acknowledged comment of a load run is stored (must be exactly once).
COUNT_STORED = """
import json, re, sys
from collections import Counter
from comments.models import PortalComment
texts = PortalComment.objects.filter(comment__contains="bench-RUN-").values_list(
    "comment", flat=True
)
counts = Counter(re.search(r"bench-RUN-[0-9]+-[0-9]+", text).group(0) for text in texts)
print(json.dumps(counts))
"""
PYTHON = sys.executable
TARGETS = {"warm ratio": 0.30, "cold medication ratio": 0.08, "warm p99 ms": 50.0}
# --- Ask a question (answers app): answers are never cached (each holds a reader's question), so
# every request finds its passages; measured against /healthz, a bare Django view.
ASK_ROW = "ask a question"
ASK_PATH = "/ask/?q=can+i+take+methadone+while+pregnant"
ASK_TARGET = 0.05
# --- end Ask a question


def run_manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=PROJECT, env=env, check=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def base_env():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tx_portal.settings.production",
        "LOCAL_HTTP": "true",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "bench-only-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "WARNING",
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{PROJECT / 'bench.sqlite3'}")
    env.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")
    return env


@contextmanager
def gunicorn(env, workers=2):
    port = free_port()
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "--config", "tx_portal/gunicorn.conf.py"],
        cwd=PROJECT,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(workers)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                # Always http://127.0.0.1 (base above): no file: or other schemes.
                urllib.request.urlopen(base + "/healthz", timeout=1).read()  # nosec B310
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.2)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


WRK_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_PERCENTILE = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
WRK_ERRORS = re.compile(r"Non-2xx or 3xx responses: (\d+)")


def wrk(url, seconds, connections=16):
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    latency = {p: float(v) * scale[unit] for p, v, unit in WRK_PERCENTILE.findall(output)}
    errors = WRK_ERRORS.search(output)
    return {
        "rps": float(WRK_RATE.search(output).group(1)),
        "p50": latency.get("50"),
        "p99": latency.get("99"),
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def measure(base, pages, seconds, label):
    for path in pages.values():  # warm up: first renders, connections, caches
        for _ in range(3):
            try:
                urllib.request.urlopen(base + path, timeout=10).read()  # nosec B310
            except urllib.error.HTTPError as error:
                if error.code != 404:
                    raise
    results = {"/healthz": wrk(base + "/healthz", seconds)}
    for path in pages.values():
        results[path] = wrk(base + path, seconds)
    baseline = results["/healthz"]["rps"]
    print(f"\n{label}: wrk -t2 -c16 -d{seconds}s, gunicorn 2 workers")
    print(f"{'page':<34}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'ratio':>9}{'non-2xx':>9}")
    rows = {}
    for name, path in [("/healthz (baseline)", "/healthz"), *pages.items()]:
        r = results[path]
        ratio = r["rps"] / baseline
        rows[name] = {**r, "ratio": ratio}
        print(
            f"{name:<34}{r['rps']:>10.0f}{r['p50']:>10.2f}{r['p99']:>10.2f}"
            f"{ratio:>9.1%}{r['non_2xx']:>9}"
        )
    return rows


def measure_comment_submission(env):
    print("\nComment submission (warm server, 16 readers at once, every 5th form sent twice):")
    with gunicorn({**env, "PAGE_CACHE": "true", "COMMENTS_PER_MINUTE": "1000000"}) as base:
        run_id, load = comment_load.run(base, COMMENTED_PAGE)
    stored = json.loads(
        subprocess.run(
            [PYTHON, "manage.py", "shell", "-c", COUNT_STORED.replace("RUN", run_id)],
            cwd=PROJECT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    lost = [marker for marker in load.acknowledged if marker not in stored]
    duplicated = [marker for marker, count in stored.items() if count > 1]
    print(
        f"  {len(load.acknowledged)} acknowledged in {load.seconds:.1f} s = {load.rate:.0f}/s; "
        f"refused {load.refused}, errors {load.errors}; lost {len(lost)}, "
        f"stored twice {len(duplicated)}"
    )
    return load, lost, duplicated


def bench_pages():
    """The public pages measured, from the demo content (see demo/data/)."""
    return {
        "home": "/",
        "medication (20 approved comments)": COMMENTED_PAGE,
        "medication index": "/medications/",
        "detox timeline": "/detox/",
        "therapy index, filtered": "/therapies/?setting=outpatient",
        "search": "/search/?q=buprenorphine",
        ASK_ROW: ASK_PATH,
        "404": "/no-such-page/",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", 8)))
    parser.add_argument(
        "--comments-only", action="store_true", help="measure comment submission only"
    )
    args = parser.parse_args()
    if args.seconds < 1 or args.seconds > 120:
        parser.error("--seconds must be between 1 and 120")
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")

    env = base_env()
    print(f"database: {env['DATABASE_URL'].split('@')[-1]}   cache: {env['REDIS_URL']}")
    run_manage(env, "migrate", "--noinput", "--verbosity", "0")
    # The demo app exists only with the development settings (same database and cache).
    run_manage({**env, "DJANGO_SETTINGS_MODULE": "tx_portal.settings.dev"}, "load_demo_content")
    run_manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    run_manage(env, "shell", "-c", SEED_COMMENTS)
    pages = bench_pages()
    if args.comments_only:
        measure_comment_submission(env)
        return

    with gunicorn({**env, "PAGE_CACHE": "false"}) as base:
        cold = measure(base, pages, args.seconds, "COLD (page cache off: every request renders)")
    run_manage(env, "shell", "-c", "from django.core.cache import cache; cache.clear()")
    with gunicorn({**env, "PAGE_CACHE": "true"}) as base:
        warm = measure(base, pages, args.seconds, "WARM (page cache on, Redis)")

    load, lost, duplicated = measure_comment_submission(env)

    print("\ntargets (this machine, same run):")
    # Every public page, search included (it is never cached: readers' queries stay out of the
    # cache), so its figure is its cold figure.
    public = [name for name in pages if name not in ("404", ASK_ROW)]
    worst_warm = min(public, key=lambda name: warm[name]["ratio"])
    worst_p99 = max(public, key=lambda name: warm[name]["p99"])
    medication = "medication (20 approved comments)"
    checks = [
        (
            f"every public page warm >= 30% of /healthz (lowest: {worst_warm})",
            warm[worst_warm]["ratio"] >= TARGETS["warm ratio"],
            f"{warm[worst_warm]['ratio']:.1%}",
        ),
        (
            "cold medication page >= 8% of /healthz",
            cold[medication]["ratio"] >= TARGETS["cold medication ratio"],
            f"{cold[medication]['ratio']:.1%}",
        ),
        (
            f"warm p99 < 50 ms at 16 connections (highest: {worst_p99})",
            warm[worst_p99]["p99"] < TARGETS["warm p99 ms"],
            f"{warm[worst_p99]['p99']:.1f} ms",
        ),
    ]
    checks.append(
        (
            "ask a question >= 5% of a bare Django view (/healthz)",
            min(cold[ASK_ROW]["ratio"], warm[ASK_ROW]["ratio"]) >= ASK_TARGET,
            f"{min(cold[ASK_ROW]['ratio'], warm[ASK_ROW]['ratio']):.1%}",
        )
    )
    database = env["DATABASE_URL"].split(":")[0]
    checks.append(
        (
            f"comment submission >= 150/s with none lost or duplicated ({database})",
            load.rate >= 150 and not lost and not duplicated,
            f"{load.rate:.0f}/s, lost {len(lost)}, duplicated {len(duplicated)}",
        )
    )
    for text, met, figure in checks:
        print(f"  {'met ' if met else 'MISS'}  {text}: {figure}")


if __name__ == "__main__":
    main()
