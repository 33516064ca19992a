#!/usr/bin/env python3
"""Backup -> wipe -> restore with the real scanflowd: a server with a workflow whose Basic
password is sealed, a user, a delivered, a failed and a queued file is backed up while it runs;
its data folder and key file are wiped; the backup is restored; the new server gives the same
answers, the sealed password still reaches the target, and the queued file delivers once its
target is up. Restored without the key, everything but the sealed secrets comes back, and the
command says so. Usage: backup_restore.py BUILD_DIR"""
import base64, http.server, json, os, shutil, socket, subprocess, sys, tempfile, threading, time, urllib.request

BUILD = sys.argv[1]
SCANFLOWD = os.path.join(BUILD, "src/app/scanflowd")
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


class Target(http.server.BaseHTTPRequestHandler):
    """Records each request; /fail answers 404, anything else 201."""
    received = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        Target.received.append((self.path, self.headers.get("Authorization", ""), len(body)))
        status = 404 if self.path.startswith("/fail") else 201
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        reply = b'{"id":"r1"}'
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args):
        pass


def serve_target(port=0):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Target)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Scanflowd:
    def __init__(self, data, keyfile):
        self.proc = subprocess.Popen([SCANFLOWD, "serve", "--data", data, "--secrets-key-file", keyfile, "--port", "0"],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.url, self.key = None, None
        deadline = time.time() + 30
        while time.time() < deadline and not self.url:
            line = self.proc.stdout.readline()
            if line.startswith("listening "):
                self.url = line.split()[1]
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self):
        for line in self.proc.stdout:
            if line.startswith("bootstrap API key"):
                self.key = line.rsplit(" ", 1)[1].strip()

    def call(self, method, path, key, body=None, content_type="application/json"):
        request = urllib.request.Request(self.url + "/api/v1" + path, data=body, method=method,
                                         headers={"X-Api-Key": key, "Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=30) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def upload(self, key, workflow, name, content):
        boundary = "scanflowbackuptest"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"data\"; filename=\"{name}\"\r\n"
                "Content-Type: application/pdf\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
        return self.call("POST", f"/scan/workflows/{workflow}/deliveries", key, body, f"multipart/form-data; boundary={boundary}")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(30)


def deliveries(server, key):
    status, answer = server.call("GET", "/deliveries?maxrecords=500", key)
    rows = answer["deliveries"]
    return {d["fileName"]: d["state"] for d in rows}


def wait_for(predicate, seconds=20):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def answers(server, key):
    """What the API says of the data, without what a restart changes by itself."""
    _, workflows = server.call("GET", "/scan/workflows", key)
    for w in workflows:
        w.pop("updatedAt", None)
    _, users = server.call("GET", "/users/all?maxrecords=100", key)
    return workflows, users


def main():
    work = tempfile.mkdtemp(prefix="scanflow-backup-")
    data, keyfile = os.path.join(work, "data"), os.path.join(work, "secrets.key")
    target = serve_target()
    target_url = f"http://127.0.0.1:{target.server_port}"
    down_port = free_port()  # nothing listens here until the end

    server = Scanflowd(data, keyfile)
    check(wait_for(lambda: server.key), "the first start prints an API key")
    key = server.key

    def workflow(name, url, auth=None):
        destination = {"url": url, "steps": [{"kind": "delivery"}]}
        if auth:
            destination["auth"] = auth
        status, made = server.call("POST", "/scan/workflows", key, json.dumps({"name": name, "destination": destination}).encode())
        check(status in (200, 201), f"workflow {name} is made ({status})")
        return made["id"]

    sealed = workflow("Sealed", target_url + "/ok", {"type": "basic", "login": "svc", "password": "s3cret-basic"})
    failing = workflow("Failing", target_url + "/fail")
    waiting = workflow("Waiting", f"http://127.0.0.1:{down_port}/later")
    status, _ = server.call("PUT", "/users", key, b"username=alice&detailtype=0&detaildata=Alice%20Example",
                            "application/x-www-form-urlencoded")
    check(status in (200, 201), f"user alice is made ({status})")
    server.upload(key, sealed, "delivered.pdf", b"%PDF delivered")
    server.upload(key, failing, "failed.pdf", b"%PDF failed")
    server.upload(key, waiting, "queued.pdf", b"%PDF queued" * 100)
    check(wait_for(lambda: deliveries(server, key).get("delivered.pdf") == "delivered"
                   and deliveries(server, key).get("failed.pdf") == "failed"), "one file delivered, one failed")
    expected_basic = "Basic " + base64.b64encode(b"svc:s3cret-basic").decode()
    check(any(a == expected_basic for _, a, _ in Target.received), "the sealed password reached the target")
    before = answers(server, key)
    states_before = deliveries(server, key)
    check(states_before.get("queued.pdf") in ("queued", "running"), f"one file waits ({states_before.get('queued.pdf')})")

    # While it runs: one with the key under a passphrase, one without.
    env = dict(os.environ, BACKUP_PASSPHRASE="correct horse battery")
    with_key, without_key = os.path.join(work, "with-key.tar.gz"), os.path.join(work, "without-key.tar.gz")
    r = subprocess.run([SCANFLOWD, "backup", "--data", data, "--secrets-key-file", keyfile, "--to", with_key,
                        "--key-passphrase-env", "BACKUP_PASSPHRASE"], env=env, capture_output=True, text=True)
    check(r.returncode == 0 and "with the secrets key" in r.stdout, "backup with the key, while serving: " + (r.stdout + r.stderr).strip())
    r = subprocess.run([SCANFLOWD, "backup", "--data", data, "--secrets-key-file", keyfile, "--to", without_key],
                       capture_output=True, text=True)
    check(r.returncode == 0 and "without the secrets key" in r.stdout, "backup without the key: " + (r.stdout + r.stderr).strip())
    check(oct(os.stat(with_key).st_mode & 0o777) == "0o600", "the backup is readable by its owner only")
    server.stop()

    # Wipe, then restore.
    shutil.rmtree(data)
    os.remove(keyfile)
    r = subprocess.run([SCANFLOWD, "restore", "--data", data, "--secrets-key-file", keyfile, "--from", with_key,
                        "--key-passphrase-env", "BACKUP_PASSPHRASE"], env=dict(env, BACKUP_PASSPHRASE="wrong"),
                       capture_output=True, text=True)
    check(r.returncode == 1 and "passphrase does not open" in r.stderr and not os.path.exists(os.path.join(data, "scanflow.sqlite")),
          "a wrong passphrase restores nothing: " + r.stderr.strip())
    r = subprocess.run([SCANFLOWD, "restore", "--data", data, "--secrets-key-file", keyfile, "--from", with_key,
                        "--key-passphrase-env", "BACKUP_PASSPHRASE"], env=env, capture_output=True, text=True)
    check(r.returncode == 0 and "with the secrets key" in r.stdout, "restore with the key: " + (r.stdout + r.stderr).strip())
    r = subprocess.run([SCANFLOWD, "restore", "--data", data, "--secrets-key-file", keyfile, "--from", with_key,
                        "--key-passphrase-env", "BACKUP_PASSPHRASE"], env=env, capture_output=True, text=True)
    check(r.returncode == 1 and "already holds a database" in r.stderr, "a second restore overwrites nothing")

    server = Scanflowd(data, keyfile)
    check(server.url is not None, "the restored server starts")
    check(answers(server, key) == before, "the same workflows and users, with the same key")
    states = deliveries(server, key)
    check(states.get("delivered.pdf") == "delivered" and states.get("failed.pdf") == "failed", f"the same deliveries: {states}")
    Target.received.clear()
    server.upload(key, sealed, "after.pdf", b"%PDF after restore")
    check(wait_for(lambda: any(a == expected_basic for p, a, _ in Target.received)), "the sealed password still reaches the target")
    # The queued file: its target comes up, and Retry now sends it.
    late = serve_target(down_port)
    _, rows = server.call("GET", "/deliveries?maxrecords=500", key)
    rows = rows["deliveries"]
    queued = [d["id"] for d in rows if d["fileName"] == "queued.pdf"][0]
    server.call("POST", f"/deliveries/{queued}/retry", key, b"")
    check(wait_for(lambda: deliveries(server, key).get("queued.pdf") == "delivered", 30), "the queued file delivers")
    check(any(p == "/later" and n > 1000 for p, _, n in Target.received), "its bytes reached its target")
    server.stop()
    late.shutdown()

    # Without the key: everything but the sealed secrets.
    data2, keyfile2 = os.path.join(work, "data2"), os.path.join(work, "secrets2.key")
    r = subprocess.run([SCANFLOWD, "restore", "--data", data2, "--secrets-key-file", keyfile2, "--from", with_key],
                       capture_output=True, text=True)
    check(r.returncode == 1 and "--without-key" in r.stderr, "a backup with the key asks for its passphrase or --without-key")
    r = subprocess.run([SCANFLOWD, "restore", "--data", data2, "--secrets-key-file", keyfile2, "--from", without_key],
                       capture_output=True, text=True)
    check(r.returncode == 0 and "sealed secrets" in r.stdout and "dropped" in r.stdout, "restore without the key says what it dropped: " + r.stdout.strip())
    server = Scanflowd(data2, keyfile2)
    check(server.url is not None, "the server restored without the key starts")
    workflows, users = answers(server, key)
    check([w["name"] for w in workflows] == [w["name"] for w in before[0]] and users == before[1],
          "its workflows and users are there")
    server.stop()

    # A hostile archive: a link among the files is refused, and nothing is restored.
    import tarfile
    evil = os.path.join(work, "evil.tar.gz")
    unpacked = os.path.join(work, "unpacked")
    with tarfile.open(without_key) as t:
        t.extractall(unpacked)
    os.symlink("/etc/passwd", os.path.join(unpacked, "files", "passwd"))
    with tarfile.open(evil, "w:gz") as t:
        t.add(unpacked, arcname=".")
    data3 = os.path.join(work, "data3")
    r = subprocess.run([SCANFLOWD, "restore", "--data", data3, "--secrets-key-file", os.path.join(work, "k3"), "--from", evil,
                        "--without-key"], capture_output=True, text=True)
    check(r.returncode == 1 and "not a plain file" in r.stderr and not os.path.exists(os.path.join(data3, "scanflow.sqlite")),
          "a backup holding a link restores nothing: " + r.stderr.strip())
    r = subprocess.run([SCANFLOWD, "restore", "--data", data2, "--secrets-key-file", keyfile2, "--from", without_key],
                       capture_output=True, text=True)
    check(r.returncode == 1, "nothing is restored over a data folder in use")
    shutil.rmtree(work)
    print("backup/restore:", "all passed" if not failures else f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
