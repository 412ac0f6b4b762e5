"""Benign non-English TRAINING text from the machine's own translations (training only).

    python evals/guards/train/build_multilingual.py   # writes multilingual_benign.jsonl.gz

Without it the classifier learns that non-Latin (or accented) bytes mean "injection", because most non-English
training text is in the synthetic payloads. Sources, both installed by Debian packages under their own
licences (mostly GPL/LGPL; used to train only, the text is not shipped in corral's runtime):
- gettext catalogs (``/usr/share/locale/<lang>/LC_MESSAGES/*.mo``): translated program messages, grouped into
  chunks of related strings (usage text, errors, prompts: many imperatives);
- translated man pages (``/usr/share/man/<lang>/man*/``), rendered with ``man -P cat``.
"""

from __future__ import annotations

import gettext
import gzip
import hashlib
import json
import os
import random
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ["de", "fr", "es", "it", "pt", "pt_BR", "nl", "ru", "uk", "pl", "cs", "sv", "da", "fi", "tr", "ja", "ko",
         "zh_CN", "zh_TW", "el", "hu", "ro", "id", "vi", "ar", "he"]
PER_LANG_MO = 20
PER_LANG_MAN = 8


def _split(r: random.Random) -> str:
    return "heldout" if r.random() < 0.2 else "train"


def from_catalogs(lang: str, r: random.Random) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    folder = Path("/usr/share/locale") / lang / "LC_MESSAGES"
    if not folder.is_dir():
        return rows
    for mo in sorted(folder.glob("*.mo"))[:PER_LANG_MO]:
        try:
            with mo.open("rb") as fh:
                cat = gettext.GNUTranslations(fh)
        except (OSError, UnicodeDecodeError):
            continue
        msgs = [v for k, v in cat._catalog.items() if k and isinstance(v, str) and len(v) > 3]  # type: ignore[attr-defined]
        r.shuffle(msgs)
        chunk: list[str] = []
        size = 0
        target = r.randint(250, 1200)
        for m in msgs:
            chunk.append(m.strip())
            size += len(m)
            if size >= target:
                rows.append({"text": "\n".join(chunk), "label": "benign", "source": f"gettext/{lang}",
                             "licence": "per Debian package", "url": str(mo), "split": _split(r)})
                chunk, size, target = [], 0, r.randint(250, 1200)
                if len(rows) >= PER_LANG_MO * 2:
                    return rows
    return rows


def from_man(lang: str, r: random.Random) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    base = Path("/usr/share/man") / lang
    pages = sorted(base.glob("man[1578]/*.gz")) if base.is_dir() else []
    r.shuffle(pages)
    env = dict(os.environ, MANWIDTH="100", LANG="C.UTF-8")
    for page in pages[:PER_LANG_MAN]:
        try:
            text = subprocess.run(["man", "-P", "cat", "-l", str(page)], capture_output=True, text=True,
                                  timeout=20, env=env).stdout
        except (OSError, subprocess.TimeoutExpired):
            continue
        paras = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 40]
        chunk = ""
        for p in paras:
            chunk += p + "\n\n"
            if len(chunk) > r.randint(300, 1500):
                rows.append({"text": chunk.strip(), "label": "benign", "source": f"man/{lang}",
                             "licence": "per Debian package", "url": str(page), "split": _split(r)})
                chunk = ""
                if len(rows) >= PER_LANG_MAN * 3:
                    return rows
    return rows


def main() -> None:
    r = random.Random(20261125)
    rows: list[dict[str, str]] = []
    for lang in LANGS:
        got = from_catalogs(lang, r) + from_man(lang, r)
        rows += got
        print(f"{lang:6s} {len(got):4d}")
    seen: set[str] = set()
    out = HERE / "multilingual_benign.jsonl.gz"
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        for row in rows:
            h = hashlib.sha256(row["text"].encode()).hexdigest()
            if h in seen:
                continue
            seen.add(h)
            row["id"] = f"ml-{h[:12]}"
            fh.write((json.dumps(row, ensure_ascii=False) + "\n").encode())
    print(f"wrote {out} ({len(seen)} rows, {out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
