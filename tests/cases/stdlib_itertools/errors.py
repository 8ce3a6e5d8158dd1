import itertools as it
tests = [
 "it.count('a')", "it.count(1, 'a')", "it.count(1,2,3)", "it.count(x=1)",
 "it.cycle()", "it.cycle(1)", "it.cycle([],[])","it.repeat()", "it.repeat(1, 'a')", "it.repeat(1,2,3)",
 "it.accumulate()", "it.accumulate(1)", "it.chain(1)", "next(it.chain(1))", "it.chain.from_iterable(1)","next(it.chain.from_iterable([1]))",
 "it.compress([1])", "it.compress(1,[])", "it.dropwhile(None)", "it.takewhile(len)", "it.filterfalse(None)",
 "it.groupby()", "it.groupby(1)", "it.islice([1])", "it.islice([1], -1)", "it.islice([1], 'a')", "it.islice([1], 1, -1)", "it.islice([1], 0, 1, 0)","it.islice([1], 0, 1, -1)","it.islice([1], -1, 2)", "it.islice([1],1,2,3,4)","it.islice(1, 2)",
 "it.pairwise()", "it.pairwise(1)", "it.starmap(len)", "next(it.starmap(len, [1]))", "it.tee()", "it.tee([], -1)", "it.tee([], 'a')", "it.tee(1)",
 "it.zip_longest(1)", "it.zip_longest(a=1)", "it.product(1)", "it.product([1], repeat=-1)", "it.product([1], foo=1)","it.product([1], repeat='a')",
 "it.permutations()", "it.permutations([1], -1)", "it.permutations([1], 'a')", "it.permutations(1)",
 "it.combinations([1])", "it.combinations([1], -1)", "it.combinations(1, 1)", "it.combinations_with_replacement([1])", "it.combinations_with_replacement([1], -1)",
 "it.accumulate([1], initial=1, foo=2)", "it.count(start=1, step=2, q=1)", "it.repeat(times=3, object=1)", "it.groupby(key=None, iterable=[1])",
 "it.chain(x=1)", "it.islice([1], stop=1)", "it.compress(data=[1], selectors=[1])", "it.pairwise(iterable=[1])", "it.starmap(function=len, iterable=[])",
 "it.zip_longest([1], fillvalue=1, x=1)", "it.permutations(iterable=[1], r=1)", "it.combinations(iterable=[1], r=1)", "it.cycle(iterable=[1])",
 "it.dropwhile(predicate=None, iterable=[])", "it.filterfalse(function=None, iterable=[])",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', type(r).__name__)
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
