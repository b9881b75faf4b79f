"""`make bench`: throughput and latency of the production configuration, as ratios to a bare
Django view and to /healthz measured in the same run.

Baseline: a bare Django view (`HttpResponse("ok")`, bench/bare_django.py) served by the same
gunicorn settings (2 workers). Then the site's stack (deploy/stack.py: Varnish in front of
gunicorn, production settings): each page type read straight from gunicorn ("cold": every request
goes to the app, which renders what it does not keep between edits) and through Varnish ("hit").
Then the publish storm: while wrk reads five pages through Varnish, a moderator approves a comment
on one of them every second for 30 s (each approval purges that page only); it prints the hit
rate, p50 and p99 during the storm and how long each approved comment takes to show at the edge.
For each URL wrk runs a fixed time at 16 connections, sending `Accept-Encoding: gzip` as browsers
do (Varnish keeps text gzipped; the app servers do not compress). Then comments are posted as fast
as the app answers (bench/comment_wrk.lua). Timing is never asserted in the test suite; this is
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
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bench import comment_load  # noqa: E402
from deploy.stack import Stack  # noqa: E402

COMMENTED_PAGE = "/medications/buprenorphine/"
# 20 approved comments on the measured medication page (idempotent: keyed by author name).
SEED_COMMENTS = """
from comments.models import CommentStatus, PortalComment
from medications.models import MedicationPage
page = MedicationPage.objects.get(slug="buprenorphine")
# Every run measures the same page: what earlier runs' storms approved and load runs posted goes.
PortalComment.objects.filter(comment__contains="storm-").delete()
PortalComment.objects.filter(comment__regex=r"bench-[0-9a-f]+-[0-9]+-[0-9]+").delete()
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
TARGETS = {
    "hit ratio to bare": 4.0,
    "hit p99 ms": 10.0,
    "storm hit rate": 0.95,
    "storm p99 ms": 50.0,
    "storm visible s": 2.0,
}
# Rendered pages (no shared cache in front), as a share of the bare Django view's requests/s.
RENDER_TARGETS = {
    "medication (20 approved comments)": 0.05,
    "home": 0.07,
    "medication index": 0.07,
    "therapy index, filtered": 0.07,
    "detox timeline": 0.07,
    "search": 0.05,
    "search, long query": 0.05,
    "404": 0.15,
}
# Ask a question (answers app): answers are never cached (each holds a reader's question), so
# every request finds its passages.
ASK_ROW = "ask a question"
ASK_PATH = "/ask/?q=can+i+take+methadone+while+pregnant"
ASK_TARGET = 0.05
STORM_PAGES = [
    "/",
    COMMENTED_PAGE,
    "/medications/",
    "/detox/",
    "/therapies/?setting=outpatient",
]
STORM_SECONDS = 30
# Runs in `manage.py shell` with the stack's purge address: every second it approves a waiting
# comment on the commented page (as a moderator does, through comments.actions), then polls the
# page through Varnish until the comment shows; prints the delays as JSON.
STORM_APPROVALS = """
import json, time, urllib.request
from django.contrib.auth import get_user_model
from comments import actions
from comments.models import CommentStatus, PortalComment
from medications.models import MedicationPage
page = MedicationPage.objects.get(slug="buprenorphine")
moderator = get_user_model().objects.filter(is_superuser=True).first() or (
    get_user_model().objects.create_superuser("bench-moderator", "bm@example.org", None))
delays = []
for n in range(SECONDS):
    started = time.monotonic()
    marker = f"storm-RUN-{n}"
    comment = PortalComment(content_object=page, site_id=1, user_name="Storm reader",
        user_email="storm@example.org", status=CommentStatus.PENDING,
        comment=f"Approved during the storm: {marker}")
    comment.save()
    approved_at = time.monotonic()
    actions.moderate(comment, "approve", moderator)
    while True:
        html = urllib.request.urlopen("EDGE" + page.url, timeout=5).read().decode()
        if marker in html or time.monotonic() - approved_at > 10:
            break
        time.sleep(0.02)
    delays.append(time.monotonic() - approved_at if marker in html else None)
    time.sleep(max(0, 1 - (time.monotonic() - started)))
print(json.dumps(delays))
"""
ROTATE_PATHS_LUA = """
paths = {PATHS}
counter = 0
request = function()
    counter = counter + 1
    return wrk.format("GET", paths[(counter % #paths) + 1])
end
"""


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
def gunicorn(env, workers=2, app=None):
    port = free_port()
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "--config",
            "tx_portal/gunicorn.conf.py",
            *([app] if app else []),
        ],
        cwd=PROJECT,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(workers)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # a loaded machine starts gunicorn slowly
        while True:
            try:
                # Always http://127.0.0.1 (base above): no file: or other schemes.
                urllib.request.urlopen(base + "/", timeout=1).read()  # nosec B310
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


def wrk(url, seconds, connections=16, script=None):
    # As every browser asks: Varnish keeps pages gzipped and would otherwise unzip each one.
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-H",
        "Accept-Encoding: gzip",
        url,
    ]
    if script:
        command[1:1] = ["-s", str(script)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    latency = {p: float(v) * scale[unit] for p, v, unit in WRK_PERCENTILE.findall(output)}
    errors = WRK_ERRORS.search(output)
    return {
        "rps": float(WRK_RATE.search(output).group(1)),
        "p50": latency.get("50"),
        "p99": latency.get("99"),
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def warm_up(base, paths):
    for path in paths:  # first renders, connections, caches
        for _ in range(3):
            try:
                urllib.request.urlopen(base + path, timeout=10).read()  # nosec B310
            except urllib.error.HTTPError as error:
                if error.code not in {403, 404}:
                    raise


def measure(base, pages, seconds):
    warm_up(base, ["/healthz", *pages.values()])
    results = {"/healthz (this site)": wrk(base + "/healthz", seconds)}
    for name, path in pages.items():
        results[name] = wrk(base + path, seconds)
    return results


def print_rows(label, rows, bare, healthz):
    print(f"\n{label}")
    print(
        f"{'page':<40}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'/bare':>9}{'/healthz':>10}"
        f"{'non-2xx':>9}"
    )
    for name, r in rows.items():
        r["ratio_bare"], r["ratio_healthz"] = r["rps"] / bare, r["rps"] / healthz
        print(
            f"{name:<40}{r['rps']:>9.0f}{r['p50']:>9.2f}{r['p99']:>9.2f}"
            f"{r['ratio_bare']:>9.1%}{r['ratio_healthz']:>10.1%}{r['non_2xx']:>9}"
        )


def measure_bare(env, seconds):
    with gunicorn(env, app="bench.bare_django:application") as base:
        warm_up(base, ["/"])
        return wrk(base + "/", seconds)


def publish_storm(stack, env, run_id):
    """wrk reads five pages through Varnish while a comment is approved every second."""
    script = stack.tmp / "rotate.lua"
    paths = "{" + ", ".join(f'"{path}"' for path in STORM_PAGES) + "}"
    script.write_text(ROTATE_PATHS_LUA.replace("{PATHS}", paths))
    warm_up(stack.varnish_url, STORM_PAGES)
    before = stack.varnish_stat("MAIN.cache_hit", "MAIN.cache_miss", "MAIN.cache_hitpass")
    code = STORM_APPROVALS.replace("SECONDS", str(STORM_SECONDS)).replace("RUN", run_id)
    code = code.replace("EDGE", stack.varnish_url)
    approvals = subprocess.Popen(
        [PYTHON, "manage.py", "shell", "-c", code],
        cwd=PROJECT,
        env=stack.env,
        stdout=subprocess.PIPE,
        text=True,
    )
    load = wrk(stack.varnish_url + "/", STORM_SECONDS + 3, script=script)
    output, _ = approvals.communicate(timeout=120)
    after = stack.varnish_stat("MAIN.cache_hit", "MAIN.cache_miss", "MAIN.cache_hitpass")
    hits = after["MAIN.cache_hit"] - before["MAIN.cache_hit"]
    lookups = hits + sum(
        after[name] - before[name] for name in ("MAIN.cache_miss", "MAIN.cache_hitpass")
    )
    delays = json.loads(output.strip().splitlines()[-1])
    shown = sorted(delay for delay in delays if delay is not None)
    storm = {
        **load,
        "hit_rate": hits / lookups if lookups else 0.0,
        "approvals": len(delays),
        "never_shown": len(delays) - len(shown),
        "visible_p50": shown[len(shown) // 2] if shown else None,
        "visible_max": shown[-1] if shown else None,
    }
    print(
        f"\nPublish storm: wrk -c16 over {len(STORM_PAGES)} pages through Varnish for "
        f"{STORM_SECONDS + 3} s, one comment approved a second on {COMMENTED_PAGE}"
    )
    print(
        f"  {load['rps']:.0f} req/s, hit rate {storm['hit_rate']:.1%}, p50 {load['p50']:.2f} ms, "
        f"p99 {load['p99']:.2f} ms, non-2xx {load['non_2xx']}"
    )
    print(
        f"  {storm['approvals']} approvals; shown at the edge after p50 "
        f"{(storm['visible_p50'] or 0) * 1000:.0f} ms, max {(storm['visible_max'] or 0) * 1000:.0f}"
        f" ms; never shown {storm['never_shown']}"
    )
    return storm


def measure_comment_submission(env, seconds):
    """Readers post comments as fast as the server answers: wrk, 16 connections (one a thread,
    so each acknowledgement is matched to its comment), every 5th form sent twice; then every
    acknowledged comment must be stored exactly once."""
    print(
        f"\nComment submission (warm server, wrk 16 connections for {seconds} s, every 5th form "
        "sent twice):"
    )
    # Readers here post far faster than people: no rate limit, no minimum fill time.
    load_env = {**env, "COMMENTS_PER_MINUTE": "1000000", "COMMENT_MIN_FILL_SECONDS": "0"}
    run_id = uuid.uuid4().hex[:8]
    with gunicorn(load_env) as base, tempfile.TemporaryDirectory() as tmp:
        page = urllib.request.urlopen(base + COMMENTED_PAGE, timeout=10).read().decode()  # nosec B310
        action, fields = comment_load.form_fields(page)
        form = urllib.parse.urlencode(
            {**fields, "name": "Bench reader", "email": "bench@example.org", "honeypot": ""}
        )
        acked_file = Path(tmp) / "acked.txt"
        script = Path(tmp) / "comments.lua"
        script.write_text(
            (PROJECT / "bench" / "comment_wrk.lua")
            .read_text()
            .replace("FORM", form)
            .replace("RUN", run_id)
            .replace("ACKED_FILE", str(acked_file))
        )
        command = ["wrk", "-t16", "-c16", f"-d{seconds}s", "-s", str(script), base + action]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        acknowledged = acked_file.read_text().split()
    refused = int(re.search(r"REFUSED (\d+)", output).group(1))
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
    lost = [marker for marker in acknowledged if marker not in stored]
    duplicated = [marker for marker, count in stored.items() if count > 1]
    rate = len(acknowledged) / seconds
    print(
        f"  {len(acknowledged)} acknowledged in {seconds} s = {rate:.0f}/s; refused {refused}; "
        f"lost {len(lost)}, stored twice {len(duplicated)}"
    )
    return rate, lost, duplicated


def bench_pages():
    """The public pages measured, one of each page type, from the demo content (see demo/data/)."""
    return {
        "home": "/",
        "medication (20 approved comments)": COMMENTED_PAGE,
        "medication index": "/medications/",
        "therapy index, filtered": "/therapies/?setting=outpatient",
        "therapy page": "/therapies/cognitive-behavioral-therapy/",
        "detox timeline": "/detox/",
        "detox phase": "/detox/peak-withdrawal/",
        "article": "/treatments-overview/",
        "search": "/search/?q=buprenorphine",
        "search, no query": "/search/",
        # Cut to its first dozen words before it reaches the database (gunicorn refuses a
        # request line over 4 KB, so this is about the longest a reader can send).
        "search, long query": "/search/?q=" + "+".join(f"withdrawal{n}" for n in range(250)),
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
        measure_comment_submission(env, args.seconds)
        return

    bare = measure_bare(env, args.seconds)
    with Stack({**env, "WEB_CONCURRENCY": "2"}, workers=2, nginx=False) as stack:
        cold = measure(stack.app_urls[0], pages, args.seconds)
        hit = measure(stack.varnish_url, pages, args.seconds)
        cold[ASK_ROW] = wrk(stack.app_urls[0] + ASK_PATH, args.seconds)
        storm = publish_storm(stack, env, str(int(time.time())))
    healthz = cold["/healthz (this site)"]["rps"]
    rows = {"bare Django view (baseline)": bare}
    print_rows(
        f"wrk -t2 -c16 -d{args.seconds}s, gunicorn 2 workers; ratios to the bare Django view and "
        "to /healthz",
        {**rows, **{f"cold: {name}": r for name, r in cold.items()}},
        bare["rps"],
        healthz,
    )
    print_rows(
        "Through Varnish (hit)",
        {f"hit: {name}": r for name, r in hit.items()},
        bare["rps"],
        healthz,
    )

    comment_rate, lost, duplicated = measure_comment_submission(env, args.seconds)

    print("\ntargets (this machine, same run):")
    # Every public page that a shared cache may store (search never is: readers' queries stay
    # out of every cache, so its figure is its cold figure).
    public = [name for name in pages if name != "404" and not name.startswith("search")]
    slowest = min(public, key=lambda name: hit[name]["rps"])
    worst_p99 = max(public, key=lambda name: hit[name]["p99"])
    checks = [
        (
            f"a page from Varnish >= 4x the bare Django view (lowest: {slowest})",
            hit[slowest]["rps"] / bare["rps"] >= TARGETS["hit ratio to bare"],
            f"{hit[slowest]['rps'] / bare['rps']:.1f}x",
        ),
        (
            f"p99 from Varnish < 10 ms at 16 connections (highest: {worst_p99})",
            hit[worst_p99]["p99"] < TARGETS["hit p99 ms"],
            f"{hit[worst_p99]['p99']:.2f} ms",
        ),
        (
            "publish storm hit rate >= 95%",
            storm["hit_rate"] >= TARGETS["storm hit rate"],
            f"{storm['hit_rate']:.1%}",
        ),
        (
            "publish storm p99 < 50 ms",
            storm["p99"] < TARGETS["storm p99 ms"],
            f"{storm['p99']:.2f} ms",
        ),
        (
            "an approved comment shows at the edge within 2 s (slowest of the storm)",
            storm["never_shown"] == 0 and (storm["visible_max"] or 99) < TARGETS["storm visible s"],
            f"{(storm['visible_max'] or 0) * 1000:.0f} ms, never shown {storm['never_shown']}",
        ),
    ]
    for name, target in RENDER_TARGETS.items():
        checks.append(
            (
                f"rendered {name} >= {target:.0%} of the bare Django view",
                cold[name]["rps"] / bare["rps"] >= target,
                f"{cold[name]['rps'] / bare['rps']:.1%}",
            )
        )
    checks.append(
        (
            f"ask a question >= {ASK_TARGET:.0%} of the bare Django view",
            cold[ASK_ROW]["rps"] / bare["rps"] >= ASK_TARGET,
            f"{cold[ASK_ROW]['rps'] / bare['rps']:.1%}",
        )
    )
    database = env["DATABASE_URL"].split(":")[0]
    checks.append(
        (
            f"comment submission >= 150/s with none lost or duplicated ({database})",
            comment_rate >= 150 and not lost and not duplicated,
            f"{comment_rate:.0f}/s, lost {len(lost)}, duplicated {len(duplicated)}",
        )
    )
    for text, met, figure in checks:
        print(f"  {'met ' if met else 'MISS'}  {text}: {figure}")


if __name__ == "__main__":
    main()
