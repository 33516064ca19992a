#!/usr/bin/env python3
"""ScanFlow soak: 200 concurrent clients for 60 s on loopback, mixed API calls and 1 MB uploads.

Passes when no request failed and the server's RSS at the end is within 10 % of its RSS after
the warm-up. The server allows 256 connections from one address for this (the default is 64:
every client here comes from 127.0.0.1).
"""
import argparse, json, os, subprocess, sys, tempfile, threading, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api  # noqa: E402  (serve's helpers: the scanflowd binary, wrk)


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=10)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="scanflow-soak-")
    data = os.path.join(work, "data")
    config = os.path.join(work, "scanflowd.json")
    with open(config, "w") as f:
        json.dump({"testDestination": True, "http": {"maxConnectionsPerAddress": 256}}, f)
    proc = subprocess.Popen([api.SCANFLOWD, "serve", "--port", "0", "--config", config, "--data", data,
                             "--secrets-key-file", os.path.join(work, "secrets.key")],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = key = None
    while url is None or key is None:
        line = proc.stdout.readline().strip()
        if line.startswith("listening "):
            url = line.split(" ", 1)[1]
        elif line.startswith("bootstrap API key"):
            key = line.split(": ", 1)[1]
    samples = []
    stop = threading.Event()

    def sample():
        start = time.time()
        while not stop.is_set():
            samples.append((time.time() - start, rss_kib(proc.pid)))
            time.sleep(1)

    threading.Thread(target=sample, daemon=True).start()
    try:
        result = api.wrk(url, "soak.lua", key, args.connections, args.seconds)
    finally:
        stop.set()
        time.sleep(1.5)
        end_rss = rss_kib(proc.pid)
        api.stop(proc)
    warm = next((r for t, r in samples if t >= args.warmup), samples[-1][1])
    peak = max(r for _, r in samples)
    growth = (end_rss - warm) / warm * 100
    errors = result["errors"] + result["non2xx"]
    print(f"soak: {args.connections} connections, {args.seconds} s, mixed calls and 1 MB uploads")
    print(f"  {result['requests']} requests, {result['rps']:.0f}/s, p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms")
    print(f"  errors {result['errors']}, non-2xx {result['non2xx']}")
    print(f"  RSS after {args.warmup} s warm-up {warm / 1024:.1f} MiB, peak {peak / 1024:.1f} MiB, end {end_rss / 1024:.1f} MiB ({growth:+.1f} %)")
    ok = errors == 0 and growth <= 10
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
