"""One self-contained HTML page (no network, no external assets) for content editors."""

from __future__ import annotations

from html import escape

from bot.evaluation.evaluate import Evaluation

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}td,th{padding:.25rem .5rem;text-align:left;border-bottom:1px solid #eee}
.bar{background:#e6e6e6;width:160px;height:.8rem;display:inline-block;vertical-align:middle;margin-right:.4rem}
.fill{display:block;background:#2f6db5;height:100%}.bad .fill{background:#c0392b}
.num{text-align:left;white-space:nowrap;font-variant-numeric:tabular-nums}
.pass{color:#1e7b34;font-weight:bold}.fail{color:#c0392b;font-weight:bold}small{color:#555}
"""


def _bar(value: float) -> str:
    klass = "bar bad" if value < 0.8 else "bar"
    # The fill is display:block (in the CSS): an inline span ignores its width and draws nothing.
    fill = f'<span class="fill" style="width:{value * 100:.0f}%"></span>'
    return f'<span class="{klass}" aria-hidden="true">{fill}</span>'


def _pct(value: float) -> str:
    return f"{value:.1%}"


def report_html(result: Evaluation) -> str:
    ours, base, cv = result.ours, result.baseline, result.cross_validation
    failures = result.gate_failures()
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>allbot evaluation</title>"
             f"<style>{_STYLE}</style></head><body><h1>allbot evaluation</h1>",
             "<p class='pass'>Gate: PASS</p>" if not failures else
             "<p class='fail'>Gate: FAIL</p><ul>" + "".join(f"<li>{escape(f)}</li>" for f in failures) + "</ul>",
             "<h2>Overall</h2><table><tr><th></th><th>In-scope top-1</th><th>Abstained</th>"
             "<th>Out-of-scope rejected</th></tr>"]
    for figures in (ours, base):
        parts.append(f"<tr><td>{escape(figures.name)}</td>"
                     + "".join(f"<td class='num'>{_bar(v)} {_pct(v)}</td>" for v in
                               (figures.in_scope_accuracy, figures.abstention_rate, figures.out_of_scope_rejection))
                     + "</tr>")
    parts.append(f"<tr><td>cross-validation ({cv.folds}-fold on examples)</td><td class='num'>{_bar(cv.accuracy)} "
                 f"{_pct(cv.accuracy)}</td><td class='num'>{_pct(cv.abstention_rate)}</td><td></td></tr></table>")
    parts.append(f"<p><small>{result.sizes['in_scope']} in-scope phrases, {result.sizes['out_of_scope_test']} "
                 f"out-of-scope (test half). Latency: median {result.latency.median_ms:.2f} ms, "
                 f"p99 {result.latency.p99_ms:.2f} ms per message.</small></p>")
    if result.safety is not None:
        s = result.safety
        parts.append("<h2>Safety</h2><table><tr><th>Level</th><th>Red-flag recall</th><th>Cases</th></tr>")
        for level, value in s.recall_by_level.items():
            parts.append(f"<tr><td>{level}</td><td class='num'>{_bar(value)} {_pct(value)}</td>"
                         f"<td class='num'>{s.cases_by_level[level]}</td></tr>")
        parts.append(f"</table><p>False alarms on benign messages: {_pct(s.false_alarm_rate)} of {s.benign_cases}"
                     f"{' (' + escape(', '.join(s.false_alarms)) + ')' if s.false_alarms else ''}. "
                     f"Missed: {escape(', '.join(s.missed)) or 'none'}.</p>")
    parts.append("<h2>Per intent</h2><table><tr><th>Intent</th><th>Precision</th><th>Recall</th><th>F1</th>"
                 "<th>n</th></tr>")
    for p in sorted(ours.per_intent, key=lambda p: (p.f1, p.intent)):
        parts.append(f"<tr><td>{escape(p.intent)}</td>" + "".join(
            f"<td class='num'>{_bar(v)} {v:.2f}</td>" for v in (p.precision, p.recall, p.f1))
            + f"<td class='num'>{p.support}</td></tr>")
    parts.append("</table><h2>Most confused pairs</h2><table><tr><th>Expected</th><th>Got</th><th>Phrases</th></tr>")
    for c in ours.confusions:
        phrases = "<br>".join(escape(text) for text in c.phrases)
        parts.append(f"<tr><td>{escape(c.expected)}</td><td>{escape(c.predicted)}</td><td>{phrases}</td></tr>")
    parts.append("</table><h2>Phrases that fell to the fallback</h2><table><tr><th>Expected</th><th>Phrase</th></tr>")
    for expected, text in ours.fell_to_fallback:
        parts.append(f"<tr><td>{escape(expected)}</td><td>{escape(text)}</td></tr>")
    parts.append("</table><h2>Out-of-scope phrases that got an answer</h2><table><tr><th>Phrase</th>"
                 "<th>Answered as</th></tr>")
    for text, intent in ours.accepted_out_of_scope:
        parts.append(f"<tr><td>{escape(text)}</td><td>{escape(intent)}</td></tr>")
    parts.append("</table></body></html>")
    return "".join(parts)
