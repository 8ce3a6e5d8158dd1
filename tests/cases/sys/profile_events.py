# sys.setprofile: call/return for Python frames, c_call/c_return/c_exception for builtins.
import sys

def show(frame, event, arg):
    if event.startswith("c_"):
        name = getattr(arg, "__name__", "?")
        print(event, frame.f_code.co_name, name)
    else:
        print(event, frame.f_code.co_name, arg if event == "return" else "")

def f(x):
    return len([x]) + max(x, 1)

def g():
    yield 1
    yield 2

def h():
    raise ValueError("no")

def main():
    f(3)
    for v in g():
        pass
    try:
        h()
    except ValueError:
        pass
    try:
        int("zz")
    except ValueError:
        pass
    sorted([3, 1], key=lambda v: -v)
    [].append(1)
    print(sys.getprofile() is show)
    sys.setprofile(None)

sys.setprofile(show)
main()
print(sys.getprofile())
