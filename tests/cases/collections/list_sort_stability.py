records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
words.sort(key=str.lower)
print(words)
print(sorted([3, -1, 2, -5, 4], key=abs), sorted([], key=len), sorted("bca"))
nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), nums, sorted(nums, reverse=True))
print(sorted([[2, 1], [1, 2], [1], []]))
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print(type(e).__name__, e)
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:], big == list(range(1, 1001)))
