"""The sections of one candidate's recommendation, as Platypus flowables.

Every user string goes through :func:`markup` (escaped) before it reaches a Paragraph, so a name such as
``<b>&</para>`` prints literally. Labels come from ``report_text.LABELS`` in the report's language.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.tables import Table

from hhdesk.core.reports.report_charts import radar_chart, score_bar
from hhdesk.core.reports.report_model import CareerLine, RecommendationInput
from hhdesk.core.reports.report_styles import CONTENT_WIDTH, RULE, ReportStyles, RoomFor
from hhdesk.core.reports.report_text import clean, join, labels, markup

_DASH = "—"


class SectionWriter:
    """Builds the flowables of one candidate's report in its language and brand."""

    def __init__(self, data: RecommendationInput, styles: ReportStyles) -> None:
        self.d, self.s, self.lab = data, styles, labels(data.language)

    # -- small pieces --------------------------------------------------------------------------------------
    def text(self, value: object, style: str = "body") -> Any:
        return self.s.para(markup(value) or _DASH, style)

    def value(self, value: object) -> Any:
        """A table value; a (package, yearly total) pair prints the total small under the package."""
        if isinstance(value, tuple):
            main, extra = (clean(v) for v in value)
            if main and extra:
                return self.s.para(f"{markup(main)}<br/><font size=\"7.5\" color=\"#5B6673\">{markup(extra)}</font>")
            value = main
        return self.text(value)

    def label(self, key: str, style: str = "label") -> Any:
        return self.s.para(markup(self.lab[key]), style)

    def bullets(self, items: tuple[str, ...] | list[str], style: str = "bullet") -> list[Any]:
        return [self.s.para(markup(item), style, "•") for item in items]

    def group(self, key: str, body: list[Any]) -> list[Any]:
        """A labelled block inside a section (the label and its first paragraph), or nothing when empty."""
        return [self.label(key, "sublabel"), *body] if body else []

    # -- the title and key figures -------------------------------------------------------------------------
    def title(self, counter: str = "") -> list[Any]:
        d, lab = self.d, self.lab
        out: list[Any] = []
        if counter:
            out.append(self.s.para(markup(counter), "small"))
        out.append(self.s.para(markup(d.candidate_name) or _DASH, "title"))
        target = join([d.position_title, d.client_company, d.position_city])
        out.append(self.s.para(f"{markup(lab['for'])}{lab['colon']}{markup(target) or _DASH}", "subtitle"))
        out.append(Spacer(1, 3 * mm))
        figures = self.figures()
        if figures:
            out.append(figures)
        return out

    def figures(self) -> Table | None:
        """The strip of key figures a client reads first: match, experience, expected package, availability."""
        d, lab = self.d, self.lab
        items: list[tuple[str, str]] = []
        if "match" in d.sections and d.match_total is not None:
            items.append((lab["overall"], f"{d.match_total} / 100"))
        if "snapshot" in d.sections:
            if clean(d.years_experience):
                items.append((lab["years"], lab["years_value"].format(years=clean(d.years_experience))))
            if clean(d.expected_salary):
                items.append((lab["expected_package"], clean(d.expected_salary)))
            availability = clean(d.availability_short) or clean(d.current_status)
            if availability:
                items.append((lab["availability"], availability))
        if not items:
            return None
        width = CONTENT_WIDTH / len(items)
        cells = [[self.s.para(markup(value), "figure"), self.s.para(markup(name), "figure_label")]
                 for name, value in items]
        style = [("BACKGROUND", (0, 0), (-1, -1), self.s.pale),
                 ("LINEBEFORE", (1, 0), (-1, -1), 0.5, self.s.mid),
                 ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                 ("LEFTPADDING", (0, 0), (-1, -1), 9)]
        return self.s.table([cells], [width] * len(items), style)

    # -- sections -------------------------------------------------------------------------------------------
    def snapshot(self) -> list[Any]:
        d = self.d
        pairs: list[tuple[str, object]] = [
            ("current_title", d.current_title), ("current_company", d.current_company),
            ("years", self.lab["years_value"].format(years=clean(d.years_experience))
             if clean(d.years_experience) else ""),
            ("location", d.city), ("availability", d.current_status),
        ]
        if clean(d.interview_availability):
            pairs.append(("interviews", d.interview_availability))
        pairs += [("current_package", (d.current_salary, d.current_annual)),
                  ("expected_package", (d.expected_salary, d.expected_annual))]
        if clean(d.intention):
            pairs.append(("interest", d.intention))
        if not d.anonymous:
            pairs += [(key, value) for key, value in (("email", d.email), ("phone", d.phone),
                                                       ("wechat", d.wechat)) if clean(value) or key != "wechat"]
        cells = [[self.label(key), self.value(value)] for key, value in pairs]
        if len(cells) % 2:
            cells.append(["", ""])
        rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
        label_w = 31 * mm
        value_w = CONTENT_WIDTH / 2 - label_w
        style = [("BACKGROUND", (0, 0), (0, -1), self.s.pale), ("BACKGROUND", (2, 0), (2, -1), self.s.pale),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE), ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE)]
        table = self.s.table(rows, [label_w, value_w, label_w, value_w], style)
        return self.s.section(self.lab["snapshot"], [table])

    def assessment(self) -> list[Any]:
        d = self.d

        def text(value: str) -> list[Any]:
            return [self.text(value)] if clean(value) else []

        groups = [group for group in (
            self.group("why", text(d.assessment)),
            self.group("direction", text(d.job_search_direction)),
            self.group("motivation", text(d.reasons_for_change)),
            self.group("wants", text(d.next_company_requirements)),
            self.group("strengths", self.bullets(d.strengths)),
            self.group("risks", self.bullets(d.risks)),
            self.group("culture_fit", self.culture()),
        ) if group]
        if not groups:
            return []
        # A sub-label never ends a page alone; a short block (the culture fit and its notes) stays whole.
        rest = [item for group in groups[1:] for item in (RoomFor(group, 30 * mm), *group)]
        return self.s.section(self.lab["assessment"], [*groups[0], *rest], keep=len(groups[0]), cap=30 * mm)

    def culture(self) -> list[Any]:
        d, lab = self.d, self.lab
        out: list[Any] = []
        if clean(d.culture_fit):
            out.append(self.text(d.culture_fit))
        for key, value in (("values", d.company_values), ("leadership", d.leadership_style)):
            if clean(value):
                out.append(self.s.para(f"{markup(lab[key])}{lab['colon']}{markup(value)}", "small"))
        return out

    def match(self) -> list[Any]:
        d, lab, s = self.d, self.lab, self.s
        total = f"{d.match_total} / 100" if d.match_total is not None else lab["unknown"]
        summary: list[Any] = [self.label("overall"), s.para(markup(total), "big"), Spacer(1, 3 * mm)]
        for key, skills in (("matched", d.matched_skills), ("missing", d.missing_skills)):
            if skills or key == "matched":
                summary.append(self.label(key))
                summary.append(self.text(lab["list_sep"].join(skills) if skills else lab["none"]))
                summary.append(Spacer(1, 2 * mm))
        radar = radar_chart(d.criteria, s, d.language, 80 * mm, 60 * mm)
        if radar is not None:
            overview = s.table([[radar, summary]], [84 * mm, CONTENT_WIDTH - 84 * mm],
                               [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)])
        else:
            overview = s.table([[summary]], [CONTENT_WIDTH])
        blocks: list[Any] = [overview]
        if d.criteria:
            rows: list[list[Any]] = [[self.label(k, "cell_head") for k in ("criterion", "score", "explanation")]]
            for line in d.criteria:
                rows.append([self.text(line.label, "cell"), score_bar(line.score, s, d.language, 32 * mm),
                             self.text(line.explanation, "cell")])
            style = [("BACKGROUND", (0, 0), (-1, 0), s.pale), ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                     ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE), ("TOPPADDING", (1, 0), (1, -1), 5)]
            table = s.table(rows, [36 * mm, 38 * mm, CONTENT_WIDTH - 74 * mm], style, padding=4)
            table.repeatRows = 1
            blocks += [Spacer(1, 3 * mm), table]
        return s.section(lab["match"], blocks)

    def career(self) -> list[Any]:
        d = self.d
        if not d.career:
            note = clean(d.career_note)
            return self.s.section(self.lab["career"], [self.s.para(markup(note), "small")]) if note else []
        return self.s.section(self.lab["career"], [self.career_row(line) for line in d.career], cap=40 * mm)

    def career_row(self, line: CareerLine) -> Flowable:
        s, lab = self.s, self.lab
        period = s.para(markup(line.period), "period")
        if line.kind == "gap":
            text = f"{markup(lab['gap'])}"
            if line.notes:
                text += lab["colon"] + "<br/>".join(markup(n) for n in line.notes)
            body: list[Any] = [s.para(text, "small")]
            style = [("BACKGROUND", (0, 0), (-1, -1), s.pale), ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]
        else:
            body = [s.para(markup(line.title) or _DASH, "job_title")]
            if clean(line.company):
                body.append(s.para(markup(line.company), "small"))
            body += [s.para(markup(n), "small") for n in line.notes if clean(n)]
            style = [("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]
        return s.table([[period, body]], [34 * mm, CONTENT_WIDTH - 34 * mm], style, padding=5)

    def education(self) -> list[Any]:
        d = self.d
        pairs = [(key, value) for key, value in (("degree", d.education), ("languages", d.languages),
                                                  ("skills", d.skills)) if clean(value)]
        if not pairs:
            return []
        rows = [[self.label(key), self.text(value)] for key, value in pairs]
        style = [("BACKGROUND", (0, 0), (0, -1), self.s.pale), ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                 ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE)]
        table = self.s.table(rows, [34 * mm, CONTENT_WIDTH - 34 * mm], style)
        return self.s.section(self.lab["education"], [table])

    def story(self, counter: str = "") -> list[Any]:
        """The title, then the chosen sections in their fixed order."""
        out = self.title(counter)
        builders = {"snapshot": self.snapshot, "assessment": self.assessment, "match": self.match,
                    "career": self.career, "education": self.education}
        for key, build in builders.items():
            if key in self.d.sections:
                out += build()
        return out
