names = ["ann", "bob", "cy"]
scores = [90, 85]
ages = (30, 40, 50, 60)
print(list(zip(names, scores, ages)))
print(dict(zip(names, zip(scores, ages))))
print([(i, n, a) for i, (n, a) in enumerate(zip(names, ages), start=1)])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), list(map(list, zip(*zip(*matrix)))))
e = enumerate(iter("ab"), -1)
print(list(e), list(e))
print(list(zip(range(3), "abcdef", [True] * 10)))
z = zip([1, 2, 3], [4, 5, 6])
print(next(z), list(z))
