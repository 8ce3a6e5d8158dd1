# f_trace set on a running frame, f_trace_lines, f_trace_opcodes, local tracers that change,
# a tracer that raises, and settrace seen only by frames started after it.
import sys

log = []

def local(frame, event, arg):
    log.append(("local", event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return local

def glob(frame, event, arg):
    log.append(("global", event, frame.f_code.co_name))
    if frame.f_code.co_name == "quiet":
        frame.f_trace_lines = False
        return local
    if frame.f_code.co_name == "noisy":
        frame.f_trace_opcodes = True
        return local
    return None

def quiet():
    a = 1
    b = 2
    return a + b

def noisy():
    return 1

def untraced():
    x = 1
    return x

def running():
    f = sys._getframe()
    f.f_trace = local
    sys.settrace(glob)
    y = 1
    y += 1
    sys.settrace(None)
    return y

sys.settrace(glob)
quiet()
untraced()
sys.settrace(None)
sys.setprofile(lambda *args: None)  # a frame that starts while profiling is never compiled
running()
sys.setprofile(None)
sys.settrace(glob)
noisy()
sys.settrace(None)
ops = [e for e in log if e[1] == "opcode"]
print(len(ops) > 0)
for e in log:
    if e[1] != "opcode":
        print(*e)

def bad(frame, event, arg):
    if event == "line":
        raise RuntimeError("tracer failed")
    return bad

def victim():
    a = 1
    return a

sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print("raised:", e)
print(sys.gettrace())

def counting(frame, event, arg):
    print(event, frame.f_code.co_name, sorted(frame.f_locals.items()) if event == "return" else "")
    return counting

def locs(a, b=2):
    c = a + b
    return c

sys.settrace(counting)
locs(1)
sys.settrace(None)
