# match, case and _ used as ordinary names, and match statements that look ambiguous.
match = 1
case = 2
_ = 3
match.case = 4
match[0] = 5
match(x)
match[x]
match.x
match - x
match + x
match * x
match, case = 1, 2
print(match, case, _)
match: int = 1
case: int = 2
match += 1
def match(match, case, _): return match
class case(match): pass
lambda match, case: match
[match for match in case]
match = lambda: case
import match
import case as _
from match import case
from case import match as _
x = match if case else _
x = match.match.match
x = not match
match(match)
match[match]
match (x):
    case case: pass
match match:
    case match: pass
match _:
    case _: pass
match x, y:
    case _: pass
match x,:
    case _: pass
match *x, y:
    case _: pass
match -x:
    case _: pass
match [x]:
    case _: pass
match {x}:
    case _: pass
match not x:
    case _: pass
match await_:
    case _: pass
match lambda: 0:
    case _: pass
match x if y else z:
    case _: pass
match (yield_):
    case _: pass
match f"{x}":
    case _: pass
match match.case:
    case match.case: pass
match (y := x):
    case _: pass
