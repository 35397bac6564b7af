"""The command line: ``hhdesk`` opens the window; sub-commands work on the data without it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hhdesk import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hhdesk", description="A desktop workbench for headhunters.")
    parser.add_argument("--version", action="version", version=f"hhdesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: the user's data folder, or $HHDESK_DATA_DIR)")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on the demo agency (loaded into an empty data folder; without "
                             "--data-dir a separate 'demo' folder is used)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = sub.add_parser("export-data", help="write the whole database as one JSON document")
    export.add_argument("file", type=Path)
    imp = sub.add_parser("import-data", help="load a JSON document written by export-data")
    imp.add_argument("file", type=Path)
    imp.add_argument("--replace", action="store_true", help="replace the data already in the database")
    sub.add_parser("load-demo", help="load the demo agency into the data folder (replacing its data)")
    resumes = sub.add_parser("import", help="import resume files or folders as candidates (like a drop)")
    resumes.add_argument("paths", nargs="+", type=Path, metavar="FILE")
    parse = sub.add_parser("parse", help="parse resume files and print the fields found (stores nothing)")
    parse.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parse.add_argument("--json", action="store_true", help="print a JSON array, one object per file")
    parse.add_argument("--region", default="CN", help="default phone region, ISO 3166 alpha-2 (default: CN)")
    match = sub.add_parser("match", help="rank candidates for a position, or positions for a candidate")
    which = match.add_mutually_exclusive_group(required=True)
    which.add_argument("--position", type=int, metavar="ID", help="rank every candidate for this position")
    which.add_argument("--candidate", type=int, metavar="ID", help="rank the open positions for this candidate")
    match.add_argument("--top", type=int, default=20, metavar="N", help="how many to show (default 20; 0: all)")
    match.add_argument("--lang", choices=("en", "zh"), default="en", help="language of the sentences")
    match.add_argument("--json", action="store_true", help="print JSON instead of a table")
    report = sub.add_parser("report", help="render a recommendation report (or a shortlist) to a PDF file")
    report.add_argument("--position", type=int, required=True, metavar="ID")
    report.add_argument("--candidate", type=int, metavar="ID", help="the candidate recommended")
    report.add_argument("--shortlist", action="store_true", help="several candidates in one PDF (--candidates)")
    report.add_argument("--candidates", metavar="ID,ID,...", help="the shortlist's candidates, in order")
    report.add_argument("--anonymous", action="store_true", help="no name, phone, e-mail or address")
    report.add_argument("--hide-employer", action="store_true", help="anonymous: no current employer either")
    report.add_argument("--employer-description", default="", metavar="TEXT",
                        help='what to print instead of the employer, e.g. "a leading logistics company"')
    report.add_argument("--lang", choices=("en", "zh"), default="en")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    return parser


def _report(services, args: argparse.Namespace) -> int:  # noqa: ANN001
    """``hhdesk report``: the same PDF as the window's Save, recorded in the submission ledger."""
    from hhdesk.core.records import ReportOptions

    options = ReportOptions(lang=args.lang, anonymous=args.anonymous, include_employer=not args.hide_employer,
                            employer_description=args.employer_description)
    if args.hide_employer and not args.anonymous:
        raise ValueError("--hide-employer goes with --anonymous")
    if args.shortlist:
        try:
            ids = [int(x) for x in (args.candidates or "").split(",") if x.strip()]
        except ValueError as exc:
            raise ValueError("--candidates takes ids separated by commas, e.g. 3,7,12") from exc
        if not ids:
            raise ValueError("--shortlist needs --candidates ID,ID,...")
        services.reports.save_shortlist(args.position, ids, args.output, options)
        print(f"Wrote the shortlist of {len(ids)} candidates to {args.output}")
        return 0
    if args.candidate is None:
        raise ValueError("say which candidate: --candidate ID (or --shortlist --candidates ID,ID,...)")
    services.reports.save(args.candidate, args.position, args.output, options)
    print(f"Wrote {args.output}")
    return 0


def _data_dir(args: argparse.Namespace) -> Path:
    from hhdesk.core.paths import default_data_dir, resolve_data_dir

    if args.data_dir is None and args.demo:
        return resolve_data_dir(default_data_dir() / "demo")
    return resolve_data_dir(args.data_dir)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "parse":  # reads files only: no data folder, no database
        from hhdesk.core.parsing.report import print_parse_report

        return print_parse_report(args.files, as_json=args.json, region=args.region)
    data_dir = _data_dir(args)
    if args.command is None:
        from hhdesk.app import run_gui

        return run_gui(data_dir, demo=args.demo)
    from hhdesk.core.interchange import InterchangeError, export_data, import_data
    from hhdesk.core.records import NotFoundError
    from hhdesk.core.services import build_services

    services = build_services(data_dir)
    try:
        if args.command == "export-data":
            counts = export_data(services.engine, args.file)
            print(f"Exported {sum(counts.values())} rows to {args.file}")
        elif args.command == "import-data":
            counts = import_data(services.engine, args.file, replace=args.replace)
            print(f"Imported {sum(counts.values())} rows from {args.file} into {data_dir}")
        elif args.command == "import":
            from hhdesk.core.resume_files import expand_resume_paths

            outcomes = services.candidates.import_resumes(expand_resume_paths(args.paths))
            for outcome in outcomes:
                who = f"{outcome.full_name} (#{outcome.candidate_id})"
                detail = outcome.message if outcome.status == "failed" else who
                print(f"{outcome.status:9} {outcome.path}: {detail}")
            failed = sum(o.status == "failed" for o in outcomes)
            print(f"{len(outcomes)} files, {failed} failed")
        elif args.command == "match":
            from hhdesk.core.match_report import print_match

            return print_match(services, args.position, args.candidate, args.top or None, args.lang, args.json)
        elif args.command == "report":
            return _report(services, args)
        elif args.command == "load-demo":
            from hhdesk.app import load_demo

            counts = load_demo(services)
            print(f"Loaded the demo agency ({counts.get('company', 0)} companies, "
                  f"{counts.get('candidate', 0)} candidates) into {data_dir}")
    except (InterchangeError, NotFoundError, ValueError, OSError) as exc:
        print(f"hhdesk: {exc}", file=sys.stderr)
        return 2
    finally:
        services.close()
    return 0
