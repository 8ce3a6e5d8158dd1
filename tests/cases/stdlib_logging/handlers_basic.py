import io
import logging
import os
import sys
import tempfile

log = logging.getLogger("h")
log.propagate = False

# StreamHandler to a StringIO and to sys.stdout
buf = io.StringIO()
sh = logging.StreamHandler(buf)
sh.setFormatter(logging.Formatter("%(levelname)s|%(message)s"))
log.addHandler(sh)
log.warning("one")
log.error("two %d", 2)
sh.terminator = "$\n"
log.warning("three")
print(repr(buf.getvalue()))
print(repr(sh), sh.stream is buf)
old = sh.setStream(sys.stdout)
print(old is buf, sh.setStream(sys.stdout))
log.warning("to stdout")
sh.terminator = "\n"
print(repr(sh))
log.removeHandler(sh)

# Handler levels and filters
out = logging.StreamHandler(sys.stdout)
out.setLevel(logging.ERROR)
log.addHandler(out)
log.warning("dropped by handler level")
log.error("kept")
out.setLevel(logging.NOTSET)
out.addFilter(lambda r: "secret" not in r.getMessage())
log.warning("a secret")
log.warning("public")
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
f = OnlyOdd()
log.addFilter(f)
for i in range(4):
    log.warning("n=%d", i)
log.removeFilter(f)
print(len(log.filters), len(out.filters))
print(out.formatter, out.level, out.name)
out.set_name("console")
print(out.get_name(), out.name)
log.removeHandler(out)

# FileHandler
d = tempfile.mkdtemp()
path = os.path.join(d, "test.log")
fh = logging.FileHandler(path, mode="w", encoding="utf-8")
print(fh.baseFilename == os.path.abspath(path), fh.mode, fh.encoding, fh.delay)
fh.setFormatter(logging.Formatter("%(name)s %(message)s"))
log.addHandler(fh)
log.warning("to file %s", "é")
fh.close()
print(repr(open(path, encoding="utf-8").read()), fh.stream)
log.removeHandler(fh)
path2 = os.path.join(d, "delayed.log")
dh = logging.FileHandler(path2, delay=True)
print(dh.stream, os.path.exists(path2), dh.mode)
log.addHandler(dh)
log.warning("delayed")
log.warning("again")
dh.close()
log.removeHandler(dh)
print(repr(open(path2).read()))
dh2 = logging.FileHandler(path2)
dh2.emit(logging.makeLogRecord({"msg": "appended"}))
dh2.close()
print(repr(open(path2).read()))

# lastResort: writes only the message to sys.stderr when no handler exists
saved = sys.stderr
sys.stderr = io.StringIO()
nolog = logging.getLogger("nohandlers")
nolog.warning("last %s", "resort")
nolog.info("too low")
captured = sys.stderr.getvalue()
sys.stderr = saved
print(repr(captured), repr(logging.lastResort), logging.lastResort.level)
logging.lastResort = None
sys.stderr = io.StringIO()
nolog.warning("nothing")
nolog.warning("nothing twice")
captured = sys.stderr.getvalue()
sys.stderr = saved
print(repr(captured))
logging.lastResort = logging._defaultLastResort

# handleError
class Broken(logging.Handler):
    def emit(self, record):
        try:
            raise RuntimeError("cannot emit")
        except Exception:
            self.handleError(record)
b = Broken()
log.addHandler(b)
sys.stderr = io.StringIO()
log.warning("msg %s", "arg")
captured = sys.stderr.getvalue().splitlines()
sys.stderr = saved
print(captured[0], captured[1], "RuntimeError: cannot emit" in captured, "Call stack:" in captured)
print(captured[-2:])
logging.raiseExceptions = False
sys.stderr = io.StringIO()
log.warning("silent")
print(repr(sys.stderr.getvalue()))
sys.stderr = saved
logging.raiseExceptions = True
log.removeHandler(b)

# bad format arguments are reported, not raised
sh2 = logging.StreamHandler(sys.stdout)
log.addHandler(sh2)
sys.stderr = io.StringIO()
log.warning("%d", "notanumber")
captured = sys.stderr.getvalue().splitlines()
sys.stderr = saved
print(captured[0], captured[-2:], [l for l in captured if l.startswith("TypeError")])
log.removeHandler(sh2)

# NullHandler and the base Handler
n = logging.NullHandler()
print(n.lock, n.handle(logging.makeLogRecord({})))
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
h = logging.Handler()
print(h.format(logging.makeLogRecord({"msg": "default fmt"})))
h.close()
