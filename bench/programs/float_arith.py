# Float arithmetic: polynomial evaluation, mixed int/float operations, division,
# comparisons, abs, math.sqrt, and a Mandelbrot inner loop.
import math


def mandel(size, limit):
    inside = 0
    for py in range(size):
        ci = py * 2.0 / size - 1.0
        for px in range(size):
            cr = px * 3.0 / size - 2.0
            zr = zi = 0.0
            i = 0
            while i < limit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                i += 1
            if i == limit:
                inside += 1
    return inside


def integrate(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


def poly(n):
    acc = 0.0
    for i in range(n):
        x = i / n
        acc += ((2.5 * x - 1.25) * x + 0.5) * x - 3.0
        acc -= abs(x - 0.5) * 0.1
    return acc


def norms(n):
    total = 0.0
    biggest = 0.0
    for i in range(1, n):
        a = i * 0.001
        b = 1.0 / i
        d = math.sqrt(a * a + b * b)
        if d > biggest:
            biggest = d
        total += d % 1.5
    return round(total, 6), biggest


print(mandel(360, 50))
print(round(integrate(3200000), 12))
print(round(poly(2000000), 6))
print(norms(1800000))
