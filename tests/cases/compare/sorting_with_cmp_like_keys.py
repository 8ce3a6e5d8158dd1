people = [("Ann", 31, 5.5), ("bob", 25, 6.1), ("Cid", 31, 5.9), ("dee", 25, 5.5)]
print(sorted(people, key=lambda p: (p[1], -p[2])))
print(sorted(people, key=lambda p: p[0].lower(), reverse=True))
print(sorted(people, key=lambda p: (p[2], p[0])))
print(min(people, key=lambda p: (p[1], p[0])), max(people, key=lambda p: p[2]))
words = "banana Apple cherry apple Banana date".split()
print(sorted(words), sorted(words, key=str.casefold), sorted(set(w.lower() for w in words)))
print(sorted(range(-5, 6), key=lambda n: (n * n, n)))
