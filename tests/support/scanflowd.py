"""What the Python tests share: a scanflowd process started as an admin would start it, its
API called as a client would call it (over HTTPS trusting the server's own root, as the
desktop app's Connect does), and a recording HTTP target for the deliveries."""
import base64, http.server, json, socket, ssl, subprocess, threading, time, urllib.error, urllib.parse, urllib.request

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)
    return ok


def wait_for(predicate, seconds=20):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def basic(login, password):
    return "Basic " + base64.b64encode(f"{login}:{password}".encode()).decode()


class Target(http.server.ThreadingHTTPServer):
    """An HTTP target on loopback that records every request as (method, path, headers, body).
    `answer(handler, body)` picks the reply: (status, json object); 201 {"id": "r1"} by default."""

    def __init__(self, port=0, answer=None):
        self.received = []
        self.answer = answer or (lambda request, body: (201, {"id": "r1"}))
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def handle_one(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                outer.received.append((self.command, self.path, dict(self.headers), body))
                status, reply = outer.answer(self, body)
                data = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_POST = do_PUT = do_GET = handle_one

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", port), Handler)
        self.port = self.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def paths(self):
        return [path for _, path, _, _ in self.received]

    def stop(self):
        self.shutdown()
        self.server_close()


class Scanflowd:
    """`scanflowd serve` (or any command that execs it), read until it says where it listens.
    Over HTTPS the server's root is fetched once without checking (with the first call's key),
    then every call checks the chain against it."""

    def __init__(self, command, env=None):
        self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        self.url, self.key, self.admin_password, self.log = None, None, None, []
        threading.Thread(target=self._read, daemon=True).start()
        wait_for(lambda: self.url is not None or self.proc.poll() is not None, 60)
        wait_for(lambda: self.key is not None, 1)  # printed right after, on a first start only
        self.context = None  # over HTTPS: made at the first call, which has a key to read the root with

    @classmethod
    def running(cls, url, key):
        """A server something else started (systemd, in tests/packaging/boot_check.py): its API only."""
        self = cls.__new__(cls)
        self.proc, self.url, self.key, self.admin_password, self.log, self.context = None, url, key, None, [], None
        return self

    def _read(self):
        for line in self.proc.stdout:
            self.log.append(line.rstrip("\n"))
            if line.startswith("listening "):
                self.url = line.split()[1]
            elif line.startswith("bootstrap admin user"):
                self.admin_password = line.rsplit(" ", 1)[1].strip()
            elif line.startswith("bootstrap API key"):
                self.key = line.rsplit(" ", 1)[1].strip()

    def root_pem(self, key):
        unchecked = ssl.create_default_context()
        unchecked.check_hostname, unchecked.verify_mode = False, ssl.CERT_NONE
        request = urllib.request.Request(self.url + "/api/v1/certificate/root", headers={"X-Api-Key": key})
        with urllib.request.urlopen(request, context=unchecked, timeout=30) as r:
            roots = json.loads(r.read())
        body = roots[0]["body"]
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"

    def call(self, method, path, key, body=None, content_type="application/json", token=None):
        """(status, the answer as JSON, or its text when it is not JSON)."""
        if self.context is None and self.url.startswith("https:"):
            self.context = ssl.create_default_context(cadata=self.root_pem(key))
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        headers = {"X-Api-Key": key, "Content-Type": content_type}
        if token:
            headers["Authorization"] = "Bearer " + token
        request = urllib.request.Request(self.url + "/api/v1" + path, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30, context=self.context) as r:
                raw = r.read()
                status = r.status
        except urllib.error.HTTPError as e:
            raw, status = e.read(), e.code
        try:
            return status, json.loads(raw or b"null")
        except ValueError:
            return status, raw.decode(errors="replace")

    def form(self, method, path, key, fields, token=None):
        return self.call(method, path, key, urllib.parse.urlencode(fields).encode(), "application/x-www-form-urlencoded", token)

    def upload(self, key, path, name, content, token=None):
        """A file as multipart `data` to POST `path` (a workflow's deliveries)."""
        boundary = "scanflowtestboundary"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"data\"; filename=\"{name}\"\r\n"
                "Content-Type: application/pdf\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
        return self.call("POST", path, key, body, f"multipart/form-data; boundary={boundary}", token)

    def deliveries(self, key):
        """{file name: the delivery as the API gives it}, the newest of each name."""
        _, answer = self.call("GET", "/deliveries?maxrecords=500", key)
        rows = answer["deliveries"] if isinstance(answer, dict) else []
        newest = {}
        for d in sorted(rows, key=lambda d: d["id"]):
            newest[d["fileName"]] = d
        return newest

    def states(self, key):
        return {name: d["state"] for name, d in self.deliveries(key).items()}

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(40)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
