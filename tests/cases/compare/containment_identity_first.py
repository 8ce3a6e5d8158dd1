class Weird:
    def __eq__(self, other):
        print("eq called")
        return False


w = Weird()
print(w == w)
print(w in [w])
print([w] == [w])
print((w,) == (w,))
print({1: w} == {1: w})
print([w].count(w), [w].index(w))
nan = float("nan")
print([nan] == [nan], nan in (nan,), (nan,) == (float("nan"),))
