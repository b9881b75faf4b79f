"""gunicorn settings for the production configuration; every value can come from the environment.

gunicorn itself reads WEB_CONCURRENCY for the worker count; GUNICORN_BIND and GUNICORN_THREADS
are ours.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# Requests here are short; a worker stuck past this is restarted rather than left hanging.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak cannot grow forever. Not too often: a new worker
# builds again what the old one kept between edits (tx_portal/shared_fragments.py), and a worker
# answering a few hundred requests a second would be recycled every few seconds at 5,000.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "100000"))
max_requests_jitter = 10000
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG") == "true" else None
errorlog = "-"
wsgi_app = "tx_portal.wsgi:application"
