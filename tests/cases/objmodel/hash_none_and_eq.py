class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)
    def __hash__(self):
        return 7
print(hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))
class Sub(EqAndHash):
    def __eq__(self, other):
        return False
print(Sub.__hash__)
class Sub2(EqAndHash):
    pass
print(hash(Sub2()))
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)
from_list = [].__hash__
print(from_list, list.__hash__, dict.__hash__, set.__hash__)
class HashReturnsStr:
    def __hash__(self):
        return "x"
try:
    hash(HashReturnsStr())
except TypeError as e:
    print(type(e).__name__, e)
class HashBig:
    def __hash__(self):
        return 2 ** 100
print(hash(HashBig()))
class HashNeg:
    def __hash__(self):
        return -1
print(hash(HashNeg()))
class HashBool:
    def __hash__(self):
        return True
print(hash(HashBool()))
class Reenable(OnlyEq):
    __hash__ = object.__hash__
print(type(hash(Reenable())).__name__)
