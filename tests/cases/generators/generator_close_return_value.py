def worker():
    done = 0
    try:
        while True:
            yield done
            done += 1
    except GeneratorExit:
        print("worker closing after", done)


w = worker()
next(w)
next(w)
next(w)
print(w.close())
print(w.gi_frame)


def lazy_range(n):
    i = 0
    while i < n:
        yield i
        i += 1


lr = lazy_range(5)
print([next(lr) for _ in range(2)], list(lr))
