data = {
    "users": [
        {"name": "ann", "tags": ["admin", "dev"], "score": 9.5},
        {"name": "ben", "tags": [], "score": 7},
        {"name": "cat", "tags": ["dev"], "score": 8.25},
    ],
    "meta": {"count": 3, "nested": {"deep": [1, [2, [3, [4]]]]}},
}
print(data["users"][0]["tags"][1], data["meta"]["nested"]["deep"][1][1][1][0])
print([u["name"] for u in data["users"] if "dev" in u["tags"]])
print(sum(u["score"] for u in data["users"]))
by_tag = {}
for u in data["users"]:
    for t in u["tags"]:
        by_tag.setdefault(t, []).append(u["name"])
print(by_tag)
data["users"][1]["tags"].append("new")
print(data["users"][1])
print(data)


def depth(x):
    if isinstance(x, list):
        return 1 + max((depth(i) for i in x), default=0)
    return 0


print(depth(data["meta"]["nested"]["deep"]), depth([]), depth([[], [[]]]))
