import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([], initial=7)), list(it.accumulate([])))
print(list(it.accumulate(['a', 'b', 'c'])))
print(list(it.accumulate([1, 2], func=lambda a, b: a * 10 + b)))
print(list(it.chain('ab', [1, 2], (), range(2))))
print(list(it.chain.from_iterable(['ab', 'cd', ''])))
print(list(it.chain()), it.chain[int])
ch = it.chain([1], [2])
print(next(ch), next(ch), next(ch, 'end'), next(ch, 'end'))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.compress('ABC', [1, 1, 1, 1, 1])), list(it.compress('ABCDE', [0, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.starmap(lambda *a: sum(a), [[1, 2, 3], (4,), iter([5, 6])])))
print(list(it.pairwise('ABCDEFG')), list(it.pairwise('A')), list(it.pairwise('')))
tw = it.takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 5]))
print(list(tw), list(tw))
def noisy(x):
    print('pred', x)
    return x < 2
print(list(it.dropwhile(noisy, [0, 1, 2, 0, 1])))
try:
    list(it.accumulate([1, 'a']))
except TypeError as e:
    print('TypeError', e)
try:
    list(it.starmap(pow, [(1,)]))
except TypeError as e:
    print('TypeError', e)
