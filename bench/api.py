#!/usr/bin/env python3
"""ScanFlow server API benchmark: one run, wrk on loopback, one table.

1. GET /api/v1/version from scanflowd beside nginx (nginx-light) serving the same JSON as a file.
2. GET /api/v1/users?username=… with 100 000 users in the database.
3. GET /api/v1/documents/history, a page of 200, with 1 000 000 history rows over a week.
4. A 200 MB upload: PUT /api/v1/documents (multipart, as the reference's example) with the
   server's peak RSS, beside nginx taking the same body (a WebDAV PUT to a file).
The database is SQLite, seeded straight into the file the server made (the API would take
hours to make a million rows); the server is restarted on it before measuring.
"""
import argparse, json, os, random, shutil, sqlite3, subprocess, sys, tempfile, threading, time, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("SCANFLOW_BUILD", os.path.join(ROOT, "build"))
SCANFLOWD = os.path.join(BUILD, "src/app/scanflowd")
WRK = os.path.join(ROOT, "bench", "wrk")


def serve(data):
    proc = subprocess.Popen([SCANFLOWD, "serve", "--port", "0", "--data", data, "--secrets-key-file",
                             os.path.join(data, "secrets.key")], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url, key = None, None
    deadline = time.time() + 20
    while time.time() < deadline and (url is None or (key is None and first_start(data))):
        line = proc.stdout.readline().strip()
        if line.startswith("listening "):
            url = line.split(" ", 1)[1]
            if not first_start(data):
                break
        elif line.startswith("bootstrap API key"):
            key = line.split(": ", 1)[1]
    return proc, url, key


def first_start(data):
    return not os.path.exists(os.path.join(data, ".seeded"))


def stop(proc):
    proc.terminate()
    proc.wait(timeout=20)


def seed(db_path, users, documents):
    db = sqlite3.connect(db_path)
    now = int(time.time() * 1000)
    db.execute("BEGIN")
    db.executemany("INSERT INTO users (provider_id, username, username_key, email, created_at) VALUES (1, ?, ?, ?, ?)",
                   ((f"user{i:06d}", f"user{i:06d}", f"user{i:06d}@example.com", now) for i in range(1, users + 1)))
    week = 7 * 24 * 3600 * 1000
    kinds = ["PRINT", "COPY", "SCAN", "FAX"]
    rng = random.Random(7)
    db.executemany(
        "INSERT INTO documents (uuid, job_type, status, user_name, document_name, total_pages, date_time) VALUES (?, ?, 1, ?, ?, ?, ?)",
        ((str(uuid.UUID(int=rng.getrandbits(128))), kinds[i % 4], f"user{rng.randint(1, 1000):06d}", f"document {i}",
          rng.randint(1, 40), now - rng.randint(0, week)) for i in range(documents)))
    db.commit()
    db.execute("ANALYZE")
    db.close()


def wrk(url, path_or_script, key, connections, seconds, env=None):
    cmd = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "-s", os.path.join(WRK, "report.lua")]
    if key:
        cmd += ["-H", f"X-Api-Key: {key}"]
    if path_or_script.endswith(".lua"):
        # wrk takes one script: the request generator with the reporter appended.
        combined = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
        combined.write(open(os.path.join(WRK, path_or_script)).read() + "\n" + open(os.path.join(WRK, "report.lua")).read())
        combined.close()
        cmd[cmd.index("-s") + 1] = combined.name
        target = url
    else:
        target = url + path_or_script
    out = subprocess.run(cmd + [target], capture_output=True, text=True, env={**os.environ, **(env or {})}, check=True).stdout
    return json.loads([l for l in out.splitlines() if l.startswith("{")][-1])


def rss_peak_reset(pid):
    with open(f"/proc/{pid}/clear_refs", "w") as f:
        f.write("5")  # VmHWM from now


def rss_peak_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmHWM:"))


class RssSampler:
    """The server's resident memory, sampled every 2 ms while an upload runs: its own (RssAnon:
    heap, stacks) apart from the file pages it maps (RssFile: SQLite's memory map of the
    database, which is the OS page cache, shared and given back under pressure)."""

    def __init__(self, pid):
        self.pid, self.anon, self.file, self.running = pid, 0, 0, True
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        while self.running:
            with open(f"/proc/{self.pid}/status") as f:
                for line in f:
                    if line.startswith("RssAnon:"):
                        self.anon = max(self.anon, int(line.split()[1]))
                    elif line.startswith("RssFile:"):
                        self.file = max(self.file, int(line.split()[1]))
            time.sleep(0.002)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        self.thread.join()


def curl_upload(args):
    """curl's own figures for one upload: (HTTP status, seconds, bytes/s)."""
    out = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total} %{speed_upload}"] + args,
                         capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]), float(out[1]), float(out[2])


def nginx(folder, body):
    os.makedirs(os.path.join(folder, "www/api/v1"), exist_ok=True)
    os.makedirs(os.path.join(folder, "www/upload"), exist_ok=True)
    os.chmod(os.path.join(folder, "www/upload"), 0o777)
    with open(os.path.join(folder, "www/api/v1/version"), "w") as f:
        f.write(body)
    port = 18000 + os.getpid() % 1000
    conf = os.path.join(folder, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""worker_processes auto; pid {folder}/nginx.pid; error_log {folder}/error.log; daemon off;
events {{ worker_connections 1024; }}
http {{ access_log off; default_type application/json;
  client_body_temp_path {folder}/tmp; proxy_temp_path {folder}/tmp; fastcgi_temp_path {folder}/tmp;
  uwsgi_temp_path {folder}/tmp; scgi_temp_path {folder}/tmp;
  server {{ listen 127.0.0.1:{port}; root {folder}/www; location / {{ try_files $uri =404; }}
    location /upload/ {{ dav_methods PUT; client_max_body_size 0; create_full_put_path on; }} }} }}
""")
    proc = subprocess.Popen(["nginx", "-c", conf, "-p", folder], stderr=subprocess.DEVNULL)
    time.sleep(1)
    return proc, f"http://127.0.0.1:{port}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=100000)
    parser.add_argument("--documents", type=int, default=1000000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="scanflow-apibench-")
    os.chmod(work, 0o755)  # nginx's workers run as www-data and read the file below
    data = os.path.join(work, "data")
    try:
        proc, url, key = serve(data)
        assert url and key, "the server did not start"
        stop(proc)
        t = time.perf_counter()
        seed(os.path.join(data, "scanflow.sqlite"), args.users, args.documents)
        seeded = time.perf_counter() - t
        open(os.path.join(data, ".seeded"), "w").close()
        proc, url, _ = serve(data)

        version_body = subprocess.run(["curl", "-s", "-H", f"X-Api-Key: {key}", url + "/api/v1/version"],
                                      capture_output=True, text=True).stdout
        ng, ng_url = nginx(os.path.join(work, "nginx"), version_body)
        try:
            rows = []
            n = wrk(ng_url, "/api/v1/version", None, args.connections, args.seconds)
            rows.append(("GET /version — nginx-light, static file", n))
            v = wrk(url, "/api/v1/version", key, args.connections, args.seconds)
            rows.append(("GET /version — scanflowd", v))
            u = wrk(url, "users.lua", key, args.connections, args.seconds, {"USERS": str(args.users)})
            rows.append((f"GET /users?username= — {args.users:,} users", u))
            h1 = wrk(url, "history.lua", key, 1, args.seconds)
            rows.append((f"GET /documents/history, 200/page — {args.documents:,} rows, 1 connection", h1))
            h = wrk(url, "history.lua", key, args.connections, args.seconds)
            rows.append((f"GET /documents/history, 200/page — {args.documents:,} rows, {args.connections} connections", h))
            # 200 MB, the reference's limit, through each (curl, one connection, from disk).
            body = os.path.join(work, "scan.pdf")
            with open(body, "wb") as f:
                block = os.urandom(1 << 20)
                for _ in range(200):
                    f.write(block)
            subprocess.run(["curl", "-s", "-o", "/dev/null", "-X", "PUT", "-H", f"X-Api-Key: {key}", url + "/api/v1/inputports",
                            "-d", "domainname=localhost", "-d", "portname=Bench", "-d", "porttype=0"], check=True)
            ng_status, ng_s, ng_rate = curl_upload(["-T", body, ng_url + "/upload/scan.pdf"])
            rss_peak_reset(proc.pid)
            with RssSampler(proc.pid) as rss:
                up_status, up_s, up_rate = curl_upload(["-X", "PUT", "-H", f"X-Api-Key: {key}", "-F", "username=admin",
                                                        "-F", "portname=Bench", "-F", "title=Bench", "-F", f"data=@{body};filename=scan.pdf",
                                                        url + "/api/v1/documents"])
            up_peak = rss_peak_kib(proc.pid)
        finally:
            ng.terminate()
            ng.wait()
            stop(proc)

        print(f"seeded {args.users:,} users and {args.documents:,} history rows in {seeded:.1f} s; "
              f"wrk -t2 -c{args.connections} -d{args.seconds}s unless noted\n")
        print("| measure | req/s | p50 ms | p95 ms | p99 ms | errors |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, r in rows:
            print(f"| {name} | {r['rps']:,.0f} | {r['p50']:.2f} | {r['p95']:.2f} | {r['p99']:.2f} | {r['errors'] + r['non2xx']} |")
        print(f"\nscanflowd /version = {v['rps'] / n['rps'] * 100:.0f} % of nginx (target ≥ 50 %), p99 {v['p99']:.2f} ms (target ≤ 5 ms)")
        print(f"user lookup {u['rps']:,.0f} req/s (target ≥ 10 000); history page p95 {h['p95']:.2f} ms at {args.connections} connections "
              f"(target ≤ 20 ms), {h1['p95']:.2f} ms alone")
        print(f"\n| 200 MB upload | status | seconds | MB/s |\n|---|---:|---:|---:|")
        print(f"| nginx-light, WebDAV PUT to a file | {ng_status} | {ng_s:.2f} | {ng_rate / 1e6:.0f} |")
        print(f"| scanflowd, PUT /documents (multipart) | {up_status} | {up_s:.2f} | {up_rate / 1e6:.0f} |")
        print(f"\nupload rate {up_rate / ng_rate * 100:.0f} % of nginx's (target ≥ 80 %); server's own memory (RssAnon) "
              f"at most {rss.anon / 1024:.1f} MiB during it (target ≤ 64 MiB); peak RSS {up_peak / 1024:.1f} MiB with the "
              f"database's memory map (RssFile up to {rss.file / 1024:.1f} MiB, the history and user runs' pages)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
