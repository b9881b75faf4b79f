"""Two app servers behind nginx sharing one PostgreSQL database and one Redis: production's shape.

The cluster serves the test database (so tests create data with factories), runs the production
settings over loopback HTTP, and is torn down after each test. It needs PostgreSQL (SQLite's
in-memory test database cannot be shared between processes), nginx and Redis; without them the
tests are skipped with the reason, except in CI (CI=true), where that is a failure.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import redis
import requests
from django.db import connection

PROJECT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
REDIS_URL = "redis://127.0.0.1:6379/14"


def _missing():
    if connection.vendor != "postgresql":
        return "needs PostgreSQL (run with DATABASE_URL=postgres://...)"
    if not Path(NGINX).exists():
        return "needs nginx (apt-get install nginx)"
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return "needs Redis on 127.0.0.1:6379"
    return None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: process exited with {process.returncode}")
        try:
            if requests.get(url + "/healthz", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up in {seconds} s")


def database_url():
    db = connection.settings_dict
    host, port = db["HOST"] or "127.0.0.1", db["PORT"] or 5432
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{host}:{port}/{db['NAME']}"


class Cluster:
    def __init__(self, tmp_path):
        self.tmp = tmp_path
        self.processes = []
        self.app_urls = []

    def start(self):
        redis.Redis.from_url(REDIS_URL).flushdb()
        env = {
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DJANGO_SETTINGS_MODULE": "tx_portal.settings.production",
            "LOCAL_HTTP": "true",
            "SECRET_KEY": "scale-out-test-secret-" + "s" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url(),
            "REDIS_URL": REDIS_URL,
            "PAGE_CACHE": "true",
            "WEB_CONCURRENCY": "1",
            "LOG_LEVEL": "WARNING",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "STATIC_ROOT": str(self.tmp / "static"),
            # nginx is the one proxy in front: the reader's address is the last X-Forwarded-For.
            "TRUSTED_PROXY_HOPS": "1",
        }
        # Production settings need the hashed static files' manifest, as after a deploy.
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
            cwd=PROJECT,
            env=env,
            check=True,
        )
        for _ in range(2):
            port = free_port()
            process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "--config", "tx_portal/gunicorn.conf.py"],
                cwd=PROJECT,
                env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
                stdout=subprocess.DEVNULL,
                stderr=open(self.tmp / f"gunicorn-{port}.log", "w"),  # noqa: SIM115
                start_new_session=True,
            )
            self.processes.append(process)
            self.app_urls.append(f"http://127.0.0.1:{port}")
        for url, process in zip(self.app_urls, self.processes, strict=True):
            wait_until_up(url, process)

        self.balancer_port = free_port()
        config = self.tmp / "nginx.conf"
        upstreams = "\n".join(f"server {url.removeprefix('http://')};" for url in self.app_urls)
        config.write_text(
            textwrap.dedent(
                f"""
                daemon off;
                worker_processes 1;
                pid {self.tmp}/nginx.pid;
                error_log {self.tmp}/nginx-error.log warn;
                events {{ worker_connections 256; }}
                http {{
                    access_log off;
                    client_body_temp_path {self.tmp}/client_body;
                    proxy_temp_path {self.tmp}/proxy;
                    fastcgi_temp_path {self.tmp}/fastcgi;
                    uwsgi_temp_path {self.tmp}/uwsgi;
                    scgi_temp_path {self.tmp}/scgi;
                    upstream app {{ {upstreams} }}
                    server {{
                        listen 127.0.0.1:{self.balancer_port};
                        location / {{
                            proxy_pass http://app;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            add_header X-Upstream $upstream_addr always;
                        }}
                    }}
                }}
                """
            )
        )
        nginx = subprocess.Popen(
            [NGINX, "-p", str(self.tmp), "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=open(self.tmp / "nginx.log", "w"),  # noqa: SIM115
            start_new_session=True,
        )
        self.processes.append(nginx)
        wait_until_up(self.balancer_url, nginx)
        return self

    @property
    def balancer_url(self):
        return f"http://127.0.0.1:{self.balancer_port}"

    def stop(self):
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture
def cluster(tmp_path, transactional_db):
    reason = _missing()
    if reason:
        if os.environ.get("CI", "").lower() == "true" and connection.vendor == "postgresql":
            pytest.fail(f"scale-out test {reason}")
        pytest.skip(f"scale-out test {reason}")
    running = Cluster(tmp_path).start()
    try:
        yield running
    finally:
        running.stop()


def admin_session(base_url, username, password):
    """A requests session logged in to the Wagtail admin through `base_url`."""
    session = requests.Session()
    login = session.get(f"{base_url}/admin/login/", timeout=10)
    response = session.post(
        f"{base_url}/admin/login/",
        data={
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
            "next": "/admin/",
        },
        headers={"Referer": login.url},
        timeout=10,
    )
    assert response.status_code == 200 and "/admin/login/" not in response.url, "login failed"
    return session
