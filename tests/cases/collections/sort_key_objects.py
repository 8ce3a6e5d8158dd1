class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age

    def __repr__(self):
        return f"{self.name}({self.grade},{self.age})"


people = [Student("zoe", "B", 20), Student("adam", "A", 22), Student("mia", "B", 19), Student("li", "A", 21)]
print(sorted(people, key=lambda s: s.name))
print(sorted(people, key=lambda s: (s.grade, -s.age)))
people.sort(key=lambda s: s.age)
people.sort(key=lambda s: s.grade)
print(people)
print(max(people, key=lambda s: s.age), min(people, key=lambda s: len(s.name)))
try:
    sorted(people)
except TypeError as e:
    print(type(e).__name__, e)
