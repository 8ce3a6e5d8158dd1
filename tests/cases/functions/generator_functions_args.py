def windowed(seq, n):
    for i in range(len(seq) - n + 1):
        yield tuple(seq[i:i + n])


def chunks(seq, size, *, pad=None):
    for i in range(0, len(seq), size):
        chunk = list(seq[i:i + size])
        if pad is not None:
            chunk += [pad] * (size - len(chunk))
        yield chunk


print(list(windowed([1, 2, 3, 4, 5], 3)), list(windowed("ab", 3)))
print(list(chunks(range(7), 3)), list(chunks("abcde", 2, pad="-")))


def interleave(*iterables):
    its = [iter(x) for x in iterables]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)


print(list(interleave("abc", [1, 2], (True,))))
