# The default excepthook writes to sys.stderr, whatever it is now.
import io, sys
buf = io.StringIO()
sys.stderr = buf
try:
    sys.excepthook(*(lambda: (lambda e: (type(e), e, e.__traceback__))(ZeroDivisionError("x")))())
finally:
    sys.stderr = sys.__stderr__
print(repr(buf.getvalue()))
sys.excepthook(int, 1, None)
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
