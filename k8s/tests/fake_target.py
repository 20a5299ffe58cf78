#!/usr/bin/env python3
"""A stand-in for a service of the suite, for testing prometheus-scrape.sh without the services:
serves FILE as /q/metrics (Prometheus text format) on 127.0.0.1:PORT, answers 404 elsewhere, and
stops by itself after --max-seconds (default 300).

  fake_target.py PORT FILE [--max-seconds N]
"""
import argparse
import http.server
import threading


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("port", type=int)
    ap.add_argument("file")
    ap.add_argument("--max-seconds", type=float, default=300)
    args = ap.parse_args()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path.split("?")[0] != "/q/metrics":
                self.send_error(404)
                return
            with open(args.file, "rb") as f:
                body = f.read()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    threading.Timer(args.max_seconds, server.shutdown).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
