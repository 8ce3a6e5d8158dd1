hits = 0


def record_hit():
    hits = hits + 1
    return hits


print("recording")
record_hit()
