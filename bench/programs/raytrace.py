# A small ray tracer over spheres with vectors as objects and operator overloading.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))

    def __repr__(self):
        return f"Vec({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


class Sphere:
    def __init__(self, centre, radius, colour, shine=0.0):
        self.centre, self.radius, self.colour, self.shine = centre, radius, colour, shine

    def hit(self, origin, direction):
        oc = origin - self.centre
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.centre).norm()


class Scene:
    def __init__(self):
        self.objects = []
        self.light = Vec(5, 5, -10).norm()

    def trace(self, origin, direction, depth=0):
        best, what = None, None
        for obj in self.objects:
            t = obj.hit(origin, direction)
            if t is not None and (best is None or t < best):
                best, what = t, obj
        if what is None:
            return Vec(0.1, 0.1, 0.2)
        p = origin + direction * best
        n = what.normal(p)
        light = max(0.0, n.dot(self.light))
        colour = what.colour * (0.2 + 0.8 * light)
        if what.shine > 0 and depth < 3:
            r = direction - n * (2 * direction.dot(n))
            colour = colour * (1 - what.shine) + self.trace(p, r, depth + 1) * what.shine
        return colour


def render(w, h):
    scene = Scene()
    scene.objects.append(Sphere(Vec(0, -1, 3), 1, Vec(1, 0, 0), 0.3))
    scene.objects.append(Sphere(Vec(2, 0, 4), 1, Vec(0, 0, 1), 0.5))
    scene.objects.append(Sphere(Vec(-2, 0, 4), 1, Vec(0, 1, 0)))
    scene.objects.append(Sphere(Vec(0, -5001, 0), 5000, Vec(1, 1, 0), 0.2))
    eye = Vec(0, 0, -1)
    total = Vec(0, 0, 0)
    for j in range(h):
        for i in range(w):
            d = Vec((i - w / 2) / w, (h / 2 - j) / h, 1).norm()
            total = total + scene.trace(eye, d)
    return total


print(render(400, 300))
