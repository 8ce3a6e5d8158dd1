import re
sc = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, t: ('ID', t)),
    (r"(\d+)\.(\d*)", lambda s, t: ('FLOAT', t, s.match.lastindex)),
    (r"\d+", lambda s, t: ('INT', int(t))),
    (r"=|\+|-|\*|/", lambda s, t: ('OP', t)),
    (r"\s+", None),
])
print(sc.scan("x = 3.5 + foo * 42 $ rest"))
print(sc.scan(""), re.Scanner([('a', 'A')]).scan('aab'))
