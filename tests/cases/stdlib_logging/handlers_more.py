import logging
import logging.handlers
import os
import queue
import sys
import tempfile
import time

d = tempfile.mkdtemp()

def listing():
    return sorted(os.listdir(d))

def content(name):
    with open(os.path.join(d, name)) as f:
        return f.read()

log = logging.getLogger("more")
log.propagate = False
log.setLevel(logging.DEBUG)

# RotatingFileHandler
path = os.path.join(d, "rot.log")
rh = logging.handlers.RotatingFileHandler(path, maxBytes=20, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rh)
for i in range(7):
    log.info("message %d", i)
rh.close()
log.removeHandler(rh)
print(listing())
print([content(n) for n in listing()])
print(rh.mode, rh.maxBytes, rh.backupCount, isinstance(rh, logging.handlers.BaseRotatingHandler))

# namer and rotator
path2 = os.path.join(d, "named.log")
rh2 = logging.handlers.RotatingFileHandler(path2, maxBytes=10, backupCount=3)
rh2.namer = lambda name: name + ".bak"
def rotator(source, dest):
    with open(source) as s, open(dest, "w") as t:
        t.write(s.read().upper())
    os.remove(source)
rh2.rotator = rotator
log.addHandler(rh2)
log.info("first line")
log.info("second line")
log.info("third")
rh2.close()
log.removeHandler(rh2)
print([n for n in listing() if n.startswith("named")])
print(content("named.log.1.bak"), end="")

# no rollover without maxBytes; backupCount=0 truncates
path3 = os.path.join(d, "plain.log")
rh3 = logging.handlers.RotatingFileHandler(path3, mode="w")
print(rh3.shouldRollover(logging.makeLogRecord({"msg": "x" * 1000})), rh3.mode)
rh3.close()

# TimedRotatingFileHandler: intervals and rollover
for when in ("S", "M", "H", "D", "midnight", "W0", "W6"):
    th = logging.handlers.TimedRotatingFileHandler(os.path.join(d, "t.log"), when=when,
                                                   delay=True)
    print(when, th.when, th.interval, th.suffix, th.extMatch.pattern[:12])
    th.close()
for when in ("X", "W", "W7"):
    try:
        logging.handlers.TimedRotatingFileHandler(os.path.join(d, "t.log"), when=when)
    except ValueError as e:
        print("ValueError", e)
th = logging.handlers.TimedRotatingFileHandler(os.path.join(d, "timed.log"), when="S",
                                               interval=3, backupCount=2, utc=True)
th.setFormatter(logging.Formatter("%(message)s"))
print(th.rolloverAt - int(time.time()) in (2, 3), th.interval)
log.addHandler(th)
log.info("before")
# pretend the rollover time has come, three times over
base = 1700000000
for n in range(3):
    th.rolloverAt = base + 10 * n
    print(th.shouldRollover(None))
    log.info("after %d", n)
th.close()
log.removeHandler(th)
timed = [n for n in listing() if n.startswith("timed")]
print(timed)
print([content(n) for n in timed])
th.rolloverAt = int(time.time()) + 100
print(th.shouldRollover(None))

# MemoryHandler
class Show(logging.Handler):
    def emit(self, record):
        print("  target got", record.getMessage())
target = Show()
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.addHandler(mh)
log.info("m1")
log.info("m2")
print("buffer", len(mh.buffer))
log.info("m3 fills")
print("buffer", len(mh.buffer))
log.info("m4")
log.error("m5 error flushes")
log.info("m6")
mh.setTarget(None)
log.info("m7")
log.info("m8 full but no target")
print("buffer", len(mh.buffer))
mh.setTarget(target)
mh.close()
print("closed", mh.target, len(mh.buffer))
log.removeHandler(mh)
mh2 = logging.handlers.MemoryHandler(10, target=target, flushOnClose=False)
mh2.handle(logging.makeLogRecord({"msg": "never", "levelno": 20}))
mh2.close()
print("buffer", len(mh2.buffer))

# BufferingHandler discards on flush
bh = logging.handlers.BufferingHandler(2)
bh.handle(logging.makeLogRecord({"msg": "a", "levelno": 20}))
print(len(bh.buffer), bh.shouldFlush(None))
bh.handle(logging.makeLogRecord({"msg": "b", "levelno": 20}))
print(len(bh.buffer))

# QueueHandler / QueueListener
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.addHandler(qh)
log.warning("queued %s", "one")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("with exc")
rec = q.get_nowait()
print(rec.msg, rec.args, rec.exc_info, rec.exc_text, rec.message, rec.getMessage())
rec = q.get_nowait()
print(rec.msg.splitlines()[0], rec.msg.splitlines()[-1], rec.exc_info)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("listener: %(message)s"))
high = logging.StreamHandler(sys.stdout)
high.setLevel(logging.ERROR)
high.setFormatter(logging.Formatter("high: %(message)s"))
listener = logging.handlers.QueueListener(q, out, high, respect_handler_level=True)
listener.start()
for i in range(3):
    log.info("item %d", i)
log.error("bad")
listener.stop()
print(listener._thread, q.qsize())
log.removeHandler(qh)

# WatchedFileHandler reopens a file that was moved away
wpath = os.path.join(d, "watched.log")
wh = logging.handlers.WatchedFileHandler(wpath)
wh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(wh)
log.info("w1")
os.rename(wpath, wpath + ".old")
log.info("w2")
wh.close()
print(content("watched.log.old"), content("watched.log"), end="")
