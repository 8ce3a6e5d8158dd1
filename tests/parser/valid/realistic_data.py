"""Data wrangling: nested displays, comprehensions, unpacking, slicing."""
RECORDS = [
    {"name": "ada", "langs": ["python", "c"], "score": 91.5},
    {"name": "bob", "langs": [], "score": 78},
    {"name": "cy", "langs": ["rust"], "score": None},
]

names = [r["name"] for r in RECORDS]
scored = [(r["name"], s) for r in RECORDS if (s := r["score"]) is not None]
by_lang = {}
for r in RECORDS:
    for lang in r["langs"] or ["<none>"]:
        by_lang.setdefault(lang, []).append(r["name"])
first, *middle, last = sorted(names)
head, tail = names[0], names[1:]
evens, odds = names[::2], names[1::2]
reversed_ = names[::-1]
matrix = [[i * j for j in range(4)] for i in range(4)]
transposed = [list(row) for row in zip(*matrix)]
flat = [x for row in matrix for x in row if x % 2 == 0]
diag = {i: matrix[i][i] for i in range(len(matrix))}
unique = {lang for r in RECORDS for lang in r["langs"]}
merged = {**diag, **{k: v for k, v in by_lang.items() if len(v) > 1}, "extra": ...}
total = sum(s for _, s in scored) / max(len(scored), 1)
report = "\n".join(
    f"{name:<5} {score:6.1f} {'*' * int(score // 10)}"
    for name, score in sorted(scored, key=lambda p: (-p[1], p[0]))
)
table = {
    (a, b): a ** b
    for a in range(1, 4)
    for b in range(1, 4)
    if a != b
}
pairs = list(zip(names, map(len, names), strict=True))
a, (b, c), [d, *e] = 1, (2, 3), [4, 5, 6]
x = y = z = 0
x, y = y, x
del matrix[0][1:3], diag[0]
