class FailsOnEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("exit should not run")


class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)


try:
    with Tracker("outer"), FailsOnEnter():
        print("body never runs")
except RuntimeError as e:
    print("caught", e)


class ExitReturnsTruthyObject:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "non-empty string is truthy"


with ExitReturnsTruthyObject():
    raise ValueError("suppressed by truthy")
print("continued")
