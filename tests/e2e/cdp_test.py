"""cdp.Browser asks chromium's DevTools endpoint for its page again when an answer is late: a
loaded machine made one /json/list request outlast its 5 s timeout and failed e2e.browser
(CI of 71adff0). A real HTTP server on loopback answers the first request after 7 s, the
next ones at once; the page's socket must still be found within the browser's timeout."""
import http.server
import json
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402

PAGE = [{"type": "page", "webSocketDebuggerUrl": "ws://127.0.0.1:1/devtools/page/A"}]


class LateFirstAnswer(http.server.BaseHTTPRequestHandler):
    asked = 0

    def do_GET(self):
        LateFirstAnswer.asked += 1
        if LateFirstAnswer.asked == 1:
            time.sleep(7)
        body = json.dumps(PAGE).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up on the late answer

    def log_message(self, *args):
        pass


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), LateFirstAnswer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    browser = cdp.Browser.__new__(cdp.Browser)  # the DevTools client without a chromium
    browser.port = server.server_address[1]
    browser.timeout = 30
    try:
        url = browser._page_socket()
    except Exception as e:  # noqa: BLE001 - the failure is the test's result
        print("FAIL: a late DevTools answer ended the wait: %r" % e)
        return 1
    finally:
        server.shutdown()
    if url != PAGE[0]["webSocketDebuggerUrl"] or LateFirstAnswer.asked < 2:
        print("FAIL: page socket %r after %d requests" % (url, LateFirstAnswer.asked))
        return 1
    print("1 check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
