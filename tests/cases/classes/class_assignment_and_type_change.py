class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pet = Cat()
print(pet.speak(), type(pet).__name__)
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat))
try:
    pet.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
