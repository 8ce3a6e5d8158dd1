# Tuple, list, set and dict displays, including starred and double-starred items.
t0 = ()
t1 = (1,)
t2 = (1, 2)
t3 = (1, 2,)
t4 = 1,
t5 = 1, 2
t6 = 1, 2,
t7 = (*a,)
t8 = (*a, *b, c)
l0 = []
l1 = [1]
l2 = [1, 2,]
l3 = [*a]
l4 = [*a, 1, *b]
l5 = [[], [[]], [[[]]]]
s1 = {1}
s2 = {1, 2,}
s3 = {*a}
s4 = {*a, *b, 1}
d0 = {}
d1 = {1: 2}
d2 = {1: 2, 3: 4,}
d3 = {**a}
d4 = {**a, 1: 2, **b}
d5 = {'a': {'b': {'c': []}}}
d6 = {a: b for a, b in c}
d7 = {(1, 2): [3, 4], None: ..., True: False}
d8 = {**(a or b)}
d9 = {1: (yield_), 2: lambda: 0}
n1 = ((1, 2), (3, (4, 5)))
n2 = [(1,), (2, 3)]
n3 = {(1,): [{2}]}
n4 = (((),),)
m1 = [
    1,
    2,
    3,
]
m2 = {
    "key": "value",
    **extra,
}
