#!/usr/bin/env python3
"""An upgrade that loses nothing: the data folder a scanflowd from before the packages left
(fixtures/data-0.1.0.tar.gz, made by fixtures/make-data-0.1.0.py) is opened by this version,
in another folder than the one it was made in, as an admin moving to the packages does. Then:
its schema is migrated; the admin's key, the Workplace key and alice's password still work;
the server's own HTTPS root is the same (its sealed key opened); the workflows, users and
group are there; the queued files and the file left in an inbox deliver by themselves, once
each; the sealed Basic password, the shared OAuth client secret and refresh token, and alice's
private values and login all still reach their targets; the failed files keep their reasons,
and Retry now sends each once its target is fixed.

    upgrade_check.py local BUILD_DIR      unpacks the fixture in a new folder and serves it with
                                          BUILD_DIR's scanflowd
    upgrade_check.py command -- CMD...    the fixture's data is in place already (the packages'
                                          /var/lib/scanflow): CMD starts the server on it
"""
import base64, hashlib, json, os, shutil, ssl, sys, tarfile, tempfile, urllib.parse
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from scanflowd import Scanflowd, Target, basic, check, failures, wait_for  # noqa: E402

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "data-0.1.0.tar.gz")


def fixture():
    with tarfile.open(FIXTURE) as t:
        return json.load(t.extractfile("fixture.json"))


def client_secret_sent(headers, form):
    """Whether a token request carried the fixture's client secret, in either place RFC 6749 allows."""
    return (headers.get("Authorization") == basic("scanflow-fixture", "client-s3cret")
            or form.get("client_secret") == ["client-s3cret"])


def run(command, fx):
    issued = {"n": 0}

    def answer(request, body):  # every target is fixed now: the archive takes files too
        if request.path == "/token":
            issued["n"] += 1
            return 200, {"access_token": f"at-new-{issued['n']}", "refresh_token": f"rt-new-{issued['n']}", "token_type": "Bearer", "expires_in": 3600}
        return 201, {"id": "r1"}

    # Up before the server: the queued files are due at once.
    up, down = Target(fx["ports"]["up"], answer), Target(fx["ports"]["down"], answer)
    server = Scanflowd(command)
    try:
        check(server.url is not None, f"the new scanflowd serves the old data folder at {server.url}")
        if server.url is None:
            print("\n".join(server.log[-20:]))
            return
        key = fx["adminKey"]
        status, version = server.call("GET", "/version", key)
        check(status == 200, f"the old admin key still works: GET /version {status} {version}")
        root = hashlib.sha256(ssl.PEM_cert_to_DER_cert(server.root_pem(key))).hexdigest()
        check(root == fx["rootSha256"], f"the same HTTPS root as before, its sealed key opened ({root[:16]}…)")
        said = f"schema: migrated from version {fx['schemaVersion']} to {version.get('schemaVersion')}"
        check(version.get("schemaVersion", 0) > fx["schemaVersion"] and any(said in line for line in server.log), "the first start said " + said)
        moved = [line for line in server.log if "stored paths follow" in line]
        check(len(moved) == 1, "and that the data folder moved: " + " | ".join(moved))

        _, workflows = server.call("GET", "/scan/workflows", key)
        by_name = {w["name"]: w["id"] for w in workflows}
        check(sorted(by_name) == fx["workflows"], f"the same workflows: {sorted(by_name)}")
        _, users = server.call("GET", "/users/all?maxrecords=100", key)
        names = sorted(u.get("userName", u.get("username", "")) for u in (users.get("users", users) if isinstance(users, dict) else users))
        check(names == fx["users"], f"the same users: {names}")
        _, groups = server.call("GET", "/users/alice/groups", key)
        check("Scanners" in json.dumps(groups), f"alice is still in Scanners: {groups}")

        # By themselves, once each: the queued files and the one left in an inbox.
        due = ("later-upload.pdf", "later-inbox.pdf", "invoice-waiting.pdf")
        check(wait_for(lambda: all(server.states(key).get(n) == "delivered" for n in due), 40),
              f"the queued files and the inbox file delivered by themselves: {server.states(key)}")
        later = [body for _, path, _, body in down.received if path == "/later"]
        check(len(later) == 2 and any(b"%PDF-1.4 later-inbox.pdf\n" in b for b in later) and any(b"%PDF-1.4 later upload\n" * 200 in b for b in later),
              f"the target that was down got each queued file once, whole: {sorted(len(b) for b in later)} bytes")
        invoices = [(h, b) for _, path, h, b in up.received if path == "/invoices"]
        check(len(invoices) == 1 and invoices[0][0].get("Authorization") == basic("svc", "s3cret-basic") and b"invoice waiting" in invoices[0][1],
              "the inbox file went out with the sealed Basic password")
        states = server.states(key)
        check(all(states.get(n) == fx["states"][n] for n in ("invoice-delivered.pdf", "oauth-delivered.pdf", "records-delivered.pdf",
                                                            "archive-failed.pdf", "archive-inbox-failed.pdf")),
              f"the delivered and failed ones are as they were: {states}")
        rows = server.deliveries(key)
        check(all("404" in rows[n].get("lastError", rows[n].get("error", json.dumps(rows[n]))) for n in ("archive-failed.pdf", "archive-inbox-failed.pdf")),
              "the failed ones keep their reasons")

        # The shared OAuth workflow: its access token has expired, so the sealed refresh token
        # and client secret are what it needs.
        up.received.clear()
        server.upload(key, f"/scan/workflows/{by_name['Shared OAuth']}/deliveries", "oauth-after.pdf", b"%PDF-1.4 oauth after\n")
        check(wait_for(lambda: server.states(key).get("oauth-after.pdf") == "delivered", 30), "a file through the shared OAuth workflow delivers")
        tokens = [(h, urllib.parse.parse_qs(b.decode())) for _, path, h, b in up.received if path == "/token"]
        check(len(tokens) == 1 and tokens[0][1].get("refresh_token") == [fx["refreshToken"]] and client_secret_sent(*tokens[0]),
              "the sealed refresh token and client secret went to the token endpoint")
        sent = [h.get("Authorization") for _, path, h, _ in up.received if path == "/oauth"]
        check(sent == ["Bearer at-new-1"], f"and the new access token to the target: {sent}")

        # Alice: her password, the Workplace key, her sealed customer code and login.
        status, login = server.form("POST", "/login", fx["workplaceKey"], [("authtype", "0"), ("userid", "alice"), ("password", fx["alicePassword"])])
        check(status == 200, f"alice signs in with her old password through the old Workplace key ({status})")
        if status == 200:
            private = by_name["Private records"]
            _, destination = server.call("GET", f"/workplace/destinations/{private}", fx["workplaceKey"], token=login["token"])
            check(destination.get("state") == "Authorized", f"her private destination is still authorized: {destination.get('state')}")
            up.received.clear()
            server.upload(fx["workplaceKey"], f"/workplace/workflows/{private}/deliveries", "records-after.pdf", b"%PDF-1.4 records after\n", token=login["token"])
            check(wait_for(lambda: server.states(key).get("records-after.pdf") == "delivered", 30), "her file delivers")
            records = [(h, b) for _, path, h, b in up.received if path == "/records"]
            check(len(records) == 1 and records[0][0].get("Authorization") == basic("alice-remote", "alice-remote-pw") and b"C-4711" in records[0][1],
                  "with her sealed login and customer code")

        # Retry now, once the archive takes files: the failed upload and the inbox file kept in failed/.
        for name in ("archive-failed.pdf", "archive-inbox-failed.pdf"):
            status, _ = server.call("POST", f"/deliveries/{rows[name]['id']}/retry", key, b"")
            check(status in (200, 202), f"Retry now {name} ({status})")
        check(wait_for(lambda: all(server.states(key).get(n) == "delivered" for n in ("archive-failed.pdf", "archive-inbox-failed.pdf")), 30),
              f"both failed files deliver: {server.states(key)}")
        archived = [b for _, path, _, b in up.received if path == "/archive"]
        check(len(archived) == 2 and any(b"%PDF-1.4 archive failed\n" in b for b in archived)
              and any(b"%PDF-1.4 archive-inbox-failed.pdf\n" in b for b in archived), "with their own bytes")
        _, everything = server.call("GET", "/deliveries?maxrecords=500", key)
        check(len(everything["deliveries"]) == len(fx["states"]) + 2, f"no delivery made twice: {len(everything['deliveries'])} in all")
    finally:
        server.stop()
        up.stop()
        down.stop()
        if failures:
            print("the server said:\n  " + "\n  ".join(server.log[-40:]))


def main():
    fx = fixture()
    if sys.argv[1] == "local":
        scanflowd = os.path.join(sys.argv[2], "src", "app", "scanflowd")
        work = tempfile.mkdtemp(prefix="scanflow-upgrade-")
        with tarfile.open(FIXTURE) as t:
            t.extractall(work)
        data = os.path.join(work, "data")
        run([scanflowd, "serve", "--data", data, "--secrets-key-file", os.path.join(data, "secrets.key"), "--port", "0", "--tls"], fx)
        shutil.rmtree(work)
    else:
        run(sys.argv[sys.argv.index("--") + 1:], fx)
    print("upgrade from 0.1.0:", "all passed" if not failures else f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
