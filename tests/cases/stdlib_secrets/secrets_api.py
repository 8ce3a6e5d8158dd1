import secrets

print(sorted(secrets.__all__), secrets.DEFAULT_ENTROPY)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(0)))
print(len(secrets.token_hex()), len(secrets.token_hex(7)), all(c in '0123456789abcdef' for c in secrets.token_hex(40)))
t = secrets.token_urlsafe(30)
print(len(t), len(secrets.token_urlsafe()), all(c.isalnum() or c in '-_' for c in secrets.token_urlsafe(100)))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), {secrets.randbelow(3) for _ in range(200)} == {0, 1, 2})
print(secrets.randbelow(1), secrets.randbits(0), 0 <= secrets.randbits(10) < 1024)
print(secrets.choice('a') == 'a', secrets.choice([1, 2, 3]) in (1, 2, 3))
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3), lambda: secrets.choice([])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [('a', 'a'), (b'a', b'a'), ('abc', 'abd'), ('ab', 'abc'), (bytearray(b'x'), b'x'),
             (memoryview(b'ab'), b'ab'), ('', ''), ('a', b'a'), (b'a', 'a'), ('\xe9', '\xe9'), (1, 2),
             ('a', 1), (b'a', 1), (None, None)]:
    try:
        print(secrets.compare_digest(a, b))
    except Exception as e:
        print(type(e).__name__, e)
