students = {
    "math": {"ann", "bob", "cid", "dee"},
    "art": {"bob", "eve", "dee"},
    "music": {"cid", "eve", "fay"},
}
all_students = set().union(*students.values())
print(sorted(all_students))
print(sorted(students["math"] & students["art"]), sorted(students["math"] - students["art"] - students["music"]))
print(sorted(set.intersection(*students.values())), sorted(students["art"] ^ students["music"]))
only_one = {s for s in all_students if sum(s in c for c in students.values()) == 1}
print(sorted(only_one))
print({k: len(v) for k, v in students.items()})
print(students["math"].isdisjoint(students["music"]), {"ann"} <= students["math"])
