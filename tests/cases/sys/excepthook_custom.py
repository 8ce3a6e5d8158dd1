# An uncaught exception goes to sys.excepthook; a failing hook is reported with the original.
import sys

def hook(t, v, tb):
    print("hook:", t.__name__, v, tb.tb_frame.f_code.co_name)
    sys.__excepthook__(t, v, tb)

sys.excepthook = hook
def fail():
    raise ValueError("bad")
fail()
