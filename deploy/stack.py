"""The production topology on one machine: nginx -> Varnish -> gunicorn app server(s).

    reader --> nginx (buffers slow clients, serves /media/) --> Varnish (shared cache, purges
           from the app servers on its own socket) --> gunicorn app servers (production settings)

Used by `make serve` (`python -m deploy.stack`), `make bench`, the Varnish tests and the
scale-out test. Every process is a child with its own working directory under a temporary
directory, bound to loopback on free ports, and stopped (process group) on exit or Ctrl-C.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
VCL_DIR = PROJECT / "deploy" / "varnish"
NGINX_TEMPLATE = PROJECT / "deploy" / "nginx" / "front.conf"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
VARNISHSTAT = shutil.which("varnishstat") or "/usr/bin/varnishstat"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, process, seconds=30, accept=(200,)):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the process exited with {process.returncode}")
        try:
            # Always http://127.0.0.1 (built above): no other scheme.
            with urllib.request.urlopen(url, timeout=2) as response:  # nosec B310
                if response.status in accept:
                    return
        except urllib.error.HTTPError as error:
            if error.code in accept:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer in {seconds} s")


class Stack:
    """Start with `start()`, stop with `stop()` (or use it as a context manager)."""

    def __init__(
        self,
        env,
        app_servers=1,
        workers=2,
        workdir=None,
        nginx=True,
        log_dir=None,
        port=None,
        task_worker=False,
    ):
        self.front_port_wanted = port
        self.use_task_worker = task_worker
        self.env = env
        self.app_server_count = app_servers
        self.workers = workers
        self.use_nginx = nginx
        self._own_tmp = workdir is None
        self.tmp = Path(workdir or tempfile.mkdtemp(prefix="tx-portal-stack-"))
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.log_dir = Path(log_dir or self.tmp)
        self.processes = []
        self.app_urls = []
        self.varnish = None

    # --- the pieces -------------------------------------------------------------------------
    def _spawn(self, name, command, env=None):
        log = open(self.log_dir / f"{name}.log", "w")  # noqa: SIM115 (closed with the process)
        process = subprocess.Popen(
            command,
            cwd=PROJECT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        process.log_file = log
        self.processes.append(process)
        return process

    def start_app_server(self):
        port = free_port()
        env = {
            **self.env,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": str(self.workers),
        }
        name = f"gunicorn-{len(self.app_urls) + 1}"
        process = self._spawn(
            name, [sys.executable, "-m", "gunicorn", "--config", "tx_portal/gunicorn.conf.py"], env
        )
        url = f"http://127.0.0.1:{port}"
        self.app_urls.append(url)
        return url, process

    def start_task_worker(self):
        """The background task worker (the moderators' emails and their retries)."""
        return self._spawn(
            "task-worker",
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--backend",
                "background",
                "--no-reload",
            ],
            self.env,
        )

    def write_backends_vcl(self):
        lines = []
        for number, url in enumerate(self.app_urls, start=1):
            host, port = url.removeprefix("http://").split(":")
            lines.append(
                f'backend app_{number} {{ .host = "{host}"; .port = "{port}"; '
                ".connect_timeout = 1s; .first_byte_timeout = 35s; }"
            )
        lines.append('acl purgers { "127.0.0.1"; }')
        adds = " ".join(f"app_servers.add_backend(app_{n});" for n in range(1, len(lines)))
        lines.append(f"sub vcl_init {{ new app_servers = directors.round_robin(); {adds} }}")
        path = self.tmp / "vcl" / "backends.vcl"
        path.parent.mkdir(exist_ok=True)
        path.write_text("\n".join(lines) + "\n")
        return path

    def start_nginx(self):
        self.front_port = self.front_port_wanted or free_port()
        (self.tmp / "nginx").mkdir(exist_ok=True)
        config = NGINX_TEMPLATE.read_text()
        for name, value in {
            "{{LISTEN}}": f"127.0.0.1:{self.front_port}",
            "{{TMP}}": str(self.tmp),
            "{{VARNISH}}": f"127.0.0.1:{self.varnish_port}",
            "{{MEDIA_ROOT}}": str(self.media_root).rstrip("/") + "/",
            # Run by root (CI), the workers would be `nobody`, who cannot read a private
            # temporary media folder; on a server nginx's user must be able to read MEDIA_ROOT.
            "{{USER}}": "user root;\n" if os.geteuid() == 0 else "",
        }.items():
            config = config.replace(name, value)
        path = self.tmp / "nginx.conf"
        path.write_text(config)
        process = self._spawn("nginx", [NGINX, "-p", str(self.tmp), "-c", str(path)])
        wait_for(f"{self.front_url}/healthz", process)
        return process

    # --- the whole -----------------------------------------------------------------------------
    @property
    def media_root(self):
        return Path(self.env.get("MEDIA_ROOT") or PROJECT / "media")

    @property
    def varnish_url(self):
        return f"http://127.0.0.1:{self.varnish_port}"

    @property
    def purge_url(self):
        return f"http://127.0.0.1:{self.purge_port}"

    @property
    def front_url(self):
        return f"http://127.0.0.1:{self.front_port}" if self.use_nginx else self.varnish_url

    def start(self):
        try:
            # Varnish's purge port is chosen first, so the app servers know where to purge.
            self.purge_port = free_port()
            self.env = {**self.env, "VARNISH_PURGE_URLS": self.purge_url}
            servers = [self.start_app_server() for _ in range(self.app_server_count)]
            for url, process in servers:
                wait_for(url + "/healthz", process)
            if self.use_task_worker:
                self.start_task_worker()
            self.start_varnish()
            if self.use_nginx:
                self.start_nginx()
        except BaseException:
            self.stop()
            raise
        return self

    def start_varnish(self):
        self.write_backends_vcl()
        self.varnish_port = free_port()
        self.varnish_dir = self.tmp / "varnish"
        self.varnish_dir.mkdir(exist_ok=True)
        command = [
            VARNISHD,
            "-F",
            "-n",
            str(self.varnish_dir),
            "-a",
            f"public=127.0.0.1:{self.varnish_port}",
            "-a",
            f"purge=127.0.0.1:{self.purge_port}",
            "-T",
            "127.0.0.1:0",
            "-p",
            f"vcl_path={self.tmp / 'vcl'}:{VCL_DIR}",
            "-f",
            str(VCL_DIR / "default.vcl"),
            "-s",
            "malloc,128m",
            # Readers get 5 s to send a request's headers (Varnish's default, made explicit).
            "-p",
            "timeout_idle=5",
        ]
        if os.geteuid() == 0:
            # Root: no separate unprivileged user, so the temporary directory works as is.
            command += ["-j", "none"]
        self.varnish = self._spawn("varnish", command)
        wait_for(f"{self.varnish_url}/healthz", self.varnish)

    def varnish_stat(self, *fields):
        """Counters from varnishstat (e.g. MAIN.cache_hit), as {name: value}."""
        output = subprocess.run(
            [VARNISHSTAT, "-n", str(self.varnish_dir), "-1", *[f"-f{f}" for f in fields]],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return {line.split()[0]: int(line.split()[1]) for line in output.splitlines() if line}

    def stop_process(self, process, sig=signal.SIGTERM):
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        process.log_file.close()

    def stop(self):
        for process in reversed(self.processes):
            self.stop_process(process)
        self.processes = []
        if self._own_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def serve_env():
    """`make serve`: the environment the Makefile passes, with loopback defaults."""
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "tx_portal.settings.production"}


def main():
    port = int(os.environ.get("PORT", "8000"))
    stack = Stack(
        serve_env(),
        workers=int(os.environ.get("WEB_CONCURRENCY", "2")),
        port=port,
        task_worker=True,
    )
    stopping = []

    def stop(signum, frame):
        stopping.append(signum)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    stack.start()
    print(
        textwrap.dedent(
            f"""
            Serving the production configuration on {stack.front_url}/ (Ctrl-C stops it all):
              nginx     {stack.front_url}  (slow clients, /media/)
              Varnish   {stack.varnish_url}  (purges: {stack.purge_url}, app servers only)
              gunicorn  {", ".join(stack.app_urls)}  ({stack.workers} workers)
              tasks     manage.py db_worker (the moderators' emails)
            Logs: {stack.log_dir}
            """
        ),
        flush=True,
    )
    try:
        while not stopping:
            if any(process.poll() is not None for process in stack.processes):
                print("A process of the stack exited; stopping the others.", file=sys.stderr)
                break
            time.sleep(0.5)
    finally:
        stack.stop()
    print("Stopped.")


if __name__ == "__main__":
    main()
