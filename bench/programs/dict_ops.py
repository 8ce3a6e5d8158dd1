# Dictionary insertion, lookup, update and deletion with int and str keys.
def run(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    hits = 0
    for i in range(0, 2 * n, 3):
        if i in d:
            hits += d[i]
    for i in range(0, n, 2):
        del d[i]
    words = {}
    for i in range(n):
        key = "k" + str(i % 5000)
        words[key] = words.get(key, 0) + 1
    return hits, len(d), len(words), words["k42"]


print(run(1200000))
