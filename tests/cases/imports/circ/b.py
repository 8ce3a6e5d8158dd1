print("b starts")
import circ.a
B = "b"
try:
    print(circ.a.A)
except AttributeError as e:
    print(type(e).__name__, e)
print("b ends")
