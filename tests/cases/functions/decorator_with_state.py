def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


@counted
def greet(name):
    """Say hello."""
    return "hello " + name


print(greet("a"), greet("b"), greet.calls, greet.__name__, greet.__doc__)


def retry(times):
    def deco(fn):
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a), attempt
                except ValueError as e:
                    last = e
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco


state = {"n": 0}


@retry(3)
def flaky(limit):
    state["n"] += 1
    if state["n"] < limit:
        raise ValueError("not yet")
    return "ok"


print(flaky(2))
state["n"] = 0
try:
    flaky(10)
except RuntimeError as e:
    print(e, "| cause:", e.__cause__)
