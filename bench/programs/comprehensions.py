# List, set and dict comprehensions, nested and filtered.
def run(n):
    squares = [i * i for i in range(n)]
    odd = [s for s in squares if s % 2]
    pairs = {i: i % 97 for i in range(n)}
    residues = {v for v in pairs.values()}
    grid = [[x * y for x in range(40)] for y in range(40)]
    return len(odd), sum(odd) % 1000003, len(residues), sum(map(sum, grid))


for _ in range(60):
    result = run(60000)
print(result)
