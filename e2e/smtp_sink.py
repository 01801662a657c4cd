#!/usr/bin/env python3
"""A collecting SMTP server for CI (aiosmtpd): every message it receives is written to a folder.

    python e2e/smtp_sink.py serve DIR [--host 127.0.0.1] [--port 2525]
        Accepts any sender and recipient (no auth, no relay) and writes each message as
        DIR/NNNN.eml (the raw bytes, with X-Sink-Mail-From / X-Sink-Rcpt-To headers added on top).
        Writes DIR/ready once it listens; stops cleanly on SIGTERM or SIGINT.

    python e2e/smtp_sink.py check DIR [--subject-contains Jalin] [--body-contains TEXT] [--min 1] [--expect N]
        Reads DIR/*.eml, decodes each Subject (RFC 2047 encoded words) and text body (base64 or
        quoted-printable), prints each message and the summary `N messages, M with a subject
        containing "Jalin"` last; exits 1 when fewer than --min messages match (subject, and body when
        --body-contains is given) or, with --expect, when the number of messages is not N.

Used by .ci/run to check that `jalin kirim-pengingat` delivers its reminders through
JALIN_SMTP_URL=smtp://127.0.0.1:2525?from=... . Needs: pip install aiosmtpd (serve only).
"""

from __future__ import annotations

import argparse
import email
import email.header
import email.message
import signal
import sys
import threading
from pathlib import Path


def serve(folder: Path, host: str, port: int) -> int:
    from aiosmtpd.controller import Controller

    folder.mkdir(parents=True, exist_ok=True)
    lock = threading.Lock()

    class Collect:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
            with lock:
                n = len(list(folder.glob("*.eml"))) + 1
                head = (f"X-Sink-Mail-From: {envelope.mail_from}\r\n"
                        f"X-Sink-Rcpt-To: {', '.join(envelope.rcpt_tos)}\r\n").encode()
                tmp = folder / f"{n:04d}.eml.tmp"
                tmp.write_bytes(head + envelope.original_content)
                tmp.rename(folder / f"{n:04d}.eml")
            print(f"smtp_sink: message {n} from {envelope.mail_from} to {len(envelope.rcpt_tos)} recipient(s)",
                  flush=True)
            return "250 Message accepted for delivery"

    controller = Controller(Collect(), hostname=host, port=port)
    controller.start()
    (folder / "ready").write_text(f"{host}:{port}\n")
    print(f"smtp_sink: listening on {host}:{port}, writing to {folder}", flush=True)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    stop.wait()
    controller.stop()
    print("smtp_sink: stopped", flush=True)
    return 0


def decode_subject(raw: str) -> str:
    """The Subject as text: RFC 2047 encoded words (=?UTF-8?B?...?=) decoded, folding removed."""
    return str(email.header.make_header(email.header.decode_header(raw))).replace("\r\n", "").replace("\n", "")


def plain_text(msg: email.message.Message) -> str:
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            data = part.get_payload(decode=True) or b""  # undoes base64 / quoted-printable
            return data.decode(part.get_content_charset() or "utf-8", errors="replace")
    return ""


def check(folder: Path, subject_contains: str, minimum: int, expect: int | None, body_contains: str | None) -> int:
    files = sorted(folder.glob("*.eml"))
    matching = 0
    for f in files:
        msg = email.message_from_bytes(f.read_bytes())
        raw = msg.get("Subject", "")
        subject = decode_subject(raw)
        text = plain_text(msg)
        matching += subject_contains in subject and (body_contains is None or body_contains in text)
        encoded = "RFC 2047" if "=?" in raw else "plain"
        print(f"  {f.name} to {msg.get('X-Sink-Rcpt-To', '?')}")
        print(f"      Subject ({encoded}): {subject}")
        first = next((line for line in text.splitlines() if line.strip()), "")
        print(f"      {first[:110]}")
    also = f' and a body containing "{body_contains}"' if body_contains else ""
    print(f'{len(files)} messages, {matching} with a subject containing "{subject_contains}"{also}')
    if matching < minimum:
        print(f"expected at least {minimum} such message(s)")
        return 1
    if expect is not None and len(files) != expect:
        print(f"expected {expect} message(s) in {folder}")
        return 1
    return 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="Collecting SMTP server for CI.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("serve")
    s.add_argument("dir", type=Path)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=2525)
    c = sub.add_parser("check")
    c.add_argument("dir", type=Path)
    c.add_argument("--subject-contains", default="Jalin")
    c.add_argument("--min", type=int, default=1)
    c.add_argument("--expect", type=int)
    c.add_argument("--body-contains")
    a = ap.parse_args(argv)
    if a.cmd == "serve":
        return serve(a.dir, a.host, a.port)
    return check(a.dir, a.subject_contains, a.min, a.expect, a.body_contains)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
