"""Measure the guards on the labelled eval set in ``evals/guards`` (see its README for sources).

Injection: an item counts as caught when the filter's verdict is ``block`` at its configured threshold;
false-positive rate is the share of benign items blocked. PII: exact span matches (start, end, entity).
Every figure is reported per split: ``dev`` (used while writing the patterns, and to train the classifier),
``heldout`` (never used to write patterns; used to choose the classifier's settings), ``valid`` (a second
independent writer's set, ``valid/``, used to tune the classifier), ``valid2``, ``valid3`` and ``valid4`` (eight more writers
each, built the same way, ``valid2/`` …: tuning, each after the round it tested), ``blind`` (a first independent writer's set,
``blind/``: never trained or tuned on; see the README for when it was looked at), ``blind2`` (four more
independent writers, ``blind2/``: never trained, tuned or read), ``blind3`` (eight more, ``blind3/``: the same rules) and, for the ``public`` set,
the held-out share of the public training sources (``train/public_*.jsonl.gz``, rows with ``split == "heldout"``).
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corral.guards._base import Stage
from corral.guards.injection import PACKAGED, InjectionFilter, _Packaged
from corral.guards.pii import DEFAULT_ENTITIES, PiiDetector

__all__ = ["DetectionRow", "EvalReport", "PiiRow", "evaluate", "load_jsonl"]


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Rows of a JSONL file, plain or gzip-compressed (``.gz``)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass
class DetectionRow:
    """One (guard, set, split, group) cell: injections caught and benign items falsely blocked."""

    dataset: str
    split: str
    group: str
    injections: int = 0
    caught: int = 0
    flagged: int = 0  # injections caught or flagged (score >= flag_threshold)
    benign: int = 0
    false_positives: int = 0
    benign_flagged: int = 0
    missed_ids: list[str] = field(default_factory=list)
    fp_ids: list[str] = field(default_factory=list)

    @property
    def detection_rate(self) -> float | None:
        return self.caught / self.injections if self.injections else None

    @property
    def flag_rate(self) -> float | None:
        return self.flagged / self.injections if self.injections else None

    @property
    def benign_flag_rate(self) -> float | None:
        return self.benign_flagged / self.benign if self.benign else None

    @property
    def fp_rate(self) -> float | None:
        return self.false_positives / self.benign if self.benign else None


@dataclass
class PiiRow:
    split: str
    entity: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class EvalReport:
    detection: list[DetectionRow]
    pii: list[PiiRow]


def _detection(rows: list[dict[str, Any]], dataset: str, filt: InjectionFilter, group_key: str,
               tick: Callable[[], None] | None = None) -> list[DetectionRow]:
    cells: dict[tuple[str, str], DetectionRow] = {}
    stage: Stage = "input" if dataset == "direct" else "tool_result"
    for row in rows:
        if tick is not None:
            tick()
        result = filt.check(row["text"], stage=stage)
        blocked, noticed = result.blocked, result.verdict != "pass"
        for group in ("all", f"{group_key}={row[group_key]}"):
            cell = cells.setdefault((row["split"], group), DetectionRow(dataset, row["split"], group))
            if row["label"] == "injection":
                cell.injections += 1
                cell.caught += blocked
                cell.flagged += noticed
                if not blocked:
                    cell.missed_ids.append(row["id"])
            else:
                cell.benign += 1
                cell.false_positives += blocked
                cell.benign_flagged += noticed
                if blocked:
                    cell.fp_ids.append(row["id"])
    return sorted(cells.values(), key=lambda c: (c.split, c.group != "all", c.group))


def _pii(rows: list[dict[str, Any]], detector: PiiDetector) -> list[PiiRow]:
    cells: dict[tuple[str, str], PiiRow] = {}

    def cell(split: str, entity: str) -> PiiRow:
        return cells.setdefault((split, entity), PiiRow(split, entity))

    for row in rows:
        gold = {(s["start"], s["end"], s["entity"]) for s in row["spans"]}
        found = {(f.start, f.end, f.entity) for f in detector.analyze(row["text"])}
        for split in (row["split"], "all"):
            for span in found & gold:
                cell(split, span[2]).tp += 1
                cell(split, "ALL").tp += 1
            for span in found - gold:
                cell(split, span[2]).fp += 1
                cell(split, "ALL").fp += 1
            for span in gold - found:
                cell(split, span[2]).fn += 1
                cell(split, "ALL").fn += 1
    order = {e: i for i, e in enumerate((*DEFAULT_ENTITIES, "ALL"))}
    return sorted(cells.values(), key=lambda c: (c.split, order.get(c.entity, 99), c.entity))


def detection_sets(data_dir: Path) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(set name, group key, rows) for every injection set under ``data_dir``: ``tool_outputs`` and ``direct``
    (with the ``valid*/`` and ``blind*/`` rows), and ``public`` (held-out rows of ``train/public_*.jsonl.gz``)."""
    out: list[tuple[str, str, list[dict[str, Any]]]] = []
    for name, group_key in (("tool_outputs", "kind"), ("direct", "source")):
        rows: list[dict[str, Any]] = []
        for folder in (data_dir, *(data_dir / d for d in ("valid", "valid2", "valid3", "valid4", "blind", "blind2", "blind3"))):
            for path in (folder / f"{name}.jsonl", folder / f"{name}.jsonl.gz"):
                if path.exists():
                    rows += load_jsonl(path)
        if rows:
            out.append((name, group_key, rows))
    public = [r for f in ("public_injections.jsonl.gz", "public_benign.jsonl.gz")
              if (data_dir / "train" / f).exists() for r in load_jsonl(data_dir / "train" / f)
              if r.get("split") == "heldout"]
    if public:
        out.append(("public", "source", public))
    return out


def evaluate(data_dir: Path, *, threshold: float = 0.7,
             classifier_stages: tuple[Stage, ...] = ("input", "tool_result"),
             tick: Callable[[], None] | None = None, classifier: _Packaged = PACKAGED) -> EvalReport:
    """Run the injection filter on every detection set (:func:`detection_sets`) and the PII detector on
    ``pii.jsonl`` found in ``data_dir``. The packaged ``classifier`` judges the ``classifier_stages`` (``input``
    = the ``direct`` set, ``tool_result`` = the others; by default both, as agents run); ``tick`` is
    called once per row (progress)."""
    filt = InjectionFilter(threshold=threshold, classifier=classifier if classifier_stages else None,
                           classifier_stages=classifier_stages)
    detection: list[DetectionRow] = []
    for name, group_key, rows in detection_sets(data_dir):
        detection += _detection(rows, name, filt, group_key, tick)
    pii_path = data_dir / "pii.jsonl"
    pii_rows = _pii(load_jsonl(pii_path), PiiDetector()) if pii_path.exists() else []
    return EvalReport(detection, pii_rows)


def by_source(rows: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[r["source"]] += 1
    return dict(counts)
