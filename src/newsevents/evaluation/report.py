"""The result of one evaluation run: named figures, a table, and what was skipped."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Report:
    dataset: str
    documents: int = 0
    # metric name -> value (floats are rates in [0, 1] unless the name says otherwise)
    figures: dict[str, Any] = field(default_factory=dict)
    # optional sub-tables: name -> {metric: value}
    breakdown: dict[str, dict[str, Any]] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "documents": self.documents,
            "figures": self.figures,
            "breakdown": self.breakdown,
            "skipped": self.skipped,
            "notes": self.notes,
        }

    def render(self) -> str:
        def fmt(v: Any) -> str:
            return f"{v:.3f}" if isinstance(v, float) else str(v)

        lines = [f"{self.dataset}: {self.documents} document(s)"]
        width = max((len(k) for k in self.figures), default=10)
        lines += [f"  {k:<{width}}  {fmt(v)}" for k, v in self.figures.items()]
        for name, table in self.breakdown.items():
            lines.append(f"  [{name}]")
            w = max((len(k) for k in table), default=10)
            lines += [f"    {k:<{w}}  {fmt(v)}" for k, v in table.items()]
        if self.skipped:
            lines.append("  skipped: " + ", ".join(f"{k} {v}" for k, v in self.skipped.items()))
        lines += [f"  note: {n}" for n in self.notes]
        return "\n".join(lines) + "\n"
