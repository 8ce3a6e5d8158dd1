import logging
import sys


class Collect(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.records = []

    def emit(self, record):
        self.records.append(record)


log = logging.getLogger("app.mod")
log.setLevel(logging.DEBUG)
h = Collect()
log.addHandler(h)
log.propagate = False


def show(r):
    print(r.name, r.levelno, r.levelname, r.filename, r.module, r.funcName,
          r.getMessage(), r.args, r.exc_info is not None, r.exc_text, r.stack_info is not None)


def f():
    log.debug("debug %d", 1)
    log.info("info %s %s", "a", "b")
    log.warning("warning")
    log.error("error %r", [1])
    log.critical("critical")
    log.fatal("fatal")
    log.log(25, "custom %s", "lvl")
    log.info("%(a)s and %(b)s", {"a": 1, "b": 2})
    log.info("no args %s")
    log.info(42)


f()
for r in h.records:
    show(r)
h.records.clear()

# attributes exist and have sensible types
r = logging.LogRecord("n", logging.INFO, "/some/dir/file.py", 7, "m %s", ("x",), None, "fn")
print(r.name, r.levelname, r.pathname, r.filename, r.module, r.lineno, r.funcName, r.getMessage())
print(type(r.created).__name__, type(r.msecs).__name__, type(r.relativeCreated).__name__,
      type(r.thread).__name__, r.threadName, r.processName, type(r.process).__name__)
print(0 <= r.msecs < 1000, r.relativeCreated >= 0)
print(repr(r))
r2 = logging.makeLogRecord({"msg": "hello %s", "args": ("you",), "custom": 3})
print(r2.getMessage(), r2.custom, r2.name, r2.levelno)

# exceptions
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("failed %d", 3)
        log.error("with info", exc_info=True)
    e = ValueError("v")
    log.warning("instance", exc_info=e)
    log.warning("tuple", exc_info=(KeyError, KeyError("k"), None))
    log.warning("false", exc_info=False)

g()
for r in h.records:
    print(r.levelname, r.getMessage(), r.exc_info[0].__name__ if r.exc_info else None,
          str(r.exc_info[1]) if r.exc_info else None)
h.records.clear()

# extra
log.info("extra", extra={"user": "bob", "n": 5})
r = h.records.pop()
print(r.user, r.n)
for key in ("message", "asctime", "levelname", "msg"):
    try:
        log.info("clobber", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)

# stack_info, stacklevel
def inner():
    log.info("lvl1")
    log.info("lvl2", stacklevel=2)
    log.info("lvl3", stacklevel=3)
    log.info("stack", stack_info=True)

def outer():
    inner()

outer()
for r in h.records:
    print(r.getMessage(), r.funcName)
sinfo = h.records[-1].stack_info
print(sinfo.splitlines()[0])
print([l.strip() for l in sinfo.splitlines() if l.startswith("    ")])
h.records.clear()
c = log.findCaller()
print(c[2], c[3])

# log with a non-int level
try:
    log.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
logging.raiseExceptions = False
log.log("INFO", "x")
logging.raiseExceptions = True
print(len(h.records))

# record factory
old = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.tag = "T"
    return rec
logging.setLogRecordFactory(factory)
log.info("tagged")
print(h.records.pop().tag)
logging.setLogRecordFactory(old)
print(logging.getLogRecordFactory() is logging.LogRecord)

# warn is deprecated
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    log.warn("old")
print(w[0].category.__name__, w[0].message, h.records.pop().getMessage())
