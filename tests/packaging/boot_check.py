#!/usr/bin/env python3
"""Inside a Debian 12 booted with systemd (tests/packaging/boot.sh starts it in qemu), with the
packages installed and no ScanFlow data yet: the packaged unit, as the README says to start it
(`systemctl enable --now scanflowd`), checked for what the unit promises.
  - it runs as scanflow, makes /var/lib/scanflow 0700 and the secrets key 0600 on its first start;
  - its sandbox holds: no new privileges, a seccomp filter, /usr read-only, /root and this /tmp
    out of sight;
  - the journal has each line with its category at its level (info 6, warning 4);
  - the key it printed works over HTTPS, and a file with a sealed Basic password is delivered;
  - `systemctl stop` drains: a delivery in flight finishes, once, and the stop is clean;
  - killed, it is started again (Restart=on-failure).
Prints ok/FAIL lines and, last, "boot check: all passed" or "boot check: N failed"."""
import json, os, subprocess, sys, threading, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scanflowd import Scanflowd, Target, basic, check, failures, wait_for  # noqa: E402

UNIT = "scanflowd"


def run(*command):
    return subprocess.run(command, capture_output=True, text=True)


def show(prop):
    return run("systemctl", "show", "-p", prop, "--value", UNIT).stdout.strip()


def journal(*args):
    return run("journalctl", "-u", UNIT, "--no-pager", "-o", "cat", *args).stdout.splitlines()


def main_pid():
    pid = show("MainPID")
    return pid if pid not in ("", "0") else None


def inside_unit(*command):
    """A command in the server's own mount namespace (what it sees of the file system)."""
    return run("nsenter", "-t", main_pid(), "-m", "--", *command)


def answering(server, key):
    try:
        return server.call("GET", "/version", key)[0] == 200
    except OSError:  # not listening yet
        return False


def main():
    started = time.time()
    with open("/root/marker-home", "w") as f:
        f.write("private")
    with open("/tmp/marker-tmp", "w") as f:
        f.write("private")
    config = json.load(open("/etc/scanflow/scanflowd.json"))
    check(not os.path.exists("/var/lib/scanflow"), "no data folder before the first start")

    r = run("systemctl", "enable", "--now", UNIT)
    check(r.returncode == 0, "systemctl enable --now scanflowd: " + (r.stdout + r.stderr).strip())
    check(wait_for(lambda: any("bootstrap API key" in line for line in journal()), 120),
          f"it starts and prints its key to the journal ({show('ActiveState')}, {time.time() - started:.0f} s after boot-check began)")
    key = next(line.rsplit(" ", 1)[1] for line in journal() if "bootstrap API key" in line)
    url = next(line.split()[1] for line in journal() if line.startswith("listening "))
    check(url == f"https://127.0.0.1:{config['port']}", f"it listens where the packaged configuration says ({url})")
    pid = main_pid()
    check(run("ps", "-o", "user=", "-p", pid).stdout.strip() == "scanflow", "it runs as the scanflow user")
    check(run("stat", "-c", "%a %U", "/var/lib/scanflow").stdout.strip() == "700 scanflow", "StateDirectory made /var/lib/scanflow 0700 scanflow")
    check(run("stat", "-c", "%a %U", "/var/lib/scanflow/secrets.key").stdout.strip() == "600 scanflow", "the first start made the secrets key 0600 scanflow")

    # The sandbox, read off the running process.
    status = dict(line.split(":\t", 1) for line in open(f"/proc/{pid}/status").read().splitlines() if ":\t" in line)
    check(status.get("NoNewPrivs", "").strip() == "1", "NoNewPrivileges holds (NoNewPrivs: 1)")
    check(status.get("Seccomp", "").strip() == "2", "the system call filter is on (Seccomp: 2)")
    check(status.get("CapEff", "").strip() == "0000000000000000", f"no capabilities ({status.get('CapEff', '').strip()})")
    r = inside_unit("touch", "/usr/lib/scanflow-was-here")
    check(r.returncode != 0 and "Read-only file system" in r.stderr, "ProtectSystem=strict: /usr is read-only to it (" + r.stderr.strip() + ")")
    check(inside_unit("test", "-e", "/root/marker-home").returncode != 0, "ProtectHome: /root is out of its sight")
    check(inside_unit("test", "-e", "/tmp/marker-tmp").returncode != 0, "PrivateTmp: the system's /tmp is not its /tmp")
    r = inside_unit("touch", "/var/lib/scanflow/.writable")
    check(r.returncode == 0, "its data folder stays writable " + r.stderr.strip())
    inside_unit("rm", "-f", "/var/lib/scanflow/.writable")
    exposure = run("systemd-analyze", "security", "--no-pager", UNIT).stdout.strip().splitlines()
    print("     systemd-analyze security: " + (exposure[-1].strip() if exposure else "(nothing)"), flush=True)

    # The journal: each line with its category, at its level.
    info = journal("-p", "info..info")
    check(any(line.startswith("scanflow.server: listening on") for line in info), "an info line keeps its category at priority 6 (scanflow.server: listening on …)")
    check(not any(line.startswith("<") for line in journal()), "no level prefix is left in the messages")
    os.makedirs("/var/lib/scanflow/inbox/No such workflow", exist_ok=True)
    with open("/var/lib/scanflow/inbox/No such workflow/orphan.pdf", "wb") as f:
        f.write(b"%PDF orphan")
    subprocess.run(["chown", "-R", "scanflow:scanflow", "/var/lib/scanflow/inbox"])
    warned = lambda: [line for line in journal("-p", "warning..warning") if line.startswith("scanflow.server.inbox: ")]  # noqa: E731
    check(wait_for(lambda: warned(), 30), "a warning keeps its category at priority 4: " + " | ".join(warned()[:1]))

    # The API over HTTPS with the printed key, trusting the server's own root; a delivery.
    server = Scanflowd.running(url, key)
    status_code, version = server.call("GET", "/version", key)
    check(status_code == 200, f"GET /api/v1/version over HTTPS, the root checked: {status_code} {version}")
    slow = threading.Event()

    def answer(request, body):
        if request.path == "/slow":
            slow.set()
            time.sleep(4)  # in flight while the service is stopped
        return 201, {"id": "r1"}
    target = Target(answer=answer)
    status_code, made = server.call("POST", "/scan/workflows", key, {"name": "Sealed", "destination": {
        "url": target.url + "/ok", "auth": {"type": "basic", "login": "svc", "password": "s3cret-systemd"},
        "steps": [{"kind": "delivery"}]}})
    check(status_code in (200, 201), f"a workflow with a sealed password is made ({status_code})")
    scan = b"%PDF-1.4 scanned under systemd\n" * 2000
    server.upload(key, f"/scan/workflows/{made['id']}/deliveries", "first.pdf", scan)
    check(wait_for(lambda: server.states(key).get("first.pdf") == "delivered", 60), f"a file is delivered ({server.states(key)})")
    ok = [(h, b) for _, p, h, b in target.received if p == "/ok"]
    check(len(ok) == 1 and ok[0][0].get("Authorization") == basic("svc", "s3cret-systemd") and scan in ok[0][1],
          "the target received it whole, with the sealed password")

    # SIGTERM drains: the delivery in flight finishes before the server exits.
    _, slow_made = server.call("POST", "/scan/workflows", key, {"name": "Slow", "destination": {
        "url": target.url + "/slow", "steps": [{"kind": "delivery"}]}})
    server.upload(key, f"/scan/workflows/{slow_made['id']}/deliveries", "in-flight.pdf", b"%PDF in flight")
    check(slow.wait(60), "a delivery is in flight")
    stopping = time.time()
    r = run("systemctl", "stop", UNIT)
    check(r.returncode == 0, f"systemctl stop returns once it drained ({time.time() - stopping:.1f} s)")
    check(show("Result") == "success" and show("ExecMainStatus") == "0", f"a clean stop (Result={show('Result')}, status {show('ExecMainStatus')})")
    check(any(line == "draining" for line in journal()), "the journal says it drained")
    run("systemctl", "start", UNIT)
    check(wait_for(lambda: main_pid() is not None and answering(server, key), 60), "started again")
    check(wait_for(lambda: server.states(key).get("in-flight.pdf") == "delivered", 60),
          f"the file in flight was delivered ({server.deliveries(key).get('in-flight.pdf')})")
    check([p for _, p, _, _ in target.received].count("/slow") == 1, "once")

    # Killed, it comes back.
    before = main_pid()
    run("kill", "-9", before)
    check(wait_for(lambda: main_pid() not in (None, before) and show("ActiveState") == "active", 60),
          f"killed, it is started again (Restart=on-failure; NRestarts={show('NRestarts')})")
    check(wait_for(lambda: answering(server, key), 60), "and answers with the same key")

    target.stop()
    print(f"boot check: {'all passed' if not failures else str(len(failures)) + ' failed'} in {time.time() - started:.0f} s", flush=True)


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # said on the console, so the host sees why
        print(f"FAIL boot check stopped: {e!r}", flush=True)
        print("boot check: stopped", flush=True)
