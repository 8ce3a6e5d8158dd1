log = []
class A:
    def __eq__(self, o):
        log.append("A.eq"); return NotImplemented
    def __ne__(self, o):
        log.append("A.ne"); return NotImplemented
    __hash__ = None
class B:
    def __eq__(self, o):
        log.append("B.eq"); return NotImplemented
    def __ne__(self, o):
        log.append("B.ne"); return NotImplemented
    __hash__ = None
class C(A):
    def __eq__(self, o):
        log.append("C.eq"); return NotImplemented
a, b, c = A(), B(), C()
for expr in ["a == b", "a != b", "a == c", "c == a", "a != c", "a == a"]:
    log.clear()
    r = eval(expr)
    print(expr, r, log)
class Lt:
    def __lt__(self, o):
        log.append("Lt.lt"); return NotImplemented
    def __gt__(self, o):
        log.append("Lt.gt"); return NotImplemented
log.clear()
try:
    Lt() < Lt()
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
try:
    Lt() < 1
except TypeError as e:
    print(type(e).__name__, e, log)
