"""A small Chrome DevTools Protocol client for the browser tests: starts Debian's headless
chromium on a fresh profile, opens one page, sends commands and collects the events the tests
assert on (dialogs, console messages, exceptions). Standard library + python3-websocket only.
Every wait is bounded; close() always kills chromium."""
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request

import websocket

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--mute-audio",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0"]


class Browser:
    def __init__(self, chromium="chromium", width=1200, height=900, timeout=60):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="lsearch-chromium-")
        self.log = open(os.path.join(self.profile, "chromium.log"), "w")
        self.process = subprocess.Popen(
            [chromium] + FLAGS + ["--user-data-dir=" + self.profile,
                                  "--window-size=%d,%d" % (width, height), "about:blank"],
            stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self.events = []
        self.next_id = 0
        try:
            self.port = self._devtools_port()
            self.ws = websocket.create_connection(self._page_socket(), timeout=timeout,
                                                  suppress_origin=True)
            for domain in ("Page", "Runtime", "Log"):
                self.send(domain + ".enable")
        except BaseException:
            self.close()
            raise

    def _devtools_port(self):
        path = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.time() + self.timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("chromium exited with %s" % self.process.returncode)
            if os.path.exists(path):
                lines = open(path).read().split("\n")
                if lines and lines[0].strip().isdigit():
                    return int(lines[0])
            time.sleep(0.1)
        raise RuntimeError("chromium did not open its DevTools port")

    def _page_socket(self):
        deadline = time.time() + self.timeout
        while time.time() < deadline:
            try:
                with urllib.request.urlopen("http://127.0.0.1:%d/json/list" % self.port,
                                            timeout=5) as r:
                    pages = [t for t in json.load(r) if t.get("type") == "page"]
            except OSError:  # a late or refused answer while chromium starts: ask again
                pages = []
            if pages:
                return pages[0]["webSocketDebuggerUrl"]
            time.sleep(0.1)
        raise RuntimeError("chromium has no page")

    def send(self, method, **params):
        """Sends a command and returns its result; events that arrive meanwhile are kept."""
        self.next_id += 1
        mine = self.next_id
        self.ws.send(json.dumps({"id": mine, "method": method, "params": params}))
        deadline = time.time() + self.timeout
        while time.time() < deadline:
            message = json.loads(self.ws.recv())
            if message.get("id") == mine:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)
                if message["method"] == "Page.javascriptDialogOpening":
                    # Dismiss it so the page goes on; the test fails on the event itself.
                    self.ws.send(json.dumps({"id": 0, "method": "Page.handleJavaScriptDialog",
                                             "params": {"accept": False}}))
        raise RuntimeError("no answer to " + method)

    def evaluate(self, expression):
        """The value of a JavaScript expression in the page (awaited if a promise)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError("%s: %s" % (expression, result["exceptionDetails"]))
        return result["result"].get("value")

    def wait_for(self, expression, what, timeout=None):
        deadline = time.time() + (timeout or self.timeout)
        while time.time() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError("timed out waiting for " + what)

    def click(self, selector):
        """A real left click (mouse pressed and released) at the centre of the first line box of
        the first element matching `selector`; False when there is none or it has no size."""
        box = self.evaluate(
            "(() => { const e = document.querySelector(%s); if (!e) return null; "
            "e.scrollIntoView({block: 'center'}); const r = e.getClientRects()[0]; if (!r) return null; "
            "return r.width && r.height ? [r.left + r.width / 2, r.top + r.height / 2] : null; })()"
            % json.dumps(selector))
        if not box:
            return False
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left",
                      clickCount=0 if kind == "mouseMoved" else 1)
        return True

    def key(self, key, code=None, text=None, key_code=0):
        """A real key press (keyDown + keyUp), as a user types it."""
        params = {"key": key, "code": code or key, "windowsVirtualKeyCode": key_code}
        if text is not None:
            params["text"] = text
        self.send("Input.dispatchKeyEvent", type="keyDown", **params)
        self.send("Input.dispatchKeyEvent", type="keyUp", **params)

    def type_text(self, text):
        self.send("Input.insertText", text=text)

    def screenshot(self, path):
        import base64
        data = self.send("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def event_names(self, method):
        return [e for e in self.events if e["method"] == method]

    def close(self):
        try:
            if getattr(self, "ws", None):
                self.ws.close()
        except Exception:
            pass
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        self.log.close()
        shutil.rmtree(self.profile, ignore_errors=True)
