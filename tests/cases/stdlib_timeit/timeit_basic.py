import timeit

counter = []
t = timeit.Timer("counter.append(1)", globals=globals())
print(isinstance(t.timeit(number=10), float), len(counter))
r = t.repeat(repeat=3, number=5)
print(len(r), all(x >= 0 for x in r), len(counter))
print(timeit.timeit("x = 1", number=100) >= 0)
print(len(timeit.repeat("x = 1", "y = 2", repeat=2, number=10)))
calls = []
print(timeit.timeit(lambda: calls.append(1), setup=lambda: calls.append("setup"), number=3) >= 0)
print(calls)
ticks = iter(range(100))
fake = timeit.Timer("pass", timer=lambda: next(ticks))
print(fake.timeit(number=7), fake.repeat(2, 1))
steps = []
readings = iter([0, 0.125, 1, 1.125, 2, 2.25, 3, 3.5])
fake = timeit.Timer("pass", timer=lambda: next(readings))
print(fake.autorange(lambda n, t: steps.append((n, t))))
print(steps)
for bad in [dict(stmt=1), dict(setup=None)]:
    try:
        timeit.Timer(**bad)
    except ValueError as e:
        print(e)
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename)
try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print(e)
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number,
      timeit.default_repeat)
print(timeit.timeit("for i in range(3): pass", setup="import math\nx = 1", number=2) >= 0)
import io, sys
buf = io.StringIO()
t = timeit.Timer("1 / 0")
try:
    t.timeit(1)
except ZeroDivisionError:
    t.print_exc(file=buf)
print(buf.getvalue().splitlines()[-3:])
saved = sys.stdout
sys.stdout = out = io.StringIO()
status = timeit.main(["-n", "3", "-r", "2", "pass"])
sys.stdout = saved
print(status, out.getvalue().split(":")[0])
sys.stdout = out = io.StringIO()
status = timeit.main(["-x"])
sys.stdout = saved
print(status, repr(out.getvalue()))
