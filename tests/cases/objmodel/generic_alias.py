# types.GenericAlias: list[int] and friends
class C(list[int]): pass
print(C.__mro__, C.__orig_bases__, list[int].__reduce__(), list[int].__mro_entries__(()))
print(list[int].__origin__, dict[str, list[int]], tuple[int, ...], list[()], type[int], list[int]())
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]), list[int].append)
print(dir(list[int])[:8])
g=list[int]
for n in ['__copy__','__deepcopy__','__unpacked__','__typing_unpacked_tuple_args__','__module__','__name__','__qualname__', '__parameters__']:
  try: print(n, repr(getattr(g,n))[:60])
  except Exception as e: print(n, type(e).__name__, e)
print(dir(g)==sorted(set(dir(list))|{'__origin__','__args__','__unpacked__','__parameters__','__typing_unpacked_tuple_args__','__mro_entries__','__copy__','__deepcopy__'}))
print(sorted(set(dir(g))-set(dir(list))))
for f in [lambda: list[int] | 3, lambda: list[int][str], lambda: type(list[int])(list), lambda: type(list[int])(list, int, x=1),
          lambda: isinstance([], list[int]), lambda: issubclass(list, dict[str, int]), lambda: list[int].nope]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(type(list[int])(list, int), type(list[int])(dict, (str, int)), list[int].__args__, dict[str, int].__args__)
