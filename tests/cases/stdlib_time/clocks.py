import time

t0 = time.perf_counter()
m0 = time.monotonic()
p0 = time.process_time()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.009, time.monotonic() >= m0, time.process_time() >= p0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, abs(time.time() - time.time_ns() / 1e9) < 1)
print(type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.thread_time()).__name__)
now = time.time()
lt = time.localtime(now)
print(abs(time.mktime(lt) - int(now)) < 2, lt.tm_year >= 2024, len(lt), isinstance(lt, time.struct_time))
g = time.gmtime(86400 * 365)
print(g, g.tm_year, g[0], list(g), g == tuple(g), time.strftime('%Y-%m-%d %H:%M:%S', g))
print(time.strftime('%j %U %W %w %a %b', time.gmtime(1_000_000_000)), time.asctime(time.gmtime(1_000_000_000)))
print(time.strftime('%Y', (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.gmtime(-86400), time.gmtime(1.9)[5], time.gmtime(-1.5)[5])
for bad in [(2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -1, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError as e:
        print('ValueError', e)
print(time.strftime('%a', (2024, 1, 1, 0, 0, 0, 13, 1, 0)), time.struct_time((1, 2, 3, 4, 5, 6, 0, 1, 0, 'XYZ', 3600)).tm_zone)
try:
    time.gmtime(float('nan'))
except ValueError as e:
    print('ValueError', e)
