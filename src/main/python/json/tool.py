"""python -m json.tool: validates JSON and pretty-prints it (from a file or stdin)."""

import json
import sys

_USAGE = ("usage: python -m json.tool [-h] [--sort-keys] [--no-ensure-ascii] [--json-lines]\n"
          "                           [--indent INDENT | --tab | --no-indent | --compact]\n"
          "                           [infile] [outfile]\n")


def _options(argv):
    opts = {"sort_keys": False, "ensure_ascii": True, "json_lines": False, "indent": 4,
            "separators": None, "files": []}
    args = iter(argv)
    for a in args:
        if a in ("-h", "--help"):
            sys.stdout.write(_USAGE)
            raise SystemExit(0)
        elif a == "--sort-keys":
            opts["sort_keys"] = True
        elif a == "--no-ensure-ascii":
            opts["ensure_ascii"] = False
        elif a == "--json-lines":
            opts["json_lines"] = True
        elif a == "--tab":
            opts["indent"] = "\t"
        elif a == "--no-indent":
            opts["indent"] = None
        elif a == "--compact":
            opts["indent"] = None
            opts["separators"] = (",", ":")
        elif a == "--indent" or a.startswith("--indent="):
            value = a.partition("=")[2] if "=" in a else next(args, None)
            try:
                opts["indent"] = int(value)
            except (TypeError, ValueError):
                sys.stderr.write(_USAGE + "python -m json.tool: error: argument --indent: "
                                 "invalid int value: %r\n" % value)
                raise SystemExit(2)
        elif a.startswith("-") and a != "-":
            sys.stderr.write(_USAGE + "python -m json.tool: error: unrecognized arguments: %s\n" % a)
            raise SystemExit(2)
        else:
            opts["files"].append(a)
    if len(opts["files"]) > 2:
        sys.stderr.write(_USAGE + "python -m json.tool: error: unrecognized arguments: %s\n"
                         % " ".join(opts["files"][2:]))
        raise SystemExit(2)
    return opts


def main():
    opts = _options(sys.argv[1:])
    files = opts["files"]
    infile = open(files[0], encoding="utf-8") if files and files[0] != "-" else sys.stdin
    dump_args = {"sort_keys": opts["sort_keys"], "indent": opts["indent"],
                 "ensure_ascii": opts["ensure_ascii"]}
    if opts["separators"] is not None:
        dump_args["separators"] = opts["separators"]
    try:
        with infile:
            if opts["json_lines"]:
                objs = [json.loads(line) for line in infile]
            else:
                objs = [json.load(infile)]
        outfile = open(files[1], "w", encoding="utf-8") if len(files) > 1 else sys.stdout
        with outfile:
            for obj in objs:
                json.dump(obj, outfile, **dump_args)
                outfile.write("\n")
    except ValueError as e:
        raise SystemExit(e)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
