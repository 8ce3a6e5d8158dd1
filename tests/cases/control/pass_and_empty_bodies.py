def nothing():
    pass


class Empty:
    pass


def only_doc():
    """Just a docstring."""


print(nothing(), only_doc(), Empty.__name__)
for i in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(i, ...)
...
print(only_doc.__doc__)
