#!/usr/bin/env python3
"""Backup -> wipe -> restore with the real scanflowd: a server with a workflow whose Basic
password is sealed, a user, a delivered, a failed and a queued file is backed up while it runs;
its data folder and key file are wiped; the backup is restored into another folder (its stored
paths follow); the new server gives the same answers, the sealed password still reaches the
target, and the queued file delivers once its target is up. Restored without the key, everything but the sealed secrets comes back, and the
command says so. Usage: backup_restore.py BUILD_DIR"""
import os, shutil, subprocess, sys, tarfile, tempfile, threading, time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from scanflowd import Scanflowd, Target, basic, check, failures, free_port, wait_for  # noqa: E402

BUILD = sys.argv[1]
SCANFLOWD = os.path.join(BUILD, "src/app/scanflowd")


def serve(data, keyfile):
    return Scanflowd([SCANFLOWD, "serve", "--data", data, "--secrets-key-file", keyfile, "--port", "0"])


def fail_on_fail(request, body):
    """The target: /fail answers 404, anything else 201."""
    return (404, {"error": "no"}) if request.path.startswith("/fail") else (201, {"id": "r1"})


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
    target = Target(answer=fail_on_fail)
    down_port = free_port()  # nothing listens here until the end

    server = serve(data, keyfile)
    check(server.key is not None, "the first start prints an API key")
    key = server.key

    def workflow(name, url, auth=None):
        destination = {"url": url, "steps": [{"kind": "delivery"}]}
        if auth:
            destination["auth"] = auth
        status, made = server.call("POST", "/scan/workflows", key, {"name": name, "destination": destination})
        check(status in (200, 201), f"workflow {name} is made ({status})")
        return made["id"]

    sealed = workflow("Sealed", target.url + "/ok", {"type": "basic", "login": "svc", "password": "s3cret-basic"})
    failing = workflow("Failing", target.url + "/fail")
    waiting = workflow("Waiting", f"http://127.0.0.1:{down_port}/later")
    status, _ = server.form("PUT", "/users", key, [("username", "alice"), ("detailtype", "0"), ("detaildata", "Alice Example")])
    check(status in (200, 201), f"user alice is made ({status})")
    server.upload(key, f"/scan/workflows/{sealed}/deliveries", "delivered.pdf", b"%PDF delivered")
    server.upload(key, f"/scan/workflows/{failing}/deliveries", "failed.pdf", b"%PDF failed")
    server.upload(key, f"/scan/workflows/{waiting}/deliveries", "queued.pdf", b"%PDF queued" * 100)
    check(wait_for(lambda: server.states(key).get("delivered.pdf") == "delivered"
                   and server.states(key).get("failed.pdf") == "failed"), "one file delivered, one failed")
    expected_basic = basic("svc", "s3cret-basic")
    sent_basic = lambda: any(h.get("Authorization") == expected_basic for _, _, h, _ in target.received)  # noqa: E731
    check(sent_basic(), "the sealed password reached the target")
    before = answers(server, key)
    states_before = server.states(key)
    check(states_before.get("queued.pdf") in ("queued", "running"), f"one file waits ({states_before.get('queued.pdf')})")

    # While it runs: one with the key under a passphrase, one without.
    env = dict(os.environ, BACKUP_PASSPHRASE="correct horse battery")
    with_key, without_key = os.path.join(work, "with-key.tar.gz"), os.path.join(work, "without-key.tar.gz")
    # A scanner writes into an inbox meanwhile: that file is left out, and said so.
    writing = threading.Event()
    writing.set()

    def scanner():
        with open(os.path.join(data, "inbox", "Sealed", "growing.pdf"), "wb") as f:
            while writing.is_set():
                f.write(b"%PDF part " * 100)
                f.flush()
                time.sleep(0.02)
    writer = threading.Thread(target=scanner)
    writer.start()
    time.sleep(0.2)
    r = subprocess.run([SCANFLOWD, "backup", "--data", data, "--secrets-key-file", keyfile, "--to", with_key,
                        "--key-passphrase-env", "BACKUP_PASSPHRASE"], env=env, capture_output=True, text=True)
    writing.clear()
    writer.join()
    check(r.returncode == 0 and "with the secrets key" in r.stdout, "backup with the key, while serving: " + (r.stdout + r.stderr).strip())
    check("left out 1 inbox files still being written (inbox/Sealed/growing.pdf)" in r.stdout, "a file being written is left out, and said so")
    r = subprocess.run([SCANFLOWD, "backup", "--data", data, "--secrets-key-file", keyfile, "--to", without_key],
                       capture_output=True, text=True)
    check(r.returncode == 0 and "without the secrets key" in r.stdout, "backup without the key: " + (r.stdout + r.stderr).strip())
    check(oct(os.stat(with_key).st_mode & 0o777) == "0o600", "the backup is readable by its owner only")
    server.stop()

    # Wipe, then restore, into another folder as on another machine: the stored paths follow.
    shutil.rmtree(data)
    os.remove(keyfile)
    data = os.path.join(work, "restored")
    r = subprocess.run([SCANFLOWD, "restore", "--data", data, "--secrets-key-file", keyfile, "--from", with_key,
                        "--key-passphrase-env", "BACKUP_PASSPHRASE"], env=dict(env, BACKUP_PASSPHRASE="wrong"),
                       capture_output=True, text=True)
    check(r.returncode == 1 and "passphrase does not open" in r.stderr and not os.path.exists(os.path.join(data, "scanflow.sqlite")),
          "a wrong passphrase restores nothing: " + r.stderr.strip())
    r = subprocess.run([SCANFLOWD, "restore", "--data", data, "--secrets-key-file", keyfile, "--from", with_key,
                        "--key-passphrase-env", "BACKUP_PASSPHRASE"], env=env, capture_output=True, text=True)
    check(r.returncode == 0 and "with the secrets key" in r.stdout, "restore with the key: " + (r.stdout + r.stderr).strip())
    check(not os.path.exists(os.path.join(data, "inbox", "Sealed", "growing.pdf")), "the half-written file is not restored")
    r = subprocess.run([SCANFLOWD, "restore", "--data", data, "--secrets-key-file", keyfile, "--from", with_key,
                        "--key-passphrase-env", "BACKUP_PASSPHRASE"], env=env, capture_output=True, text=True)
    check(r.returncode == 1 and "already holds a database" in r.stderr, "a second restore overwrites nothing")

    server = serve(data, keyfile)
    check(server.url is not None, "the restored server starts")
    check(any("stored paths follow" in line for line in server.log), "its stored paths follow the new folder: "
          + " | ".join(line for line in server.log if "moved" in line))
    check(answers(server, key) == before, "the same workflows and users, with the same key")
    states = server.states(key)
    check(states.get("delivered.pdf") == "delivered" and states.get("failed.pdf") == "failed", f"the same deliveries: {states}")
    target.received.clear()
    server.upload(key, f"/scan/workflows/{sealed}/deliveries", "after.pdf", b"%PDF after restore")
    check(wait_for(sent_basic), "the sealed password still reaches the target")
    # The queued file: its target comes up, and Retry now sends it.
    late = Target(down_port)
    queued = server.deliveries(key)["queued.pdf"]["id"]
    server.call("POST", f"/deliveries/{queued}/retry", key, b"")
    check(wait_for(lambda: server.states(key).get("queued.pdf") == "delivered", 30), "the queued file delivers")
    later = [b for _, p, _, b in late.received if p == "/later"]
    check(len(later) == 1 and b"%PDF queued" * 100 in later[0], "its bytes reached its target, once")
    server.stop()
    late.stop()

    # Without the key: everything but the sealed secrets.
    data2, keyfile2 = os.path.join(work, "data2"), os.path.join(work, "secrets2.key")
    r = subprocess.run([SCANFLOWD, "restore", "--data", data2, "--secrets-key-file", keyfile2, "--from", with_key],
                       capture_output=True, text=True)
    check(r.returncode == 1 and "--without-key" in r.stderr, "a backup with the key asks for its passphrase or --without-key")
    r = subprocess.run([SCANFLOWD, "restore", "--data", data2, "--secrets-key-file", keyfile2, "--from", without_key],
                       capture_output=True, text=True)
    check(r.returncode == 0 and "sealed secrets" in r.stdout and "dropped" in r.stdout, "restore without the key says what it dropped: " + r.stdout.strip())
    server = serve(data2, keyfile2)
    check(server.url is not None, "the server restored without the key starts")
    workflows, users = answers(server, key)
    check([w["name"] for w in workflows] == [w["name"] for w in before[0]] and users == before[1],
          "its workflows and users are there")
    server.stop()

    # A hostile archive: a link among the files is refused, and nothing is restored.
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
    target.stop()
    shutil.rmtree(work)
    print("backup/restore:", "all passed" if not failures else f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
