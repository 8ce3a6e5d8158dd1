print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(bool(0) is False, bool(1) is True, (not 0) is True)
print(str() == "", tuple() == (), frozenset() == frozenset())
a = "text"
b = a
a += ""
print(a == b)
lst = []
alias = lst
lst += []
print(lst is alias)
tup = (1,)
alias_t = tup
tup += ()
print(tup == alias_t)
