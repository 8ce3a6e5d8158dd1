print("a starts")
from circ import b
A = "a"
print("a ends; b.B =", b.B)
