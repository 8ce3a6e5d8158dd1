f(a, [b, {c
