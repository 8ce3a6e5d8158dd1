# Non-ASCII text before nodes: col_offset values are UTF-8 byte offsets.
é = 1
x = "é" + y
x = "€" + y
x = "😀" + y
x = "é€😀" + f(a, b)
x = ("é",
     "€", z)
é.é = é[é]
def ф(α, β=1, *γ, δ, **ε): return α
class Ω(Β): pass
x = [é for é in é if é]
x = {"é": é, **ж}
x = lambda é: é
x = f"é{é}é{é!r:é}"
x = "é" if é else "€"
import é.ü as ö
from é import ü as ö, å
match é:
    case "é" | Ü(ö=1) as ä:
        pass
try:
    pass
except é as ü:
    pass
with é as ü, ö:
    pass
é += 1
é: ü = 1
del é, ü
global ø
assert é, "é"
