# ProcessPoolExecutor with module-level functions: map, submit, errors, shutdown.
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
import concurrent.futures as cf


def square(x):
    return x * x


def fail(x):
    raise ValueError('bad %d' % x)


if __name__ == '__main__':
    print(issubclass(BrokenProcessPool, cf.BrokenExecutor))
    for args in ((0,), (-2,)):
        try:
            ProcessPoolExecutor(*args)
        except ValueError as e:
            print('ValueError', e)
    try:
        ProcessPoolExecutor(2, max_tasks_per_child=0)
    except ValueError as e:
        print('ValueError', e)
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(square, range(8))))
        print(list(ex.map(square, range(8), chunksize=3)))
        print(ex.submit(square, 12).result())
        print(sorted(f.result() for f in as_completed([ex.submit(square, i) for i in range(4)])))
        f = ex.submit(fail, 3)
        print(type(f.exception()).__name__, f.exception())
        try:
            list(ex.map(square, [1], chunksize=0))
        except ValueError as e:
            print('ValueError', e)
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print('RuntimeError', e)
