import contextlib
import socket
import threading

from django.core.mail.backends.base import BaseEmailBackend


class BrokenBackend(BaseEmailBackend):
    """A mail server that refuses everything."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")


class SilentMailServer:
    """A mail server on loopback that accepts connections and then never says a word."""

    def __init__(self):
        self.accepted = []
        self._server = socket.socket()
        self._server.bind(("127.0.0.1", 0))
        self._server.listen()
        self._server.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self.port = self._server.getsockname()[1]

    def _accept(self):
        while not self._stop.is_set():
            with contextlib.suppress(OSError):
                self.accepted.append(self._server.accept()[0])

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc_info):
        self._stop.set()
        self._thread.join()
        for connection in self.accepted:
            connection.close()
        self._server.close()
