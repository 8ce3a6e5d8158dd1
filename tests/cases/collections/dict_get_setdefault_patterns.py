pairs = [("fruit", "apple"), ("veg", "kale"), ("fruit", "pear"), ("grain", "rice"), ("veg", "leek")]
groups = {}
for kind, name in pairs:
    groups.setdefault(kind, []).append(name)
print(groups)
counts = {}
for kind, _ in pairs:
    counts[kind] = counts.get(kind, 0) + 1
print(counts, max(counts, key=counts.get))
index = {name: i for i, (_, name) in enumerate(pairs)}
print(index["pear"], index.get("plum", -1))
nested = {}
for kind, name in pairs:
    nested.setdefault(kind, {}).setdefault(name[0], []).append(name)
print(nested)
print(sorted(groups, key=lambda k: -len(groups[k])))
