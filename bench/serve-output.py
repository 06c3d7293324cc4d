#!/usr/bin/env python3
"""Serves a built output/ folder the way the CDN does, for bench/lighthouse.sh: pretty URLs,
the precompressed .br/.gz copies the build writes (Content-Encoding by Accept-Encoding), and the
headers of output/_headers (Cache-Control, Content-Security-Policy...). Loopback only.

Usage: python3 bench/serve-output.py OUTPUT_DIR PORT
"""
import http.server
import mimetypes
import os
import sys
import urllib.parse

ROOT = os.path.abspath(sys.argv[1])
PORT = int(sys.argv[2])
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
         ".svg": "image/svg+xml", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".json": "application/json",
         ".webp": "image/webp", ".avif": "image/avif", ".jpg": "image/jpeg", ".png": "image/png"}


def read_rules():
    """_headers (Cloudflare Pages semantics): every matching rule applies; '! Name' drops a header."""
    rules, current = [], None
    path = os.path.join(ROOT, "_headers")
    if not os.path.exists(path):
        return rules
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            current = (line.strip(), [])
            rules.append(current)
        elif current is not None:
            current[1].append(line.strip())
    return rules


RULES = read_rules()


def headers_for(url_path):
    out = {}
    for pattern, lines in RULES:
        if pattern == url_path or (pattern.endswith("*") and url_path.startswith(pattern[:-1])):
            for l in lines:
                if l.startswith("!"):
                    out.pop(l[1:].strip().lower(), None)
                else:
                    name, _, value = l.partition(":")
                    out[name.strip().lower()] = (name.strip(), value.strip())
    return out.values()


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        file = os.path.normpath(os.path.join(ROOT, path.lstrip("/")))
        if os.path.isdir(file):
            file = os.path.join(file, "index.html")
        status = 200
        if not file.startswith(ROOT) or not os.path.isfile(file):
            status, file = 404, os.path.join(ROOT, (path[1:3] if len(path) > 3 else "vi"), "404.html")
        ext = os.path.splitext(file)[1]
        accept = self.headers.get("Accept-Encoding", "")
        body_file, encoding = file, None
        for enc, suffix in (("br", ".br"), ("gzip", ".gz")):
            if enc in accept and os.path.isfile(file + suffix):
                body_file, encoding = file + suffix, enc
                break
        body = open(body_file, "rb").read()
        self.send_response(status)
        self.send_header("Content-Type", TYPES.get(ext) or mimetypes.guess_type(file)[0] or "application/octet-stream")
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        for name, value in headers_for(path):
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser stopped reading (Lighthouse closes pages mid-load)


http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
