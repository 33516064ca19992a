#!/usr/bin/env python3
"""ScanFlow delivery benchmark: one run, one local target, one table.

files/s through create → upload (20 KB file) → confirm for ScanFlow (concurrency 1 and 8),
for the same sequence scripted with curl, and for a keep-alive client written with Python's
http.client (1 and 8 threads); then ScanFlow's peak RSS delivering a 1 GiB file in multipart
and in raw mode. Everything talks to the same scanflow-target on loopback.
"""
import argparse, http.client, json, os, shutil, subprocess, sys, tempfile, threading, time, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("SCANFLOW_BUILD", os.path.join(ROOT, "build"))
SCANFLOWD = os.path.join(BUILD, "src/app/scanflowd")
TARGET = os.path.join(BUILD, "tools/target/scanflow-target")
BENCH = os.path.join(ROOT, "bench")


def start_target(*extra):
    proc = subprocess.Popen([TARGET, "--quiet", "--port", "0", *extra], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline().strip()
    assert line.startswith("listening "), line
    return proc, line.split(" ", 1)[1]


def start_nginx(folder):
    """nginx-light as an ordinary target: `return 201` with the JSON the sequence parses, sent
    once a request's head is in; the body is then read and dropped before the next request.
    It keeps the kernel's delayed ACKs, as servers do."""
    os.makedirs(folder, exist_ok=True)
    port = 19000 + os.getpid() % 1000
    conf = os.path.join(folder, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""worker_processes auto; pid {folder}/nginx.pid; error_log {folder}/error.log; daemon off;
events {{ worker_connections 1024; }}
http {{ access_log off; client_body_temp_path {folder}/tmp; proxy_temp_path {folder}/tmp;
  fastcgi_temp_path {folder}/tmp; uwsgi_temp_path {folder}/tmp; scgi_temp_path {folder}/tmp;
  keepalive_requests 100000;
  server {{ listen 127.0.0.1:{port}; client_max_body_size 0; default_type application/json;
    location / {{ return 201 '{{"data":{{"id":"1","uploadId":"u1"}}}}'; }} }} }}
""")
    proc = subprocess.Popen(["nginx", "-c", conf, "-p", folder], stderr=subprocess.DEVNULL)
    time.sleep(1)
    return proc, f"http://127.0.0.1:{port}"


def curl_big(args):
    """curl's own upload of the big file: seconds."""
    start = time.perf_counter()
    subprocess.run(["curl", "-s", "-o", "/dev/null"] + args, check=True)
    return time.perf_counter() - start


def make_files(folder, count, size):
    os.makedirs(folder, exist_ok=True)
    payload = b"%PDF-1.4\n" + os.urandom(size - 20) + b"\n%%EOF\n"
    for i in range(count):
        with open(os.path.join(folder, f"scan-{i:05d}.pdf"), "wb") as f:
            f.write(payload)
    return sorted(os.path.join(folder, n) for n in os.listdir(folder))


def run_measured(cmd):
    """Runs cmd, returns (seconds, peak RSS in KiB, exit code) of that one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.stderr.write(f"{' '.join(cmd[:3])}… exited {code}: {err[-500:]}\n")
    return seconds, usage.ru_maxrss, code


def scanflow(api, workflow, folder, concurrency):
    return run_measured([SCANFLOWD, "deliver", "--workflow", workflow, "--no-progress",
                         "--concurrency", str(concurrency), "--terminal", f"api={api}", folder])


def curl_script(api, files, parallel):
    start = time.perf_counter()
    procs, failures = [], 0
    for f in files:
        procs.append(subprocess.Popen([os.path.join(BENCH, "curl-sequence.sh"), api, f]))
        if len(procs) >= parallel:
            failures += procs.pop(0).wait() != 0
    for p in procs:
        failures += p.wait() != 0
    return time.perf_counter() - start, failures


def python_client(api, files, threads):
    host, port = api.replace("http://", "").split(":")
    work = list(files)
    lock = threading.Lock()
    failures = [0]

    def worker():
        conn = http.client.HTTPConnection(host, int(port))
        while True:
            with lock:
                if not work:
                    break
                path = work.pop()
            try:
                name = os.path.basename(path)
                conn.request("POST", "/records", json.dumps({"title": name}), {"Content-Type": "application/json"})
                rid = json.loads(conn.getresponse().read())["data"]["id"]
                boundary = uuid.uuid4().hex
                with open(path, "rb") as f:
                    content = f.read()
                body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                        f"Content-Type: application/pdf\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
                conn.request("POST", f"/records/{rid}/files", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
                up = json.loads(conn.getresponse().read())["data"]["uploadId"]
                conn.request("PATCH", f"/records/{rid}/confirm", f"upload={up}", {"Content-Type": "application/x-www-form-urlencoded"})
                conn.getresponse().read()
            except Exception:
                failures[0] += 1
                conn.close()
                conn = http.client.HTTPConnection(host, int(port))

    start = time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return time.perf_counter() - start, failures[0]


def sequence_rows(api, seq, folder, files, where, python_name):
    """ScanFlow at concurrency 1 and 8 and the Python client with 1 and 8 threads, against one target."""
    rows = []
    for c in (1, 8):
        secs, rss, code = scanflow(api, seq, folder, c)
        rows.append((f"ScanFlow, concurrency {c}{where}", len(files) / secs,
                     f"{len(files)} files in {secs:.2f} s, peak RSS {rss / 1024:.0f} MiB" + ("" if code == 0 else f", exit {code}")))
    for t in (1, 8):
        secs, failed = python_client(api, files, t)
        rows.append((f"{python_name}, {t} thread{'s' if t > 1 else ''}{where}", len(files) / secs,
                     f"{len(files)} files in {secs:.2f} s" + (f", {failed} failed" if failed else "")))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--files", type=int, default=3000, help="files per ScanFlow / Python run")
    ap.add_argument("--curl-files", type=int, default=60, help="files per curl run")
    ap.add_argument("--big-mib", type=int, default=1024, help="size of the big file in MiB")
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="scanflow-bench-")
    target, api = start_target()
    ng, ng_api = start_nginx(os.path.join(tmp, "nginx"))
    rows = []
    try:
        files = make_files(os.path.join(tmp, "scans"), args.files, 20 * 1024)
        curl_files = files[: args.curl_files]
        curl_dir = os.path.join(tmp, "curl-scans")
        os.makedirs(curl_dir)
        for f in curl_files:
            shutil.copy(f, curl_dir)
        seq = os.path.join(BENCH, "workflow-sequence.json")

        scanflow(api, seq, curl_dir, 8)  # warm-up: page cache, first connections
        rows += sequence_rows(api, seq, os.path.join(tmp, "scans"), files, "", "Python http.client")
        for p in (1, 8):
            secs, failed = curl_script(api, curl_files, p)
            rows.append((f"curl script, {p} in parallel", len(curl_files) / secs, f"{len(curl_files)} files in {secs:.2f} s" + (f", {failed} failed" if failed else "")))

        # The project's target again, keeping the kernel's delayed ACKs as ordinary servers do:
        # every row of the sequence, both clients.
        slow, slow_api = start_target("--delayed-ack")
        try:
            rows += sequence_rows(slow_api, seq, os.path.join(tmp, "scans"), files, ", delayed-ACK target", "Python")
        finally:
            slow.terminate()
            slow.wait()

        # An ordinary server: nginx-light, the same sequence, beside the Python client.
        rows += sequence_rows(ng_api, seq, os.path.join(tmp, "scans"), files, ", nginx target", "Python")

        big = os.path.join(tmp, "big", "big-scan.pdf")
        os.makedirs(os.path.dirname(big))
        with open(big, "wb") as f:
            f.truncate(args.big_mib * 1024 * 1024)
        rss_rows = []
        for mode in ("multipart", "raw"):
            secs, rss, code = scanflow(api, os.path.join(BENCH, f"workflow-big-{mode}.json"), big, 1)
            rss_rows.append((f"ScanFlow, {args.big_mib} MiB file, {mode}", rss / 1024, f"{secs:.2f} s, {args.big_mib / secs:.0f} MiB/s" + ("" if code == 0 else f", exit {code}")))
        # The same file to nginx, ScanFlow beside curl -F / curl -T (each a process, started and timed alike).
        for mode, curl_args in (("multipart", ["-F", f"file=@{big};type=application/pdf"]), ("raw", ["-T", big])):
            secs, rss, code = scanflow(ng_api, os.path.join(BENCH, f"workflow-big-{mode}.json"), big, 1)
            curl_secs = curl_big(curl_args + [ng_api + "/big"])
            rss_rows.append((f"ScanFlow, {args.big_mib} MiB, {mode}, nginx", rss / 1024,
                             f"{secs:.2f} s, {args.big_mib / secs:.0f} MiB/s; curl {curl_args[0]} {curl_secs:.2f} s, "
                             f"{args.big_mib / curl_secs:.0f} MiB/s: {curl_secs / secs * 100:.0f} % of curl's rate"))
    finally:
        target.terminate()
        target.wait()
        ng.terminate()
        ng.wait()
        shutil.rmtree(tmp, ignore_errors=True)

    rate = {name: r for name, r, _ in rows}
    print(f"\nDelivery benchmark on {os.cpu_count()} cores, target scanflow-target on loopback (prompt ACKs unless noted)\n")
    print(f"| {'create → upload (20 KB) → confirm':<46} | {'files/s':>9} | notes")
    print(f"|{'-' * 48}|{'-' * 11}|------")
    for name, files_s, note in rows:
        print(f"| {name:<46} | {files_s:>9.1f} | {note}")
    print("\nScanFlow / the Python keep-alive client, same target, same run (targets: ≥ 1.0× one at a time, ≥ 1.5× at 8):")
    for where, python in (("", "Python http.client"), (", delayed-ACK target", "Python"), (", nginx target", "Python")):
        ratios = []
        for c in (1, 8):
            ours = rate[f"ScanFlow, concurrency {c}{where}"]
            theirs = rate[f"{python}, {c} thread{'s' if c > 1 else ''}{where}"]
            ratios.append(f"{ours / theirs:.2f}× at {c}")
        print(f"  {where[2:] if where else 'scanflow-target (prompt ACKs)'}: {', '.join(ratios)}")
    print()
    print(f"| {'large file':<40} | {'peak RSS':>9} | notes")
    print(f"|{'-' * 42}|{'-' * 11}|------")
    for name, mib, note in rss_rows:
        print(f"| {name:<40} | {mib:>5.1f} MiB | {note}")
    print("\n(target: peak RSS under 64 MiB)")


if __name__ == "__main__":
    main()
