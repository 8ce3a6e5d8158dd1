from abc import ABC, abstractmethod
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance("abc", Sized2), isinstance(3, Sized2))
class Animal(ABC):
    pass
class Dog:
    pass
print(issubclass(Dog, Animal))
r = Animal.register(Dog)
print(r is Dog, issubclass(Dog, Animal), isinstance(Dog(), Animal))
class Puppy(Dog): pass
print(issubclass(Puppy, Animal))
print(Dog.__mro__ == (Dog, object))
@Animal.register
class Cat: pass
print(isinstance(Cat(), Animal), Cat.__name__)
try:
    Animal.register(5)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Animal): pass
try:
    Sub.register(Animal)
except RuntimeError as e:
    print(type(e).__name__, e)
print(issubclass(bool, Animal))
Animal.register(int)
print(issubclass(bool, Animal), isinstance(True, Animal))
class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
Never.register(str)
print(issubclass(str, Never))
