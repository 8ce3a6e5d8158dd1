import logging
import sys
import threading
import warnings

log = logging.getLogger("ad")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
class LastLine(logging.Formatter):
    def formatException(self, ei):
        return super().formatException(ei).splitlines()[-1]
h.setFormatter(LastLine("%(levelname)s %(name)s %(message)s ctx=%(ctx)s"))
log.addHandler(h)
log.setLevel(logging.INFO)

ad = logging.LoggerAdapter(log, {"ctx": "A"})
ad.info("hello %s", "adapter")
ad.debug("hidden")
ad.warning("warn")
ad.error("err")
ad.critical("crit")
ad.log(logging.INFO, "log %d", 5)
try:
    1 / 0
except ZeroDivisionError:
    ad.exception("boom")
print(ad.name, ad.manager is logging.Logger.manager, repr(ad))
print(ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel(), ad.hasHandlers())
ad.setLevel(logging.DEBUG)
ad.debug("now visible")
print(log.level)

class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["ctx"] = self.extra["ctx"].upper()
        return "[%s] %s" % (self.extra["ctx"], msg), kwargs
p = Prefix(log, {"ctx": "b"})
p.info("custom %s", "process")
print(logging.LoggerAdapter[int])

# captureWarnings routes warnings.warn to the 'py.warnings' logger
pw = logging.getLogger("py.warnings")
coll = []
class Keep(logging.Handler):
    def emit(self, record):
        coll.append(record)
pw.addHandler(Keep())
logging.captureWarnings(True)
print(warnings.showwarning is logging._showwarning)
warnings.warn("careful", UserWarning)
logging.captureWarnings(True)
logging.captureWarnings(False)
print(warnings.showwarning is logging._showwarning)
r = coll[0]
print(r.name, r.levelname, r.args, r.msg.split(":")[-1].strip())
print("UserWarning: careful" in r.getMessage())

# loggers and handlers are shared between threads
results = []
class ThreadNames(logging.Handler):
    def emit(self, record):
        results.append((record.threadName, record.getMessage()))
tl = logging.getLogger("threads")
tl.propagate = False
tl.addHandler(ThreadNames())
def work(n):
    for i in range(3):
        tl.warning("t%d-%d", n, i)
ts = [threading.Thread(target=work, args=(n,), name="worker-%d" % n) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))

# the adapter's own frames are not the caller
class Where(logging.Handler):
    def emit(self, record):
        print("where", record.funcName, record.module)
wl = logging.getLogger("where")
wl.propagate = False
wl.addHandler(Where())
def call_adapter():
    logging.LoggerAdapter(wl, {}).warning("here")
call_adapter()
