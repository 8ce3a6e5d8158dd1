# Floating-point arithmetic: a Mandelbrot set and a numeric integral.
def mandelbrot(size, max_iter):
    inside = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.5 * x / size - 2.0
            zr = zi = 0.0
            for _ in range(max_iter):
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                if zr * zr + zi * zi > 4.0:
                    break
            else:
                inside += 1
    return inside


def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h


print(mandelbrot(400, 200))
print(round(integrate(lambda x: x * x * x - 2.0 * x, 0.0, 3.0, 3000000), 6))
