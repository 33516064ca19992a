#!/usr/bin/env python3
"""A data folder whose key the OS keychain keeps (the desktop's way: no key file), moved by hand
to another path, as when a home folder is renamed or a folder is taken to another disk. The
keychain keeps the key under the folder's path; the server in the new place finds the key kept
for the old one, so the sealed password still reaches the target, and its log says so; also when
the first start after the move could not reach the keychain.
Run inside scripts/test.sh (it unlocks a keyring on a private bus). Usage: moved_keychain.py BUILD_DIR"""
import os, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from scanflowd import Scanflowd, Target, basic, check, failures, wait_for  # noqa: E402

BUILD = sys.argv[1]
SCANFLOWD = os.path.join(BUILD, "src/app/scanflowd")


def serve(data, env=None):
    return Scanflowd([SCANFLOWD, "serve", "--data", data, "--port", "0"], env)


def main():
    work = tempfile.mkdtemp(prefix="scanflow-moved-keychain-")
    old, new = os.path.join(work, "before"), os.path.join(work, "after")
    target = Target()
    expected = basic("svc", "s3cret-keychain")
    sent = lambda: [h.get("Authorization") for _, p, h, _ in target.received if p == "/ok"]  # noqa: E731

    server = serve(old)
    check(server.key is not None, "the first start prints an API key: " + " | ".join(server.log[-5:]))
    key = server.key
    status, made = server.call("POST", "/scan/workflows", key, {"name": "Sealed", "destination": {
        "url": target.url + "/ok", "auth": {"type": "basic", "login": "svc", "password": "s3cret-keychain"},
        "steps": [{"kind": "delivery"}]}})
    check(status in (200, 201), f"a workflow with a sealed password is made ({status} {made})")
    server.upload(key, f"/scan/workflows/{made['id']}/deliveries", "before.pdf", b"%PDF before")
    check(wait_for(lambda: server.states(key).get("before.pdf") == "delivered"), "delivered before the move")
    check(sent() == [expected], f"the sealed password reached the target ({sent()})")
    server.stop()

    os.rename(old, new)
    target.received.clear()
    # The first start in the new place cannot reach the keychain (no session bus): the paths
    # move, the key cannot be looked for, and the next start still knows where it is.
    server = serve(new, dict(os.environ, DBUS_SESSION_BUS_ADDRESS="unix:path=" + os.path.join(work, "no-bus")))
    check(any("secrets cannot be stored" in line for line in server.log),
          "without a keychain it says secrets cannot be stored: " + " | ".join(line for line in server.log if "secrets" in line))
    check(any("stored paths follow" in line for line in server.log), "and moves the stored paths")
    server.stop()
    server = serve(new)
    check(server.url is not None, "the server starts in the moved folder: " + " | ".join(server.log[-5:]))
    check(any(line.endswith(f"secrets: the key the keychain keeps for {old} now serves {new} too") for line in server.log),
          "the log says the key was found under the old path: " + " | ".join(line for line in server.log if "secrets" in line))
    server.upload(key, f"/scan/workflows/{made['id']}/deliveries", "after.pdf", b"%PDF after")
    check(wait_for(lambda: server.states(key).get("after.pdf") in ("delivered", "failed")), "the file sent after the move finishes")
    check(server.states(key).get("after.pdf") == "delivered", f"it is delivered ({server.deliveries(key).get('after.pdf')})")
    check(sent() == [expected], f"with the password sealed before the move ({sent()})")
    server.stop()

    # Started again: the key is kept for the new path now, found at once.
    server = serve(new)
    check(not any("secrets: the key" in line for line in server.log), "a second start in the new place finds its own key")
    server.stop()
    target.stop()
    shutil.rmtree(work, ignore_errors=True)
    if failures:
        sys.exit(1)
    print("moved keychain folder: all passed")


if __name__ == "__main__":
    main()
