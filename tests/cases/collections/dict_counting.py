text = """it was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
lengths = {}
for w in set(text.split()):
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
inverted = {}
for w, c in counts.items():
    inverted.setdefault(c, set()).add(w)
print({c: sorted(ws) for c, ws in sorted(inverted.items())})
print(len(counts), sum(counts.values()), max(counts, key=counts.get))
