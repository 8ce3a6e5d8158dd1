import logging
import sys
import time

rec = logging.LogRecord("app", logging.WARNING, "/x/y/mod.py", 12, "hello %s", ("world",),
                        None, "func")
rec.created = 1700000000.125
rec.msecs = 125.0

def fmt(*args, **kwargs):
    try:
        f = logging.Formatter(*args, **kwargs)
        f.converter = time.gmtime
        return f.format(rec)
    except (ValueError, KeyError) as e:
        return "%s: %s" % (type(e).__name__, e)

print(fmt())
print(fmt("%(levelname)s:%(name)s:%(message)s"))
print(fmt("%(levelno)03d|%(lineno)-5d|%(funcName)s|%(module)s|%(filename)s"))
print(fmt("[%(asctime)s] %(message)s"))
print(fmt("[%(asctime)s] %(message)s", datefmt="%H:%M"))
print(fmt("{levelname}/{name}/{message}", style="{"))
print(fmt("{levelname:>10}|{lineno:04d}|{asctime}", style="{"))
print(fmt("$levelname ${name} $message", style="$"))
print(fmt("${asctime} $message", style="$"))
print(fmt("%(custom)s", defaults={"custom": "dflt"}))
print(fmt("%(nofield)s"))
print(fmt("%(nofield)s", validate=False))
print(fmt("no fields"))
print(fmt("no fields", validate=False))
print(fmt("{nofield}", style="{"))
print(fmt("{ bad}", style="{"))
print(fmt("{x!z}", style="{"))
print(fmt("{x:^^^}", style="{"))
print(fmt("plain", style="{"))
print(fmt("$ bare $message", style="$"))
print(fmt("plain", style="$"))
print(fmt("x", style="#"))

f = logging.Formatter("%(message)s")
print(f.usesTime(), logging.Formatter("%(asctime)s").usesTime(),
      logging.Formatter("{asctime}", style="{").usesTime(),
      logging.Formatter("$asctime", style="$").usesTime())
print(f._fmt, logging.Formatter()._fmt, logging.Formatter(style="{")._fmt,
      logging.Formatter(style="$")._fmt)
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format)

class MsFormatter(logging.Formatter):
    converter = time.gmtime
    default_msec_format = "%s.%03d"
print(MsFormatter("%(asctime)s").format(rec))
class NoMs(logging.Formatter):
    converter = time.gmtime
    default_time_format = "%d/%m/%Y"
    default_msec_format = None
print(NoMs("%(asctime)s").format(rec))
print(logging.Formatter().formatTime(rec, "%Y") == time.strftime("%Y", time.localtime(rec.created)))

# exceptions and stacks
try:
    raise ValueError("bad value")
except ValueError:
    ei = sys.exc_info()
r = logging.LogRecord("app", logging.ERROR, "p.py", 1, "oops", None, ei)
out = logging.Formatter("%(levelname)s %(message)s").format(r)
lines = out.splitlines()
print(lines[0], lines[1], lines[-1])
print(r.exc_text.splitlines()[-1], out.endswith("\n"))
r.exc_info = None
print(logging.Formatter().format(r).splitlines()[-1])
r2 = logging.LogRecord("app", logging.ERROR, "p.py", 1, "with stack\n", None, None, sinfo="Stack here")
print(repr(logging.Formatter().format(r2)))
print(logging.Formatter().formatStack("S"))
print(logging.Formatter().formatException((KeyError, KeyError("k"), None)))

# BufferingFormatter
recs = [logging.makeLogRecord({"msg": "m%d" % i, "levelname": "INFO", "name": "b"}) for i in range(3)]
bf = logging.BufferingFormatter()
print(repr(bf.format(recs)), repr(bf.format([])))
class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "<%d>" % len(records)
    def formatFooter(self, records):
        return "</>"
print(Framed(logging.Formatter("%(name)s:%(message)s;")).format(recs))
print(repr(Framed().format([])))

# Filter
flt = logging.Filter("a.b")
for name in ("a.b", "a.b.c", "a.bc", "a", "b", "a.b.c.d"):
    print(name, flt.filter(logging.makeLogRecord({"name": name})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "anything"})))
