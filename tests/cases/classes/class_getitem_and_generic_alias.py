class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


print(Box[int], Box["x"], Box[3])
print(list[int], dict[str, int], tuple[int, ...])
print(list[int]([1, 2]), type(list[int]()).__name__)
try:
    int[3]
except TypeError as e:
    print(type(e).__name__, e)
