class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


class HugeLen:
    def __len__(self):
        return 2 ** 100


for obj in (BadBool(), BadLen(), HugeLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)
