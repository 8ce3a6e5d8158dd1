# Uncaught exceptions in threads: threading.excepthook's report, custom hooks, SystemExit,
# and _thread's unraisable report.
import io
import sys
import threading
import _thread


def report(text):
    """The report without the frames of threading.py itself (their lines differ)."""
    lines = text.splitlines()
    out = []
    skip = False
    for line in lines:
        if line.startswith('  File '):
            skip = 'threading.py' in line
            if skip:
                continue
            line = '  File "%s", %s' % (line.split('"')[1].rsplit('/', 1)[-1], line.split('", ', 1)[1])
        elif skip and line.startswith('    '):
            continue
        else:
            skip = False
        out.append(line)
    return out


def capture(target, **kw):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        t = threading.Thread(target=target, **kw)
        t.start()
        t.join(20)
    finally:
        sys.stderr = old
    return report(buf.getvalue())


def boom():
    raise ValueError('boom')


for line in capture(boom, name='worker'):
    print(line)
print(capture(boom)[0])


def leave():
    sys.exit(3)


print('SystemExit:', capture(leave))

# A hook of our own gets the ExceptHookArgs.
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None,
                 args.thread.name, type(args).__name__, len(args)))


threading.excepthook = hook
capture(boom, name='hooked')
capture(leave, name='leaver')
print(seen)


def bad_hook(args):
    raise KeyError('in hook')


threading.excepthook = bad_hook
out = capture(boom, name='twice')
print(out[0], out[-1])
threading.excepthook = threading.__excepthook__
print(threading.excepthook is _thread._excepthook)

args = threading.ExceptHookArgs([ValueError, ValueError('x'), None, None])
print(args, args.thread)
try:
    threading.ExceptHookArgs((1, 2, 3))
except TypeError as e:
    print('TypeError:', e)
try:
    threading.excepthook((1, 2, 3, 4))
except TypeError as e:
    print('TypeError:', e)
old = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    threading.excepthook(threading.ExceptHookArgs([SystemExit, SystemExit(1), None, None]))
    try:
        raise IndexError('direct')
    except IndexError as e:
        threading.excepthook(threading.ExceptHookArgs([IndexError, e, e.__traceback__, None]))
finally:
    sys.stderr = old
text = buf.getvalue().splitlines()
print(text[0].startswith('Exception in thread '), text[-1])

# _thread threads report through sys.unraisablehook
unraisable = []
done = threading.Event()


def unraisable_hook(u):
    unraisable.append((u.exc_type.__name__, u.err_msg, u.object.__name__))
    done.set()


sys.unraisablehook = unraisable_hook


def raw():
    raise OSError('raw')


_thread.start_new_thread(raw, ())
done.wait(20)
done.clear()
_thread.start_new_thread(sys.exit, (1,))
_thread.start_new_thread(done.set, ())
done.wait(20)
print(unraisable)
